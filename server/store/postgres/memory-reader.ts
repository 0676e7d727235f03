// The retention preview's reads on PostgreSQL (SQL shared with SQLite: ../memory-sql.ts).
import type pg from 'pg';
import type { MemoryReader, MemoryState } from '../ports';
import { memoryStatesSql, unmetCardsSql } from '../memory-sql';

const STATES = memoryStatesSql('$1');
const UNMET = unmetCardsSql('$1');

export function postgresMemoryReader(pool: pg.Pool): MemoryReader {
  return {
    async memory(userId) {
      const [states, unmet] = await Promise.all([
        pool.query<MemoryState>({ name: 'memory-states', text: STATES, values: [userId] }),
        pool.query<{ n: number }>({ name: 'memory-unmet', text: UNMET, values: [userId] }),
      ]);
      return { cards: states.rows, unmetCards: unmet.rows[0]?.n ?? 0 };
    },
  };
}
