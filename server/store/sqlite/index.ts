// The SQLite store: one file, one process. Group commit (./group-commit.ts) and the WAL
// checkpoint worker (./checkpointer.ts) are its own business; nothing outside sees them.
import type { Store } from '../ports';
import { sqliteMemoryReader } from './memory-reader';
import { checkpointInBackground, type Checkpointer } from './checkpointer';
import { sqliteCardStore } from './card-store';
import { sqliteFitStore } from './fit-store';
import { openConnection } from './connection';
import { sqliteProgressReader } from './progress-reader';
import { sqliteReviewStore } from './review-store';
import { sqliteRollups } from './rollups';
import { sqliteSessionReader } from './session-reader';
import { sqliteStudyReader } from './study-reader';
import { sqliteStudyRequests } from './study-requests';

export function createSqliteStore(file: string): Store {
  const db = openConnection(file);
  let checkpointer: Checkpointer | null = null;
  return {
    kind: 'sqlite',
    reviews: sqliteReviewStore(db),
    sessions: sqliteSessionReader(db),
    progress: sqliteProgressReader(db),
    study: sqliteStudyReader(db),
    requests: sqliteStudyRequests(db),
    cards: sqliteCardStore(db),
    fits: sqliteFitStore(db),
    memory: sqliteMemoryReader(db),
    rollups: sqliteRollups(db),
    async ping() {
      db.prepare('SELECT 1').get();
    },
    async start() {
      checkpointer ??= await checkpointInBackground(db, file);
    },
    async stop() {
      await checkpointer?.stop();
      checkpointer = null;
      db.close();
    },
  };
}
