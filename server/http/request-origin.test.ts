import { describe, expect, it } from 'vitest';
import { isSameOriginRequest, originHeadersOf } from './request-origin';

describe('isSameOriginRequest', () => {
  const host = 'jatta.example.kz';

  it('trusts Sec-Fetch-Site first: only same-origin passes', () => {
    expect(isSameOriginRequest({ secFetchSite: 'same-origin', origin: 'https://evil.example', host })).toBe(true);
    for (const site of ['same-site', 'cross-site', 'none']) expect(isSameOriginRequest({ secFetchSite: site, host }), site).toBe(false);
  });

  it('compares Origin with the Host header, or with APP_URL when it is set', () => {
    expect(isSameOriginRequest({ origin: `https://${host}`, host })).toBe(true);
    expect(isSameOriginRequest({ origin: `https://sub.${host}`, host })).toBe(false);
    expect(isSameOriginRequest({ origin: 'null', host })).toBe(false);
    expect(isSameOriginRequest({ origin: 'not a url', host })).toBe(false);
    expect(isSameOriginRequest({ origin: `https://${host}` })).toBe(false);
    expect(isSameOriginRequest({ origin: `https://${host}`, host: 'internal:3000' }, `https://${host}`)).toBe(true);
    expect(isSameOriginRequest({ origin: `http://${host}`, host }, `https://${host}`)).toBe(false);
  });

  it('lets requests that no page sent through (no Origin, no Sec-Fetch-Site)', () => {
    expect(isSameOriginRequest({ host })).toBe(true);
  });

  it('reads the forwarded host before Host', () => {
    const h = new Headers({ host: 'internal:3000', 'x-forwarded-host': host, origin: `https://${host}` });
    expect(originHeadersOf((n) => h.get(n))).toEqual({ origin: `https://${host}`, secFetchSite: null, host });
  });
});
