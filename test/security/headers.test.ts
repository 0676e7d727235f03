// Finding 5: security headers on every answer; pages carry a CSP whose nonce is on every
// script Next writes, without unsafe-eval. (e2e runs every page with this policy on and fails
// on any violation: e2e/fixtures.ts.)
import { expect, it } from 'vitest';
import { postJson, send, servers } from './helpers';

const FIXED = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'strict-origin-when-cross-origin',
};

it('finding 5: pages have a nonce CSP that covers their scripts; every answer has the fixed headers', async () => {
  const page = await send(servers.a, '/en/sign-in');
  expect(page.status).toBe(200);
  expect(page.headers).toMatchObject(FIXED);
  expect(page.headers['permissions-policy']).toContain('camera=()');
  const csp = String(page.headers['content-security-policy']);
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  expect(nonce).toBeTruthy();
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).not.toContain('unsafe-eval');
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  const scripts = [...page.text.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  expect(scripts.length).toBeGreaterThan(3);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  const again = await send(servers.a, '/en/sign-in');
  expect(String(again.headers['content-security-policy'])).not.toContain(nonce!);

  // Not pages: the API before and behind Next, and Next's files.
  for (const res of [await send(servers.a, '/api/health'), await postJson(servers.a, '/api/reviews', {}), await send(servers.a, '/api/auth/get-session')]) {
    expect(res.headers).toMatchObject(FIXED);
    expect(res.headers['content-security-policy']).toContain("script-src 'none'");
  }
  const asset = /src="(\/_next\/static\/[^"]+\.js)"/.exec(page.text)![1]!;
  expect((await send(servers.a, asset)).headers).toMatchObject(FIXED);
});

it('finding 5: HSTS only over HTTPS, as a trusted proxy reports it', async () => {
  expect((await send(servers.a, '/en')).headers['strict-transport-security']).toBeUndefined();
  // A client cannot claim HTTPS to a server that trusts no proxy…
  expect((await send(servers.a, '/en', { headers: { 'x-forwarded-proto': 'https' } })).headers['strict-transport-security']).toBeUndefined();
  // …but the configured proxy can.
  const viaProxy = await send(servers.b, '/en', { headers: { 'x-forwarded-proto': 'https', 'x-forwarded-for': '203.0.113.5' } });
  expect(viaProxy.headers['strict-transport-security']).toMatch(/max-age=\d{7,}/);
  expect(String(viaProxy.headers['content-security-policy'])).toContain('upgrade-insecure-requests');
});

it('audit F2: no page reflects the Host header back (next-intl alternate links are off)', async () => {
  for (const path of ['/en/sign-in', '/kk', '/ru/sign-up']) {
    const page = await send(servers.a, path, { headers: { host: 'evil.example' } });
    expect(page.status).toBe(200);
    expect(String(page.headers.link ?? '')).not.toContain('alternate');
    expect(JSON.stringify(page.headers)).not.toContain('evil.example');
  }
});
