// JSON error bodies with a stable code, and body parsing that never throws. Free of Next so
// that both the route handlers (server/http/json.ts) and the Node review endpoint
// (server/http/review-endpoint.ts) answer bad input the same way.
import type { ZodType } from 'zod';

export interface ErrorBody {
  error: { code: string; message: string; details?: unknown };
}
export interface Failure {
  status: number;
  body: ErrorBody;
}
export type Parsed<T> = { ok: true; data: T } | ({ ok: false } & Failure);

export const MAX_JSON_BYTES = 16_384;

export function errorBody(code: string, message: string, details?: unknown): ErrorBody {
  return { error: { code, message, ...(details === undefined ? {} : { details }) } };
}

export const unreadableBody = (): Failure => ({ status: 400, body: errorBody('invalid-body', 'The request body could not be read.') });
export const bodyTooLarge = (): Failure => ({ status: 413, body: errorBody('body-too-large', 'The request body is too large.') });

/** Parses and validates a request body already read as text. */
export function parseJsonText<T>(text: string, schema: ZodType<T>, maxBytes = MAX_JSON_BYTES): Parsed<T> {
  if (text.length > maxBytes) return { ok: false, ...bodyTooLarge() };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, status: 400, body: errorBody('invalid-json', 'The request body is not valid JSON.') };
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
    return { ok: false, status: 400, body: errorBody('invalid-input', 'The request body is invalid.', details) };
  }
  return { ok: true, data: parsed.data };
}
