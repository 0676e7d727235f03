// Shared shapes of the teaching use cases: who is asking, and what a use case answers.
// A denial is always 'not-found', so nobody learns whether another teacher's object exists.
// What is wrong with an input comes back as issues (codes with details, lib/errors), which
// the UI words in the user's language.
import 'server-only';
import type { Issue } from '@/lib/errors';

export { issuesFromSchema as issuesOf } from '@/lib/errors';

export interface Actor {
  id: string;
  role: 'learner' | 'teacher' | 'admin';
}

/** Every error a teaching use case answers with (each worded in messages, teach.errors). */
export const TEACH_ERRORS = ['not-found', 'invalid', 'conflict', 'rate-limited'] as const;
export type TeachError = (typeof TEACH_ERRORS)[number];

export type TeachResult<T = null> = { ok: true; value: T } | { ok: false; error: TeachError; issues?: Issue[] };

export function isTeacher(actor: Actor | null | undefined): actor is Actor {
  return !!actor && (actor.role === 'teacher' || actor.role === 'admin');
}

export function ok<T>(value: T): TeachResult<T> {
  return { ok: true, value };
}

export function fail<T = never>(error: TeachError, issues?: Issue[]): TeachResult<T> {
  return issues ? { ok: false, error, issues } : { ok: false, error };
}
