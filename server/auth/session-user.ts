// The signed-in user behind a session cookie, read straight from better-auth's `session`
// and `user` tables with one prepared statement. Used where better-auth's own getSession
// pipeline costs more than the work itself (the review fast path). No cache: a signed-out
// or expired session stops working on its very next request.
import 'server-only';
import type Database from 'better-sqlite3';
import { env } from '../env';
import { parseSqliteDate, sqlite } from '../db/sqlite';
import { verifiedSessionToken } from './session-cookie';

export interface CurrentUser {
  id: string;
  email: string;
  name: string;
  role: 'learner' | 'teacher' | 'admin';
}

export function asRole(role: unknown): CurrentUser['role'] {
  return role === 'teacher' || role === 'admin' ? role : 'learner';
}

interface Row {
  id: string;
  email: string;
  name: string;
  role: string | null;
  expiresAt: string;
}

const statements = new WeakMap<Database.Database, Database.Statement<[string], Row>>();
function sessionStatement(db: Database.Database): Database.Statement<[string], Row> {
  let st = statements.get(db);
  if (!st) {
    st = db.prepare<[string], Row>(
      'SELECT u.id, u.email, u.name, u.role, s.expiresAt FROM session s JOIN user u ON u.id = s.userId WHERE s.token = ?',
    );
    statements.set(db, st);
  }
  return st;
}

export function userFromSessionCookie(cookieHeader: string | null | undefined, now: Date): CurrentUser | null {
  const token = verifiedSessionToken(cookieHeader, env.BETTER_AUTH_SECRET);
  if (!token) return null;
  const row = sessionStatement(sqlite()).get(token);
  if (!row || (parseSqliteDate(row.expiresAt)?.getTime() ?? 0) <= now.getTime()) return null;
  return { id: row.id, email: row.email, name: row.name, role: asRole(row.role) };
}
