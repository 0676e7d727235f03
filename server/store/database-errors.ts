// Which failures mean "the database is not there" (answered 503, retried by clients) rather
// than a bug, and how to say so in one line.

const UNAVAILABLE_CODES = new Set([
  // Node sockets
  'ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH',
  // PostgreSQL: connection exceptions, shutdown, too many connections, cannot connect now
  '08000', '08001', '08003', '08004', '08006', '57P01', '57P02', '57P03', '53300',
  // SQLite: busy for longer than we wait
  'SQLITE_BUSY', 'SQLITE_LOCKED',
]);

function codeOf(error: unknown): string | undefined {
  const e = error as { code?: unknown; cause?: unknown } | null;
  if (typeof e?.code === 'string') return e.code;
  if (e?.cause) return codeOf(e.cause);
  return undefined;
}

/** Whether the error says the database is unreachable or overloaded (a retry may succeed). */
export function isDatabaseUnavailable(error: unknown): boolean {
  const code = codeOf(error);
  if (code && UNAVAILABLE_CODES.has(code)) return true;
  const message = String((error as { message?: unknown } | null)?.message ?? '');
  return /Connection terminated|connection timeout|Client has encountered a connection error|the database system is (starting up|shutting down)/i.test(message);
}

export function describeDatabaseError(error: unknown): string {
  const code = codeOf(error);
  const message = String((error as { message?: unknown } | null)?.message ?? error);
  if (isDatabaseUnavailable(error)) {
    return `cannot reach the database named by DATABASE_URL (${code ?? 'connection failed'}): ${message || 'no answer'}. Is the server running, and is DATABASE_URL right?`;
  }
  if (code === '28P01' || code === '28000') return `the database refused the credentials in DATABASE_URL: ${message}`;
  if (code === '3D000') return `the database named in DATABASE_URL does not exist: ${message}`;
  return message;
}
