// Small helpers shared by route handlers: JSON errors with a stable code, body parsing
// that never throws.
import 'server-only';
import { NextResponse } from 'next/server';
import type { ZodType } from 'zod';

export function jsonError(status: number, code: string, message: string, details?: unknown) {
  return NextResponse.json({ error: { code, message, ...(details === undefined ? {} : { details }) } }, { status });
}

export async function readJson<T>(request: Request, schema: ZodType<T>, maxBytes = 16_384):
  Promise<{ ok: true; data: T } | { ok: false; response: NextResponse }> {
  const text = await request.text().catch(() => null);
  if (text === null) return { ok: false, response: jsonError(400, 'invalid-body', 'The request body could not be read.') };
  if (text.length > maxBytes) return { ok: false, response: jsonError(413, 'body-too-large', 'The request body is too large.') };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, response: jsonError(400, 'invalid-json', 'The request body is not valid JSON.') };
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
    return { ok: false, response: jsonError(400, 'invalid-input', 'The request body is invalid.', details) };
  }
  return { ok: true, data: parsed.data };
}
