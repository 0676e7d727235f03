#!/usr/bin/env bash
# The server Playwright tests run against: a fresh database with the essay deck, a
# production build, and the production server (`npm start`) on E2E_PORT (default 3100).
# E2E_DATABASE_URL names the database (playwright.config.ts sets it: a SQLite file by
# default, a PostgreSQL database with E2E_STORE=postgres); E2E_KEEP_DB=1 reuses it as it is
# (a second server on the same database).
set -euo pipefail
cd "$(dirname "$0")/.."
port="${E2E_PORT:-3100}"
export DATABASE_URL="${E2E_DATABASE_URL:-file:./.data/e2e.db}"
export AUTH_RATE_LIMIT=off
# Mail (password resets) goes to a folder the tests read (e2e/password-reset.spec.ts); its links
# point at APP_URL, as in production.
export MAIL_URL="${MAIL_URL:-file:./.data/mail-$port}" APP_URL="${APP_URL:-http://localhost:$port}"
# Test servers share a fixed secret (two servers on one database must).
export BETTER_AUTH_SECRET="${BETTER_AUTH_SECRET:-e2e-secret-e2e-secret-e2e-secret-e2e-0001}"
if [ "${E2E_KEEP_DB:-}" != "1" ]; then
  npx tsx scripts/db/fresh-database.ts "$DATABASE_URL"
  npm run --silent db:migrate
  npm run --silent db:seed
fi
log=".data/e2e-$port.build.log"
mkdir -p .data
if [ "${E2E_SKIP_BUILD:-}" != "1" ]; then npm run --silent build > "$log" 2>&1 || { cat "$log"; exit 1; }; fi
export PORT="$port" NODE_ENV=production
exec node dist/server.mjs
