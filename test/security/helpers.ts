// What the security tests send and read: raw HTTP (any header, any body), accounts made
// through the public API, and the database the servers share, opened read-write.
import Database from 'better-sqlite3';
import { randomInt, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http, { type IncomingHttpHeaders } from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { inject } from 'vitest';

export const servers = inject('servers');

export interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  /** Cookies set by the answer, as `name=value`. */
  cookies: string[];
  json<T = unknown>(): T;
}

export interface Sent {
  method?: string;
  headers?: Record<string, string | number>;
  body?: string | Buffer;
  timeoutMs?: number;
}

export function send(base: string, path: string, { method = 'GET', headers = {}, body, timeoutMs = 30_000 }: Sent = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${base}${path}`, { method, headers, timeout: timeoutMs, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          text,
          cookies: (res.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]!),
          json: <T>() => JSON.parse(text) as T,
        });
      });
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`timeout: ${method} ${path}`)));
    req.on('error', reject);
    req.end(body);
  });
}

export const postJson = (base: string, path: string, data: unknown, headers: Record<string, string> = {}) =>
  send(base, path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(data) });

/** A client address of its own (random, in 10.0.0.0/8) for each caller, spoken through server b. */
export function newAddress(): string {
  const n = randomInt(1, 2 ** 24 - 1);
  return `10.${n >> 16}.${(n >> 8) & 255}.${n & 255}`;
}

export interface Account {
  id: string;
  email: string;
  password: string;
  name: string;
  cookie: string;
}

export function cookieHeader(cookies: string[]): string {
  return cookies.filter((c) => c.startsWith('better-auth.') || c.startsWith('__Secure-better-auth.')).join('; ');
}

/** Signs up through server b's API, from an address of its own. */
export async function signUp(options: { role?: 'learner' | 'teacher'; address?: string; prefix?: string } = {}): Promise<Account> {
  const name = `${options.prefix ?? 'sec'}-${randomUUID().slice(0, 8)}`;
  const email = `${name}@example.test`;
  const password = `pw-${randomUUID()}`;
  const res = await postJson(servers.b, '/api/auth/sign-up/email', { name, email, password, role: options.role ?? 'learner' }, { 'x-forwarded-for': options.address ?? newAddress() });
  if (res.status !== 200) throw new Error(`sign-up ${res.status}: ${res.text}`);
  return { id: res.json<{ user: { id: string } }>().user.id, email, password, name, cookie: cookieHeader(res.cookies) };
}

export async function signIn(base: string, email: string, password: string, headers: Record<string, string> = {}): Promise<Answer> {
  return postJson(base, '/api/auth/sign-in/email', { email, password }, headers);
}

let database: Database.Database | null = null;
/** The database both servers use. */
export function db(): Database.Database {
  database ??= new Database(servers.dbFile, { timeout: 5_000 });
  return database;
}

/** No stack trace, no file path of the server, no internal error text in an answer. */
export function leaksInternals(text: string): boolean {
  return /\bat [\w$.<>]+ \(|node_modules|\/work\/|\.tsx?\b|\.m?js:\d|Error: |prisma|SQLITE/i.test(text);
}

let manifest: Record<string, { exportedName?: string }> | null = null;
/** A server action's id, from the build's manifest. */
export function actionId(name: string): string {
  manifest ??= (JSON.parse(readFileSync(path.join(import.meta.dirname, '../../.next/server/server-reference-manifest.json'), 'utf8')) as { node: Record<string, { exportedName?: string }> }).node;
  const id = Object.entries(manifest).find(([, v]) => v.exportedName === name)?.[0];
  if (!id) throw new Error(`no server action ${name} in the build`);
  return id;
}

/**
 * Calls a server action as React's client does: `args` encoded as JSON, a FormData argument
 * written as "$K1" with its entries in parts named `_1_<name>`.
 */
export async function callAction(base: string, page: string, name: string, args: unknown[], form?: Record<string, string | Blob>, headers: Record<string, string> = {}): Promise<Answer> {
  const root = JSON.stringify(args.map((a) => (a === FORM ? '$K1' : a === undefined ? '$undefined' : a)));
  const common = { 'next-action': actionId(name), accept: 'text/x-component', ...headers };
  if (!form) return send(base, page, { method: 'POST', headers: { 'content-type': 'text/plain;charset=UTF-8', ...common }, body: root });
  const data = new FormData();
  for (const [k, v] of Object.entries(form)) data.append(`_1_${k}`, v);
  data.append('0', root);
  const encoded = new Request('http://x/', { method: 'POST', body: data });
  const body = Buffer.from(await encoded.arrayBuffer());
  return send(base, page, { method: 'POST', headers: { 'content-type': encoded.headers.get('content-type')!, 'content-length': body.length, ...common }, body });
}
/** Where a FormData argument goes in callAction's `args`. */
export const FORM = Symbol('form');

/**
 * Sends a request's head and the first bytes of a body it says is `declaredLength` long, and
 * reads the answer the server gives before the rest arrives (an upload refused at once).
 */
export function sendStart(base: string, path: string, headers: Record<string, string>, declaredLength: number, start: Buffer): Promise<{ status: number; headers: Record<string, string>; text: string }> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(url.port), url.hostname);
    const chunks: Buffer[] = [];
    socket.on('connect', () => {
      const head = [`POST ${path} HTTP/1.1`, `Host: ${url.host}`, `Content-Length: ${declaredLength}`, ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`), '', ''].join('\r\n');
      socket.write(head);
      socket.write(start);
    });
    socket.on('data', (c: Buffer) => {
      chunks.push(c);
      const all = Buffer.concat(chunks).toString('utf8');
      const end = all.indexOf('\r\n\r\n');
      if (end < 0) return;
      const [statusLine, ...lines] = all.slice(0, end).split('\r\n');
      const h = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
      const body = all.slice(end + 4);
      if (Buffer.byteLength(body) >= Number(h['content-length'] ?? 0)) {
        socket.destroy();
        resolve({ status: Number(statusLine!.split(' ')[1]), headers: h, text: body });
      }
    });
    socket.on('error', reject);
    setTimeout(() => {
      socket.destroy();
      reject(new Error('no answer'));
    }, 15_000);
  });
}
