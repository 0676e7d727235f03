import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTION_ARGUMENTS, ACTION_BODY_LIMIT, actionRequestOf, argumentsFit, refuseActionBody, refuseActionHeaders, type ArgumentKind } from './server-actions';

const root = path.resolve(import.meta.dirname, '../..');

function useServerFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    if (statSync(p).isDirectory()) return useServerFiles(p);
    return /\.tsx?$/.test(f) && /^\s*'use server'/.test(readFileSync(p, 'utf8')) ? [p] : [];
  });
}

function kindOf(type: string): ArgumentKind {
  if (type === 'FormData') return 'form';
  if (/FormState$/.test(type)) return 'state';
  if (type === 'string' || type === 'Locale') return 'string';
  if (type === 'number') return 'number';
  return 'object';
}

describe('ACTION_ARGUMENTS', () => {
  it('lists every server action with the kinds of its parameters', () => {
    const found: Record<string, ArgumentKind[]> = {};
    for (const file of useServerFiles(path.join(root, 'app'))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/export async function (\w+)\(([^)]*)\)/g)) {
        found[m[1]!] = m[2]!.split(',').map((p) => p.trim()).filter(Boolean).map((p) => kindOf(p.split(':')[1]!.trim()));
      }
    }
    expect(Object.keys(found).length).toBeGreaterThan(10);
    expect(ACTION_ARGUMENTS).toEqual(found);
  });

  it('uses the body limit next.config.js gives Next', () => {
    const config = readFileSync(path.join(root, 'next.config.js'), 'utf8');
    const mb = Number(/bodySizeLimit: '(\d+)mb'/.exec(config)?.[1]);
    expect(ACTION_BODY_LIMIT).toBe(mb * 1024 * 1024);
  });
});

const fetchCall = { kind: 'fetch' as const, actionId: 'ab12' };
const names = (id: string) => ({ ab12: 'importCsvAction', cd34: 'prefillNoteAction', ef56: 'deleteDeckAction', aa11: 'editDraftAction' })[id];

async function multipart(entries: [string, string | Blob][]) {
  const form = new FormData();
  for (const [k, v] of entries) form.append(k, v);
  const req = new Request('http://x/', { method: 'POST', body: form });
  return { type: req.headers.get('content-type')!, body: Buffer.from(await req.arrayBuffer()) };
}

describe('refuseActionHeaders', () => {
  const headers = (h: Record<string, string>) => ({ host: 'jatta.test', 'content-type': 'text/plain;charset=UTF-8', 'content-length': '10', ...h });
  it('refuses other origins, other media types, missing or excessive lengths', () => {
    expect(refuseActionHeaders(fetchCall, headers({}), undefined)).toBeNull();
    expect(refuseActionHeaders(fetchCall, headers({ origin: 'https://evil.test' }), undefined)?.status).toBe(403);
    expect(refuseActionHeaders(fetchCall, headers({ 'content-type': 'application/json' }), undefined)?.status).toBe(415);
    const { 'content-length': _, ...noLength } = headers({});
    void _;
    expect(refuseActionHeaders(fetchCall, noLength, undefined)?.status).toBe(411);
    expect(refuseActionHeaders(fetchCall, headers({ 'content-length': String(ACTION_BODY_LIMIT + 1) }), undefined)?.status).toBe(413);
    expect(refuseActionHeaders({ kind: 'fetch', actionId: '../x' }, headers({}), undefined)?.status).toBe(400);
  });

  it('knows which requests may be action calls', () => {
    expect(actionRequestOf('POST', '/en/teach', { 'next-action': 'ab' })).toEqual({ kind: 'fetch', actionId: 'ab' });
    expect(actionRequestOf('POST', '/en/teach', { 'content-type': 'multipart/form-data; boundary=x' })).toEqual({ kind: 'form' });
    expect(actionRequestOf('POST', '/api/nothing', { 'content-type': 'multipart/form-data; boundary=x' })).toEqual({ kind: 'form' });
    expect(actionRequestOf('POST', '/api/reviews', { 'content-type': 'application/json' })).toBeNull();
    expect(actionRequestOf('POST', '/_next/x', { 'next-action': 'ab' })).toBeNull();
    expect(actionRequestOf('GET', '/en/teach', { 'next-action': 'ab' })).toBeNull();
  });
});

describe('refuseActionBody', () => {
  const text = (s: string, call = fetchCall) => refuseActionBody(call, 'text/plain;charset=UTF-8', Buffer.from(s), names);

  it('passes calls as React sends them', async () => {
    expect(await text('[{"status":"error","issues":["$$x",null]},"$K1"]')).toBeNull();
    expect(await text('["$undefined","$K1"]')).toBeNull();
    expect(await text('["мектеп"]', { kind: 'fetch', actionId: 'cd34' })).toBeNull();
    expect(await text('["d1",{"edits":[{"kind":"select","key":"a|NOUN","on":true}]}]', { kind: 'fetch', actionId: 'aa11' })).toBeNull();
    const m = await multipart([['_1_deckId', 'd'], ['_1_file', new Blob(['kk,ru\n'])], ['0', '[{},"$K1"]']]);
    expect(await refuseActionBody(fetchCall, m.type, m.body, names)).toBeNull();
  });

  it('refuses what React cannot decode or the action cannot take', async () => {
    for (const bad of ['{oops', '"x"', '{}', '[1,2,3]', '[{}, "$@1"]', '[{}, "$Q1"]', '[{}, "$1"]', '["$K1"]', '[{}, "$K1", 3]', '[[],"$K1"]', `[${'['.repeat(100)}${']'.repeat(100)},"$K1"]`]) {
      expect((await text(bad))?.status, bad).toBe(400);
    }
    expect((await text('[{"$x":1}]', { kind: 'fetch', actionId: 'cd34' }))?.status).toBe(400);
    expect((await refuseActionBody(fetchCall, 'text/plain', Buffer.from([0xff, 0xfe]), names))?.status).toBe(400);
    expect((await refuseActionBody(fetchCall, 'multipart/form-data; boundary=zzz', Buffer.from('garbage'), names))?.status).toBe(400);
    const noRoot = await multipart([['_1_deckId', 'd']]);
    expect((await refuseActionBody(fetchCall, noRoot.type, noRoot.body, names))?.status).toBe(400);
    const stray = await multipart([['0', '[{},"$K1"]'], ['1', '"$@2"']]);
    expect((await refuseActionBody(fetchCall, stray.type, stray.body, names))?.status).toBe(400);
  });

  it('refuses an array holding more than React decodes (a million slots and characters), and passes one under it', async () => {
    const call = (rows: number) => text(JSON.stringify(['d1', { edits: Array(rows).fill('y'.repeat(60)) }]), { kind: 'fetch', actionId: 'aa11' });
    expect(await call(10_000)).toBeNull();
    expect((await call(20_000))?.status).toBe(400);
    // one long string alone is no array of many: React takes it
    expect(await text(JSON.stringify(['d1', { edits: ['y'.repeat(1_500_000)] }]), { kind: 'fetch', actionId: 'aa11' })).toBeNull();
  });

  it('checks forms posted without JavaScript', async () => {
    const formCall = { kind: 'form' as const };
    const direct = await multipart([['$ACTION_ID_ef56', ''], ['deckId', 'd']]);
    expect(await refuseActionBody(formCall, direct.type, direct.body, names)).toBeNull();
    const stateful = await multipart([['$ACTION_REF_1', ''], ['$ACTION_1:0', '{"id":"ab12","bound":"$@1"}'], ['$ACTION_1:1', '[{}]'], ['$ACTION_KEY', 'k0'], ['deckId', 'd']]);
    expect(await refuseActionBody(formCall, stateful.type, stateful.body, names)).toBeNull();
    const wrong = await multipart([['$ACTION_ID_ab12', ''], ['deckId', 'd']]);
    expect((await refuseActionBody(formCall, wrong.type, wrong.body, names))?.status).toBe(400);
    const twoActions = await multipart([['$ACTION_ID_ef56', ''], ['$ACTION_ID_ab12', '']]);
    expect((await refuseActionBody(formCall, twoActions.type, twoActions.body, names))?.status).toBe(400);
    const badMeta = await multipart([['$ACTION_REF_1', ''], ['$ACTION_1:0', '{"id":"ab12","bound":"$@2"}'], ['$ACTION_1:1', '[{}]']]);
    expect((await refuseActionBody(formCall, badMeta.type, badMeta.body, names))?.status).toBe(400);
    const plain = await multipart([['name', 'x']]);
    expect(await refuseActionBody(formCall, plain.type, plain.body, names)).toBeNull();
  });

  it('argumentsFit', () => {
    expect(argumentsFit([{}, '$K1'], ['state', 'form'])).toBe(true);
    expect(argumentsFit(['$K1'], ['state', 'form'])).toBe(false);
    expect(argumentsFit(['$$5'], ['string'])).toBe(true);
    expect(argumentsFit([], ['string'])).toBe(false);
    expect(argumentsFit(['d', 12], ['string', 'number'])).toBe(true);
    expect(argumentsFit(['d', '$NaN'], ['string', 'number'])).toBe(false);
    expect(argumentsFit(['d', '12'], ['string', 'number'])).toBe(false);
  });
});
