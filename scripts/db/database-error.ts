// One clear line for a database that cannot be reached or named, instead of a stack trace.
import { DatabaseUrlError } from '../../server/store/database-url';
import { describeDatabaseError } from '../../server/store/database-errors';

export function exitWithDatabaseError(error: unknown): never {
  const message = error instanceof DatabaseUrlError ? error.message : describeDatabaseError(error);
  console.error(`error: ${message}`);
  process.exit(1);
}
