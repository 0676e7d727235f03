// Drives Prisma's schema engine compiled to WebAssembly (no native binary, no network), for
// SQLite through better-sqlite3 and for PostgreSQL through pg. Used by the developer command
// that writes new migrations and by the drift tests.
import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import pg from 'pg';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';

const require = createRequire(import.meta.url);

type Engine = {
  diff(params: unknown): Promise<{ exitCode: number; stdout: string | null }>;
  free(): void;
};
type EngineModule = {
  __wbg_set_wasm(x: unknown): void;
  SchemaEngine: { new: (o: unknown, cb: () => void, adapter: unknown) => Promise<Engine> };
};

// Instantiated once per process: a second WebAssembly.instantiate broke later calls.
let engineModule: Promise<EngineModule> | null = null;
function loadModule(): Promise<EngineModule> {
  engineModule ??= (async () => {
    const bg = (await import('@prisma/schema-engine-wasm/schema_engine_bg')) as unknown as EngineModule;
    const wasmFile = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg').replace(/\.js$/, '.wasm');
    const { instance } = await WebAssembly.instantiate(readFileSync(wasmFile), {
      './schema_engine_bg.js': bg as unknown as WebAssembly.ModuleImports,
    });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as (() => void) | undefined)?.();
    return bg;
  })();
  return engineModule;
}

const CHAR_OID = 18;
const TEXT_OID = 25;

/**
 * A pool whose results label PostgreSQL's internal "char" type (OID 18, in the catalog
 * queries the engine runs to introspect) as text: @prisma/adapter-pg 7.10 cannot map it.
 */
class CatalogSafePool extends pg.Pool {
  constructor(config: pg.PoolConfig) {
    super(config);
    // Transactions run on checked-out clients; plain queries go through Pool.query, which
    // calls the client with a callback.
    this.on('connect', (client) => {
      const query = client.query.bind(client) as (...args: unknown[]) => unknown;
      (client as unknown as { query: unknown }).query = (...args: unknown[]) => {
        const last = args[args.length - 1];
        if (typeof last === 'function') {
          args[args.length - 1] = (err: unknown, res: pg.QueryResult) => (last as (e: unknown, r: unknown) => void)(err, relabel(res));
          return query(...args);
        }
        const out = query(...args);
        return out instanceof Promise ? out.then(relabel) : out;
      };
    });
  }
}

function relabel(result: pg.QueryResult | undefined): pg.QueryResult | undefined {
  for (const field of result?.fields ?? []) if (field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
  return result;
}

export type EngineTarget = { provider: 'sqlite'; file: string } | { provider: 'postgresql'; url: string };

async function withEngine<T>(schema: string, target: EngineTarget, run: (engine: Engine) => Promise<T>): Promise<T> {
  const bg = await loadModule();
  let pool: pg.Pool | null = null;
  let factory;
  if (target.provider === 'sqlite') {
    // Make sure the file exists so the engine introspects it rather than failing.
    new Database(target.file).close();
    factory = new PrismaBetterSqlite3({ url: `file:${target.file}` });
  } else {
    pool = new CatalogSafePool({ connectionString: target.url, max: 2 });
    factory = new PrismaPg(pool);
  }
  const engine = await bg.SchemaEngine.new({ datamodels: [['schema.prisma', schema]] }, () => {}, bindMigrationAwareSqlAdapterFactory(factory));
  try {
    return await run(engine);
  } finally {
    engine.free();
    await pool?.end();
  }
}

function emptyToNothing(sql: string | null): string {
  const text = (sql ?? '').trim();
  return text === '-- This is an empty migration.' ? '' : text;
}

/**
 * SQL that turns the database (already migrated) into the schema. Empty when the
 * migrations and the schema agree.
 */
export async function diffDatabaseToSchema(target: EngineTarget, schemaFile: string): Promise<string> {
  const schema = readFileSync(schemaFile, 'utf8');
  return withEngine(schema, target, async (engine) => {
    const res = await engine.diff({
      // The datasource of a schema is the database the adapter is connected to.
      from: { tag: 'schemaDatasource', files: [{ path: 'schema.prisma', content: schema }], configDir: process.cwd() },
      to: { tag: 'schemaDatamodel', files: [{ path: 'schema.prisma', content: schema }] },
      script: true,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    });
    return emptyToNothing(res.stdout);
  });
}
