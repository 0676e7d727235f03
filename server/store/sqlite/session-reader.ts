// Sessions on SQLite: better-auth's `session` and `user` tables, one prepared statement.
import type Database from 'better-sqlite3';
import type { SessionReader } from '../ports';

interface Row { id: string; email: string; name: string; role: string | null; expiresAt: string }

export function sqliteSessionReader(db: Database.Database): SessionReader {
  const st = db.prepare<[string], Row>(
    'SELECT u.id, u.email, u.name, u.role, s.expiresAt FROM session s JOIN user u ON u.id = s.userId WHERE s.token = ?',
  );
  return {
    async byToken(token) {
      const row = st.get(token);
      return row ? { id: row.id, email: row.email, name: row.name, role: row.role, expiresAt: new Date(row.expiresAt) } : null;
    },
  };
}
