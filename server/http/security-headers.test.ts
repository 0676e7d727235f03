import { describe, expect, it } from 'vitest';
import { newNonce, pagePolicy, securityHeaders } from './security-headers';

describe('security headers', () => {
  it('a page policy allows scripts only with its nonce, eval only in development', () => {
    const prod = pagePolicy('abc', { dev: false, https: false });
    expect(prod).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic';");
    expect(prod).not.toContain('unsafe-eval');
    expect(prod).not.toContain('upgrade-insecure-requests');
    expect(pagePolicy('abc', { dev: true, https: false })).toContain("'unsafe-eval'");
    expect(pagePolicy('abc', { dev: false, https: true })).toContain('upgrade-insecure-requests');
    expect(newNonce()).not.toBe(newNonce());
    expect(newNonce()).toMatch(/^[A-Za-z0-9+/]{24}$/);
  });

  it('HSTS only over HTTPS', () => {
    expect(securityHeaders(false)['strict-transport-security']).toBeUndefined();
    expect(securityHeaders(true)['strict-transport-security']).toContain('max-age=31536000');
    expect(securityHeaders(false)['x-frame-options']).toBe('DENY');
  });
});
