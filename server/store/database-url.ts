// DATABASE_URL is the one switch between the stores: `file:…` (the default) is SQLite,
// `postgresql://…` or `postgres://…` is PostgreSQL. Free of server-only so the command-line
// scripts (migrate, seed, benchmarks) read it the same way the app does.

export const DEFAULT_DATABASE_URL = 'file:./.data/jatta.db';

export type DatabaseTarget =
  | { kind: 'sqlite'; url: string; file: string }
  | { kind: 'postgres'; url: string };

export class DatabaseUrlError extends Error {}

/** What DATABASE_URL names; throws DatabaseUrlError with a one-line reason when it names nothing usable. */
export function parseDatabaseUrl(raw: string | undefined): DatabaseTarget {
  const url = (raw ?? '').trim() || DEFAULT_DATABASE_URL;
  if (url.startsWith('file:')) {
    const file = url.slice('file:'.length).split('?')[0] ?? '';
    if (!file) throw new DatabaseUrlError('DATABASE_URL names no SQLite file (expected file:./path.db)');
    return { kind: 'sqlite', url, file };
  }
  if (/^postgres(ql)?:\/\//i.test(url)) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new DatabaseUrlError('DATABASE_URL is not a valid postgresql:// URL');
    }
    if (!parsed.hostname && !parsed.searchParams.get('host')) throw new DatabaseUrlError('DATABASE_URL names no PostgreSQL host');
    return { kind: 'postgres', url };
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1];
  throw new DatabaseUrlError(
    `DATABASE_URL has an unsupported scheme${scheme ? ` "${scheme}:"` : ''}: use file:./path.db (SQLite) or postgresql://user@host:port/db (PostgreSQL)`,
  );
}

/** The URL without its password, for messages and logs. */
export function redactedDatabaseUrl(url: string): string {
  return url.replace(/^(postgres(?:ql)?:\/\/[^:/@]*):[^@]*@/i, '$1:***@');
}
