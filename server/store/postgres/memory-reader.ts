// The retention preview's reads on PostgreSQL (SQL shared with SQLite: ../memory-sql.ts).
import type pg from 'pg';
import type { MemoryReader, MemoryState } from '../ports';
import { memoryDecksSql, memoryStatesSql, studiedDecks, type MemoryDeckRow } from '../memory-sql';

const DECKS = (column: string) => `${column} = ANY($2::text[])`;
const SQL = { decks: memoryDecksSql('$1'), states: memoryStatesSql('$1', DECKS, (column) => column) };

export function postgresMemoryReader(pool: pg.Pool): MemoryReader {
  return {
    async memory(userId) {
      const decks = (await pool.query<MemoryDeckRow>({ name: 'memory-decks', text: SQL.decks, values: [userId] })).rows;
      const states = await pool.query<MemoryState>({ name: 'memory-states', text: SQL.states, values: [userId, decks.map((d) => d.id)] });
      return { cards: states.rows, decks: studiedDecks(decks) };
    },
  };
}
