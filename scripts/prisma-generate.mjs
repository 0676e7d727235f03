// Prisma's CLI downloads a native schema engine on first use, and that host is unreachable
// here. `generate` does not need it, so point the CLI at a stub; migrations are applied by
// scripts/migrate.ts instead (see docs/decisions/002-migrations-without-the-schema-engine.md).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (!existsSync('prisma/schema.prisma')) process.exit(0);
execFileSync('npx', ['prisma', 'generate'], {
  stdio: 'inherit',
  env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: '/bin/true', PRISMA_HIDE_UPDATE_MESSAGE: '1', CHECKPOINT_DISABLE: '1' },
});
