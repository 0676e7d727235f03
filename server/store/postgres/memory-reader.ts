// The retention preview's reads on PostgreSQL (SQL shared with SQLite: ../memory-sql.ts).
// Rows come back as arrays with times as milliseconds (float8): pg's timestamp parser on 30,000
// rows cost more than the query (docs/decisions/027).
import type pg from 'pg';
import type { MemoryReader } from '../ports';
import { memoryDecksSql, memoryStates, memoryStatesSql, studiedDecks, type MemoryDeckRow, type MemoryStateRow } from '../memory-sql';

const DECKS = (column: string) => `${column} = ANY($2::text[])`;
// date_part is float8 arithmetic (EXTRACT's numeric one cost ~40 ms more on 30,000 rows); round()
// keeps the milliseconds exact.
const MS = (column: string) => `round(date_part('epoch', ${column}) * 1000)`;
const SQL = { decks: memoryDecksSql('$1'), states: memoryStatesSql('$1', DECKS, MS) };

export function postgresMemoryReader(pool: pg.Pool): MemoryReader {
  return {
    async memory(userId) {
      const decks = (await pool.query<MemoryDeckRow>({ name: 'memory-decks', text: SQL.decks, values: [userId] })).rows;
      const states = await pool.query<MemoryStateRow>({ name: 'memory-states', text: SQL.states, values: [userId, decks.map((d) => d.id)], rowMode: 'array' });
      return { cards: memoryStates(states.rows), decks: studiedDecks(decks) };
    },
  };
}
