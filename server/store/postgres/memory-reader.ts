// The retention preview's reads on PostgreSQL (SQL shared with SQLite: ../memory-sql.ts).
import type pg from 'pg';
import type { MemoryReader, MemoryState } from '../ports';
import { memoryDecksSql, memoryStatesSql, unmetCardsSql } from '../memory-sql';

const DECKS = (column: string) => `${column} = ANY($2::text[])`;
const SQL = { decks: memoryDecksSql('$1'), states: memoryStatesSql('$1', DECKS), unmet: unmetCardsSql('$1', DECKS) };

export function postgresMemoryReader(pool: pg.Pool): MemoryReader {
  return {
    async memory(userId) {
      const decks = (await pool.query<{ id: string; studied: boolean }>({ name: 'memory-decks', text: SQL.decks, values: [userId] })).rows;
      const [states, unmet] = await Promise.all([
        pool.query<MemoryState>({ name: 'memory-states', text: SQL.states, values: [userId, decks.map((d) => d.id)] }),
        pool.query<{ n: number }>({ name: 'memory-unmet', text: SQL.unmet, values: [userId, decks.filter((d) => d.studied).map((d) => d.id)] }),
      ]);
      return { cards: states.rows, unmetCards: unmet.rows[0]?.n ?? 0 };
    },
  };
}
