// The PostgreSQL store: several stateless app servers on one database. Everything that must
// hold across servers is in the database; the pool is this process's only state.
import type pg from 'pg';
import type { Store } from '../ports';
import { postgresMemoryReader } from './memory-reader';
import { postgresCardStore } from './card-store';
import { postgresFitStore } from './fit-store';
import { postgresProgressReader } from './progress-reader';
import { postgresReviewStore } from './review-store';
import { postgresRollups } from './rollups';
import { postgresSessionReader } from './session-reader';
import { postgresStudyReader } from './study-reader';
import { postgresStudyRequests } from './study-requests';

export function createPostgresStore(pool: pg.Pool): Store {
  return {
    kind: 'postgres',
    reviews: postgresReviewStore(pool),
    sessions: postgresSessionReader(pool),
    progress: postgresProgressReader(pool),
    study: postgresStudyReader(pool),
    requests: postgresStudyRequests(pool),
    cards: postgresCardStore(pool),
    fits: postgresFitStore(pool),
    memory: postgresMemoryReader(pool),
    rollups: postgresRollups(pool),
    async ping() {
      await pool.query('SELECT 1');
    },
    async start() {
      // Fail at start, with a clear line, when the database is not there.
      await pool.query('SELECT 1');
    },
    async stop() {
      await pool.end();
    },
  };
}
