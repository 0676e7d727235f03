#!/usr/bin/env bash
# npm test: every suite, on SQLite (the security tests included); with TEST_POSTGRES_URL set
# (a PostgreSQL server whose user may create databases) also the PostgreSQL passes: the unit and store-contract suites, the
# core e2e flows, two servers on one database, and the crash test.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p .data

step() { printf '\n━━ %s\n' "$*"; }

step "unit tests (SQLite)"
npm run --silent test:unit

step "production build (shared by the suites below)"
npm run --silent build > .data/test-build.log 2>&1 || { cat .data/test-build.log; exit 1; }
export E2E_SKIP_BUILD=1 BENCH_SKIP_BUILD=1

step "end-to-end tests (SQLite)"
npm run --silent test:e2e

step "crash test (SQLite)"
npm run --silent test:crash -- --trials 2

step "security tests: attacks on the production build (SQLite)"
SECURITY_SKIP_BUILD=1 npm run --silent test:security

if [ -z "${TEST_POSTGRES_URL:-}" ]; then
  step "PostgreSQL passes not run: set TEST_POSTGRES_URL to run them (README, Testing)"
  exit 0
fi

step "unit and store-contract tests (PostgreSQL)"
TEST_STORE=postgres npx vitest run server

step "core end-to-end flows (PostgreSQL)"
E2E_STORE=postgres E2E_PORT=3101 npx playwright test --grep @core

step "two servers on one PostgreSQL database"
npx playwright test -c playwright.two-servers.config.ts

step "the database goes away and comes back (PostgreSQL)"
npm run --silent test:outage

step "crash test (PostgreSQL)"
npm run --silent test:crash -- --trials 2 --database "$TEST_POSTGRES_URL"
