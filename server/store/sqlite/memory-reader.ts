// The retention preview's reads on SQLite (SQL shared with PostgreSQL: ../memory-sql.ts).
import type Database from 'better-sqlite3';
import type { MemoryReader } from '../ports';
import { memoryStatesSql, unmetCardsSql } from '../memory-sql';
import { parseSqliteDate } from './connection';

interface Row { state: number; due: string; stability: number; difficulty: number; lastReview: string | null }

export function sqliteMemoryReader(db: Database.Database): MemoryReader {
  const st = {
    states: db.prepare<{ userId: string }, Row>(memoryStatesSql('@userId')),
    unmet: db.prepare<{ userId: string }, { n: number }>(unmetCardsSql('@userId')),
  };
  return {
    async memory(userId) {
      const cards = st.states.all({ userId }).map((r) => ({
        state: r.state, due: parseSqliteDate(r.due), stability: r.stability, difficulty: r.difficulty, lastReview: parseSqliteDate(r.lastReview),
      }));
      return { cards, unmetCards: st.unmet.get({ userId })?.n ?? 0 };
    },
  };
}
