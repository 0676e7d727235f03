// Route-handler side of server/http/json-body.ts: the same errors as NextResponses.
import { NextResponse } from 'next/server';
import type { ZodType } from 'zod';
import { errorBody, MAX_JSON_BYTES, parseJsonText, unreadableBody } from '@/server/http/json-body';

export function jsonError(status: number, code: string, message: string, details?: unknown) {
  return NextResponse.json(errorBody(code, message, details), { status });
}

export async function readJson<T>(request: Request, schema: ZodType<T>, maxBytes = MAX_JSON_BYTES):
  Promise<{ ok: true; data: T } | { ok: false; response: NextResponse }> {
  const text = await request.text().catch(() => null);
  const parsed = text === null ? { ok: false as const, ...unreadableBody() } : parseJsonText(text, schema, maxBytes);
  if (parsed.ok) return parsed;
  return { ok: false, response: NextResponse.json(parsed.body, { status: parsed.status }) };
}
