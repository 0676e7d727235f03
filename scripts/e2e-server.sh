#!/usr/bin/env bash
# The server Playwright tests run against: a fresh database with the essay deck, a
# production build, and the production server (`npm start`) on E2E_PORT (default 3100).
set -euo pipefail
cd "$(dirname "$0")/.."
port="${E2E_PORT:-3100}"
db_file="${E2E_DB:-.data/e2e.db}"
rm -f "$db_file" "$db_file-wal" "$db_file-shm" "$db_file-journal"
export DATABASE_URL="file:./$db_file"
export AUTH_RATE_LIMIT=off
npm run --silent db:migrate
npm run --silent db:seed
if [ "${E2E_SKIP_BUILD:-}" != "1" ]; then npm run --silent build > "$db_file.build.log" 2>&1 || { cat "$db_file.build.log"; exit 1; }; fi
export PORT="$port" NODE_ENV=production
exec node dist/server.mjs
