import { describe, expect, it } from 'vitest';
import { addressKey, clientAddress, isTrustedProxy, NO_PROXY, parseTrustedProxies, plainAddress } from './client-address';

const behind = (list: string) => ({ proxies: parseTrustedProxies(list), hops: 0 });

describe('clientAddress', () => {
  it('is the socket’s address when no proxy is trusted, whatever X-Forwarded-For says', () => {
    expect(clientAddress('203.0.113.9', '1.2.3.4', NO_PROXY)).toBe('203.0.113.9');
    expect(clientAddress('::ffff:203.0.113.9', undefined, NO_PROXY)).toBe('203.0.113.9');
    expect(clientAddress('203.0.113.9', '1.2.3.4', behind('10.0.0.0/8'))).toBe('203.0.113.9');
  });

  it('reads X-Forwarded-For from the right through trusted proxies only', () => {
    const trust = behind('127.0.0.1, 10.0.0.0/8');
    expect(clientAddress('127.0.0.1', '198.51.100.7', trust)).toBe('198.51.100.7');
    // The client wrote the first entry itself: the proxy's own entry wins.
    expect(clientAddress('127.0.0.1', '1.1.1.1, 198.51.100.7', trust)).toBe('198.51.100.7');
    expect(clientAddress('127.0.0.1', '198.51.100.7, 10.1.2.3', trust)).toBe('198.51.100.7');
    // Garbage in the chain stops the walk at the last good hop.
    expect(clientAddress('127.0.0.1', 'nonsense', trust)).toBe('127.0.0.1');
    expect(clientAddress('::ffff:127.0.0.1', '2001:db8::1', trust)).toBe('2001:db8::1');
  });

  it('with a hop count, takes the entry that many from the right', () => {
    expect(clientAddress('10.0.0.2', '1.1.1.1, 198.51.100.7', { proxies: null, hops: 1 })).toBe('198.51.100.7');
    expect(clientAddress('10.0.0.2', '1.1.1.1, 198.51.100.7, 10.0.0.1', { proxies: null, hops: 2 })).toBe('198.51.100.7');
    expect(clientAddress('10.0.0.2', undefined, { proxies: null, hops: 1 })).toBe('10.0.0.2');
  });
});

describe('parseTrustedProxies', () => {
  it('takes addresses and CIDR ranges of both families and refuses anything else', () => {
    const list = parseTrustedProxies('127.0.0.1,10.0.0.0/8, ::1, 2001:db8::/32')!;
    expect(list.check('10.9.9.9')).toBe(true);
    expect(list.check('11.0.0.1')).toBe(false);
    expect(list.check('2001:db8:1::5', 'ipv6')).toBe(true);
    expect(parseTrustedProxies('')).toBeNull();
    for (const bad of ['localhost', '10.0.0.0/33', '10.0.0.0/8/1', '1.2.3']) expect(() => parseTrustedProxies(bad), bad).toThrow(/TRUSTED_PROXIES/);
  });

  it('tells trusted proxies from clients', () => {
    expect(isTrustedProxy('::ffff:127.0.0.1', behind('127.0.0.1'))).toBe(true);
    expect(isTrustedProxy('192.0.2.1', behind('127.0.0.1'))).toBe(false);
    expect(isTrustedProxy('192.0.2.1', NO_PROXY)).toBe(false);
  });
});

describe('addressKey', () => {
  it('counts IPv4 addresses alone and IPv6 ones by /64 network', () => {
    expect(addressKey('198.51.100.7')).toBe('198.51.100.7');
    expect(addressKey('2001:db8:0:1:aaaa::1')).toBe(addressKey('2001:0db8:0000:0001:ffff:1:2:3'));
    expect(addressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(plainAddress('[::1]')).toBe('::1');
  });
});
