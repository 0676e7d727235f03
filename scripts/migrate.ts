// npm run db:migrate — applies the committed migrations to the database in DATABASE_URL
// (default file:./.data/jatta.db). Safe to run again: applied migrations are skipped.
import { migrateSqlite, sqlitePathFromUrl } from '../server/db/migrations';

const url = process.env.DATABASE_URL ?? 'file:./.data/jatta.db';
const result = migrateSqlite(sqlitePathFromUrl(url), 'prisma/migrations');
for (const name of result.applied) console.log(`applied ${name}`);
console.log(`${result.applied.length} migration(s) applied, ${result.alreadyApplied.length} already in place (${url}).`);
