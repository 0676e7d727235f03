// The retention preview's reads on SQLite (SQL shared with PostgreSQL: ../memory-sql.ts).
// Rows come back as arrays with times in milliseconds: at 50,000 cards, building row objects and
// parsing ISO strings cost more than the index scan itself (docs/decisions/027).
import type Database from 'better-sqlite3';
import type { MemoryReader } from '../ports';
import { memoryDecksSql, memoryStatesSql, studiedDecks, type MemoryDeckRow } from '../memory-sql';

type Row = [state: number, due: number, stability: number, difficulty: number, lastReview: number | null];
const DECKS = (column: string) => `${column} IN (SELECT value FROM json_each(@decks))`;
// Prisma stores times as ISO text; unixepoch(…, 'subsec') reads them to the millisecond.
const MS = (column: string) => `CAST(round(unixepoch(${column}, 'subsec') * 1000) AS INTEGER)`;

export function sqliteMemoryReader(db: Database.Database): MemoryReader {
  const st = {
    decks: db.prepare<{ userId: string }, MemoryDeckRow>(memoryDecksSql('@userId')),
    states: db.prepare<{ userId: string; decks: string }, Row>(memoryStatesSql('@userId', DECKS, MS)).raw(true),
  };
  return {
    async memory(userId) {
      const decks = st.decks.all({ userId });
      const rows = st.states.all({ userId, decks: JSON.stringify(decks.map((d) => d.id)) });
      const cards = rows.map(([state, due, stability, difficulty, lastReview]) => ({
        state, due: new Date(due), stability, difficulty, lastReview: lastReview === null ? null : new Date(lastReview),
      }));
      return { cards, decks: studiedDecks(decks) };
    },
  };
}
