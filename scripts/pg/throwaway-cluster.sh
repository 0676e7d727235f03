#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster for tests: `scripts/pg/throwaway-cluster.sh DIR PORT`.
# Prints the connection URL on its last line. As root it runs the server as the `postgres`
# user (PostgreSQL refuses to run as root). Stop it with `pg_ctl -D DIR stop`.
set -euo pipefail
dir="${1:?usage: throwaway-cluster.sh DIR PORT}"
port="${2:?usage: throwaway-cluster.sh DIR PORT}"
bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
[ -x "$bin/initdb" ] || { echo "PostgreSQL server binaries not found (apt-get install postgresql)" >&2; exit 1; }
as_pg=()
if [ "$(id -u)" = 0 ]; then as_pg=(runuser -u postgres --); fi
mkdir -p "$dir"
[ "$(id -u)" = 0 ] && chown postgres:postgres "$dir"
if [ ! -f "$dir/PG_VERSION" ]; then
  "${as_pg[@]}" "$bin/initdb" -D "$dir" -A trust -U postgres --no-sync >/dev/null
fi
# Durability settings stay at PostgreSQL's defaults: the crash test relies on them.
"${as_pg[@]}" "$bin/pg_ctl" -D "$dir" -w -l "$dir/log" \
  -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null
echo "postgresql://postgres@127.0.0.1:$port/postgres"
