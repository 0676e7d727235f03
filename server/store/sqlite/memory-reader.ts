// The retention preview's reads on SQLite (SQL shared with PostgreSQL: ../memory-sql.ts).
// Rows come back as arrays with times in milliseconds: at 50,000 cards, building row objects and
// parsing ISO strings cost more than the index scan itself (docs/decisions/027).
import type Database from 'better-sqlite3';
import type { MemoryReader } from '../ports';
import { memoryDecksSql, memoryStates, memoryStatesSql, studiedDecks, type MemoryDeckRow, type MemoryStateRow } from '../memory-sql';

const DECKS = (column: string) => `${column} IN (SELECT value FROM json_each(@decks))`;
// Prisma stores times as ISO text; unixepoch(…, 'subsec') reads them to the millisecond.
const MS = (column: string) => `CAST(round(unixepoch(${column}, 'subsec') * 1000) AS INTEGER)`;

export function sqliteMemoryReader(db: Database.Database): MemoryReader {
  const st = {
    decks: db.prepare<{ userId: string }, MemoryDeckRow>(memoryDecksSql('@userId')),
    states: db.prepare<{ userId: string; decks: string }, MemoryStateRow>(memoryStatesSql('@userId', DECKS, MS)).raw(true),
  };
  return {
    async memory(userId) {
      const decks = st.decks.all({ userId });
      const rows = st.states.all({ userId, decks: JSON.stringify(decks.map((d) => d.id)) });
      return { cards: memoryStates(rows), decks: studiedDecks(decks) };
    },
  };
}
