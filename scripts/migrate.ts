// npm run db:migrate — applies the committed migrations to the database in DATABASE_URL
// (default file:./.data/jatta.db; postgresql://… for PostgreSQL). Safe to run again, and
// from several machines at once: applied migrations are skipped.
import { parseDatabaseUrl, redactedDatabaseUrl } from '../server/store/database-url';
import { migrate } from '../server/store/migrate';
import { exitWithDatabaseError } from './db/database-error';

try {
  const target = parseDatabaseUrl(process.env.DATABASE_URL);
  const result = await migrate(target);
  for (const name of result.applied) console.log(`applied ${name}`);
  console.log(`${result.applied.length} migration(s) applied, ${result.alreadyApplied.length} already in place (${redactedDatabaseUrl(target.url)}).`);
} catch (error) {
  exitWithDatabaseError(error);
}
