// Prisma CLI configuration (Prisma 7 reads no .env by itself). The app itself never reads
// this file: it opens the database through server/db.ts with the URL from server/env.ts.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'file:./.data/jatta.db' },
});
