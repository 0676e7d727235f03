// The retention preview's reads on SQLite (SQL shared with PostgreSQL: ../memory-sql.ts).
import type Database from 'better-sqlite3';
import type { MemoryReader } from '../ports';
import { memoryDecksSql, memoryStatesSql, unmetCardsSql } from '../memory-sql';
import { parseSqliteDate } from './connection';

interface Row { state: number; due: string; stability: number; difficulty: number; lastReview: string | null }
type Params = { userId: string; decks: string };
const DECKS = (column: string) => `${column} IN (SELECT value FROM json_each(@decks))`;

export function sqliteMemoryReader(db: Database.Database): MemoryReader {
  const st = {
    decks: db.prepare<{ userId: string }, { id: string; studied: number }>(memoryDecksSql('@userId')),
    states: db.prepare<Params, Row>(memoryStatesSql('@userId', DECKS)),
    unmet: db.prepare<Params, { n: number }>(unmetCardsSql('@userId', DECKS)),
  };
  return {
    async memory(userId) {
      const decks = st.decks.all({ userId });
      const all = { userId, decks: JSON.stringify(decks.map((d) => d.id)) };
      const studied = { userId, decks: JSON.stringify(decks.filter((d) => d.studied).map((d) => d.id)) };
      const cards = st.states.all(all).map((r) => ({
        state: r.state, due: parseSqliteDate(r.due), stability: r.stability, difficulty: r.difficulty, lastReview: parseSqliteDate(r.lastReview),
      }));
      return { cards, unmetCards: st.unmet.get(studied)?.n ?? 0 };
    },
  };
}
