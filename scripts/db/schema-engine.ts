// Drives Prisma's schema engine compiled to WebAssembly (no native binary, no network).
// Used by the developer command that writes a new migration and by the drift test.
import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';

const require = createRequire(import.meta.url);

type Engine = {
  diff(params: unknown): Promise<{ exitCode: number; stdout: string | null }>;
  free(): void;
};

async function loadEngine(schema: string, dbUrl: string): Promise<Engine> {
  const bg = (await import('@prisma/schema-engine-wasm/schema_engine_bg')) as unknown as {
    __wbg_set_wasm(x: unknown): void;
    SchemaEngine: { new: (o: unknown, cb: () => void, adapter: unknown) => Promise<Engine> };
  };
  const wasmFile = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg').replace(/\.js$/, '.wasm');
  const { instance } = await WebAssembly.instantiate(readFileSync(wasmFile), {
    './schema_engine_bg.js': bg as unknown as WebAssembly.ModuleImports,
  });
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as (() => void) | undefined)?.();
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaBetterSqlite3({ url: dbUrl }));
  return bg.SchemaEngine.new({ datamodels: [['schema.prisma', schema]] }, () => {}, adapter);
}

/**
 * SQL that turns the database at dbFile (already migrated) into the schema. Empty when
 * the migrations and the schema agree.
 */
export async function diffDatabaseToSchema(dbFile: string, schemaFile: string): Promise<string> {
  const schema = readFileSync(schemaFile, 'utf8');
  // Make sure the file exists so the engine introspects it rather than failing.
  new Database(dbFile).close();
  const engine = await loadEngine(schema, `file:${dbFile}`);
  try {
    const res = await engine.diff({
      // The datasource of a schema is the database the adapter is connected to.
      from: { tag: 'schemaDatasource', files: [{ path: 'schema.prisma', content: schema }], configDir: process.cwd() },
      to: { tag: 'schemaDatamodel', files: [{ path: 'schema.prisma', content: schema }] },
      script: true,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    });
    const sql = (res.stdout ?? '').trim();
    return sql === '-- This is an empty migration.' ? '' : sql;
  } finally {
    engine.free();
  }
}
