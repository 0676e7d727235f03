import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { modelBlocks, POSTGRES_SCHEMA, postgresSchema, SOURCE_SCHEMA } from '@/scripts/db/provider-schema.mjs';

describe('one schema for both stores', () => {
  const source = readFileSync(SOURCE_SCHEMA, 'utf8');
  const committed = readFileSync(POSTGRES_SCHEMA, 'utf8');

  it('the committed PostgreSQL schema is the derivation of prisma/schema.prisma (run npm run db:generate)', () => {
    expect(committed).toBe(postgresSchema(source));
  });

  it('shares every model block and differs only in provider and client output', () => {
    expect(modelBlocks(committed)).toEqual(modelBlocks(source));
    expect(modelBlocks(source).length).toBeGreaterThan(10);
    expect(committed).toMatch(/provider = "postgresql"/);
    expect(source).toMatch(/provider = "sqlite"/);
  });

  it('refuses a source it cannot derive from', () => {
    expect(() => postgresSchema(source.replace('"sqlite"', '"mysql"'))).toThrow(/provider/);
  });
});
