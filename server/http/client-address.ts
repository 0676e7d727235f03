// Who is on the other end of a request. The address is the socket's, unless the socket is
// a proxy named in configuration: then X-Forwarded-For is read from the right, one trusted
// hop at a time, and the first address not trusted is the client (entries further left
// were written by the client and prove nothing). Free of Next: the production server
// stamps the answer on each request before Next sees it (server/http/front-door.ts).
import { BlockList, isIP } from 'node:net';

export interface ProxyTrust {
  /** Proxies whose X-Forwarded-For entries are believed (IP addresses or CIDR ranges). */
  proxies: BlockList | null;
  /** Or: exactly this many proxies always stand in front (each appends one entry). */
  hops: number;
}

export const NO_PROXY: ProxyTrust = { proxies: null, hops: 0 };

/** "::ffff:10.0.0.1" → "10.0.0.1"; anything that is not an IP address → null. */
export function plainAddress(value: string | null | undefined): string | null {
  if (!value) return null;
  let a = value.trim();
  if (a.startsWith('[') && a.endsWith(']')) a = a.slice(1, -1);
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(a);
  if (mapped) a = mapped[1]!;
  return isIP(a) ? a.toLowerCase() : null;
}

/** Parses TRUSTED_PROXIES ("127.0.0.1, 10.0.0.0/8, ::1"); throws on an entry that is neither. */
export function parseTrustedProxies(list: string): BlockList | null {
  const entries = list.split(',').map((s) => s.trim()).filter(Boolean);
  if (!entries.length) return null;
  const blocks = new BlockList();
  for (const entry of entries) {
    const [address, prefix, extra] = entry.split('/');
    const plain = plainAddress(address);
    const family = plain && isIP(plain) === 6 ? 'ipv6' : 'ipv4';
    const bits = prefix === undefined ? (family === 'ipv6' ? 128 : 32) : Number(prefix);
    if (!plain || extra !== undefined || !/^\d*$/.test(prefix ?? '') || bits > (family === 'ipv6' ? 128 : 32)) {
      throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range`);
    }
    blocks.addSubnet(plain, bits, family);
  }
  return blocks;
}

function trusted(address: string, proxies: BlockList): boolean {
  return proxies.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4');
}

/** The client's address for a request from `socketAddress` carrying `forwardedFor`. */
export function clientAddress(socketAddress: string | undefined, forwardedFor: string | undefined, trust: ProxyTrust): string {
  const socket = plainAddress(socketAddress) ?? 'unknown';
  if (!forwardedFor || (!trust.proxies && trust.hops === 0)) return socket;
  const chain = forwardedFor.split(',').map((s) => s.trim()).filter(Boolean);
  if (trust.hops > 0) {
    // The socket is the last of `hops` proxies; each wrote the address it saw.
    return plainAddress(chain[Math.max(0, chain.length - trust.hops)]) ?? socket;
  }
  let address = socket;
  for (let i = chain.length - 1; i >= 0 && trusted(address, trust.proxies!); i--) {
    const hop = plainAddress(chain[i]);
    if (!hop) break;
    address = hop;
  }
  return address;
}

/** Whether `socketAddress` is a trusted proxy (its X-Forwarded-Host and -Proto count). */
export function isTrustedProxy(socketAddress: string | undefined, trust: ProxyTrust): boolean {
  if (trust.hops > 0) return true;
  const socket = plainAddress(socketAddress);
  return !!socket && !!trust.proxies && trusted(socket, trust.proxies);
}

/** What limits count by: an IPv4 address, or the /64 network of an IPv6 one (one customer's). */
export function addressKey(address: string): string {
  if (isIP(address) !== 6) return address;
  const [head = '', tail = ''] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = address.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}
