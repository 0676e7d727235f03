// Opens the store for a process started from the command line (`npm start`, `npm run
// fit-jobs`), or stops the process at once with one line naming DATABASE_URL.
import { env } from '../server/env';
import { store } from '../server/store';
import { describeDatabaseError } from '../server/store/database-errors';
import { redactedDatabaseUrl } from '../server/store/database-url';

export async function startStoreOrExit(): Promise<void> {
  try {
    await store().start();
  } catch (error) {
    console.error(`error: ${describeDatabaseError(error)} (DATABASE_URL=${redactedDatabaseUrl(env.database.url)})`);
    process.exit(1);
  }
}
