// One Prisma schema, two providers. prisma/schema.prisma is the source (SQLite, the
// embedded default); the PostgreSQL schema is derived from it by swapping the datasource
// provider and the client's output folder, nothing else, so the model blocks cannot drift
// (server/db/provider-schema.test.ts compares the committed copy with this derivation).

export const SOURCE_SCHEMA = 'prisma/schema.prisma';
export const POSTGRES_SCHEMA = 'prisma/postgres/schema.prisma';

const HEADER = `// GENERATED from prisma/schema.prisma by \`npm run db:generate\`: do not edit.
// The same models for PostgreSQL; migrations for it are in prisma/postgres/migrations.
`;

/**
 * The PostgreSQL schema for the source schema text. `output`: the client's folder, relative to
 * where the schema file is written (the committed copy sits in prisma/postgres/).
 */
export function postgresSchema(source, output = '../../server/generated/prisma-pg') {
  const provider = /(datasource db \{[^}]*provider\s*=\s*)"sqlite"/;
  const outputLine = /(generator client \{[^}]*output\s*=\s*)"\.\.\/server\/generated\/prisma"/;
  if (!provider.test(source)) throw new Error('prisma/schema.prisma: expected provider = "sqlite" in datasource db');
  if (!outputLine.test(source)) throw new Error('prisma/schema.prisma: expected output = "../server/generated/prisma" in generator client');
  return HEADER + source.replace(provider, '$1"postgresql"').replace(outputLine, `$1"${output}"`);
}

/** The model, enum and view blocks of a schema, in order: what both providers must share. */
export function modelBlocks(schema) {
  return schema.match(/^(model|enum|view|type) \w+ \{[\s\S]*?^\}/gm) ?? [];
}
