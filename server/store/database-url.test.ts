import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { DatabaseUrlError, parseDatabaseUrl, redactedDatabaseUrl } from './database-url';

describe('DATABASE_URL, the one switch', () => {
  it('is SQLite for file: URLs and by default', () => {
    expect(parseDatabaseUrl(undefined)).toEqual({ kind: 'sqlite', url: 'file:./.data/jatta.db', file: './.data/jatta.db' });
    expect(parseDatabaseUrl('  ')).toMatchObject({ kind: 'sqlite' });
    expect(parseDatabaseUrl('file:/var/lib/jatta.db?mode=rwc')).toMatchObject({ kind: 'sqlite', file: '/var/lib/jatta.db' });
  });

  it('is PostgreSQL for postgresql:// and postgres:// URLs', () => {
    expect(parseDatabaseUrl('postgresql://jatta:pw@db.example:5432/jatta')).toEqual({ kind: 'postgres', url: 'postgresql://jatta:pw@db.example:5432/jatta' });
    expect(parseDatabaseUrl('postgres://localhost/jatta')).toMatchObject({ kind: 'postgres' });
  });

  it('refuses anything else with a reason that names the variable and what to write', () => {
    expect(() => parseDatabaseUrl('mysql://localhost/jatta')).toThrow(DatabaseUrlError);
    expect(() => parseDatabaseUrl('mysql://localhost/jatta')).toThrow(/DATABASE_URL has an unsupported scheme "mysql:".*file:.*postgresql:/);
    expect(() => parseDatabaseUrl('jatta.db')).toThrow(/DATABASE_URL has an unsupported scheme/);
    expect(() => parseDatabaseUrl('file:')).toThrow(/names no SQLite file/);
    expect(() => parseDatabaseUrl('postgresql://')).toThrow(/DATABASE_URL/);
  });

  it('keeps passwords out of messages', () => {
    expect(redactedDatabaseUrl('postgresql://jatta:s3cret@db:5432/jatta')).toBe('postgresql://jatta:***@db:5432/jatta');
    expect(redactedDatabaseUrl('file:./x.db')).toBe('file:./x.db');
  });

  it('a wrong URL stops the migrator with one clear line and a non-zero exit', () => {
    for (const url of ['mysql://localhost/jatta', 'postgresql://postgres@127.0.0.1:1/jatta']) {
      const run = spawnSync('npx', ['tsx', 'scripts/migrate.ts'], { env: { ...process.env, DATABASE_URL: url }, encoding: 'utf8' });
      expect(run.status).toBe(1);
      const lines = run.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^error: .*DATABASE_URL/);
    }
  });
});
