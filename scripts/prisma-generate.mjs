// Generates both Prisma clients: SQLite (server/generated/prisma) from prisma/schema.prisma
// and PostgreSQL (server/generated/prisma-pg) from the schema derived from it
// (scripts/db/provider-schema.mjs). With --write it also rewrites the committed copy of the
// derived schema, prisma/postgres/schema.prisma (`npm run db:generate`); a unit test fails
// when that copy is stale.
//
// Prisma's CLI downloads a native schema engine on first use, and that host is unreachable
// here. `generate` does not need it, so point the CLI at a stub; migrations are applied by
// scripts/migrate.ts instead (see docs/decisions/002-migrations-without-the-schema-engine.md).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { POSTGRES_SCHEMA, SOURCE_SCHEMA, postgresSchema } from './db/provider-schema.mjs';

if (!existsSync(SOURCE_SCHEMA)) process.exit(0);
const source = readFileSync(SOURCE_SCHEMA, 'utf8');
if (process.argv.includes('--write')) writeFileSync(POSTGRES_SCHEMA, postgresSchema(source));
// The client is generated from the derivation itself, so it never lags the source.
mkdirSync('server/generated/postgres', { recursive: true });
const generatedPg = 'server/generated/postgres/schema.prisma';
writeFileSync(generatedPg, postgresSchema(source, '../prisma-pg'));

for (const schema of [SOURCE_SCHEMA, generatedPg]) {
  execFileSync('npx', ['prisma', 'generate', '--schema', schema], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: '/bin/true', PRISMA_HIDE_UPDATE_MESSAGE: '1', CHECKPOINT_DISABLE: '1' },
  });
}
console.log('Generated the Prisma clients for SQLite and PostgreSQL.');
