// Sessions on PostgreSQL: better-auth's `session` and `user` tables, read on every request,
// so a sign-out or a role change on one server shows on every other at its next request.
import type pg from 'pg';
import type { SessionReader, SessionUser } from '../ports';

const SQL = `SELECT u."id", u."email", u."name", u."role", s."expiresAt" FROM "session" s JOIN "user" u ON u."id" = s."userId" WHERE s."token" = $1`;

export function postgresSessionReader(pool: pg.Pool): SessionReader {
  return {
    async byToken(token) {
      const { rows } = await pool.query<SessionUser>({ name: 'session-user', text: SQL, values: [token] });
      return rows[0] ?? null;
    },
  };
}
