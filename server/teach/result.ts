// Shared shapes of the teaching use cases: who is asking, and what a use case answers.
// A denial is always 'not-found', so nobody learns whether another teacher's object exists.
import 'server-only';

export interface Actor {
  id: string;
  role: 'learner' | 'teacher' | 'admin';
}

export type TeachError = 'not-found' | 'invalid' | 'conflict' | 'rate-limited';

export type TeachResult<T = null> = { ok: true; value: T } | { ok: false; error: TeachError; issues?: string[] };

export function isTeacher(actor: Actor | null | undefined): actor is Actor {
  return !!actor && (actor.role === 'teacher' || actor.role === 'admin');
}

export function ok<T>(value: T): TeachResult<T> {
  return { ok: true, value };
}

export function fail<T = never>(error: TeachError, issues?: string[]): TeachResult<T> {
  return issues ? { ok: false, error, issues } : { ok: false, error };
}

export function issuesOf(error: { issues: { path: PropertyKey[]; message: string }[] }): string[] {
  return error.issues.map((i) => (i.path.length ? `${i.path.map(String).join('.')}: ${i.message}` : i.message));
}
