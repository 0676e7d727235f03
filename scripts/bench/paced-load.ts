// An open-loop load generator: requests start on a fixed schedule (rate per second) whatever
// the server's answers, over at most `connections` keep-alive sockets. Latency is measured
// from each request's scheduled start, so time spent queued behind a slow answer counts
// (no coordinated omission). autocannon's own rate option sends each second's quota in a
// burst at the start of the second, which measures bursts rather than a steady rate.
import http from 'node:http';

export interface PacedRequest {
  /** The caller's own label for the request (not sent). */
  tag: string;
  /** POST by default */
  method?: string;
  path: string;
  headers: Record<string, string>;
  body: string;
}

export interface PacedResult {
  sent: number;
  answered: number;
  /** Answers by status code. */
  statuses: Record<number, number>;
  errors: number;
  /** Requests still unanswered when the run ended. */
  unanswered: number;
  /** Measured wall time: from the first counted request's scheduled start to the last answer. */
  seconds: number;
  /**
   * Over every counted request: an unanswered one counts with the time it had waited when the
   * run ended, a failed one with the time until it failed; none is left out.
   */
  latencyMs: { p50: number; p90: number; p99: number; max: number };
  /** every counted request's latency, sorted */
  samplesMs: number[];
}

/** p50/p90/p99/max of sorted samples, rounded to 0.1 ms. */
export function latencySummary(sorted: number[]): PacedResult['latencyMs'] {
  const round = (x: number) => Math.round(x * 10) / 10;
  return {
    p50: round(percentile(sorted, 50)),
    p90: round(percentile(sorted, 90)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted[sorted.length - 1] ?? 0),
  };
}

/** The p-th percentile (0–100) of ascending values; 0 for none. */
export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export async function pacedLoad(options: {
  base: string;
  rate: number;
  seconds: number;
  /** Seconds at the same rate before measuring: connections open, code warms up. Not counted. */
  warmupSeconds?: number;
  connections: number;
  next: () => PacedRequest;
  onAnswer: (request: PacedRequest, status: number) => void;
}): Promise<PacedResult> {
  const url = new URL(options.base);
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.connections });
  const warmup = Math.round(options.rate * (options.warmupSeconds ?? 0));
  const total = warmup + Math.round(options.rate * options.seconds);
  const gapMs = 1000 / options.rate;
  const latencies: number[] = [];
  const statuses: Record<number, number> = {};
  let sent = 0;
  let answered = 0;
  let errors = 0;
  let lastAnswerAt = 0;
  const pending = new Set<number>();
  const start = performance.now();
  const measuredFrom = start + warmup * gapMs;

  const fire = (scheduledAt: number, counted: boolean) => {
    const request = options.next();
    if (counted) sent++;
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        method: request.method ?? 'POST',
        path: request.path,
        agent,
        headers: { ...request.headers, 'content-length': Buffer.byteLength(request.body) },
      },
      (res) => {
        res.resume();
        res.on('end', () => {
          options.onAnswer(request, res.statusCode ?? 0);
          if (!counted) return;
          lastAnswerAt = performance.now();
          latencies.push(lastAnswerAt - scheduledAt);
          answered++;
          statuses[res.statusCode ?? 0] = (statuses[res.statusCode ?? 0] ?? 0) + 1;
        });
      },
    );
    req.on('error', () => {
      if (!counted) return;
      errors++;
      latencies.push(performance.now() - scheduledAt);
    });
    if (counted) pending.add(scheduledAt);
    req.on('close', () => pending.delete(scheduledAt));
    req.end(request.body);
  };

  await new Promise<void>((resolve) => {
    let i = 0;
    const tick = () => {
      const now = performance.now();
      while (i < total && start + i * gapMs <= now) {
        fire(start + i * gapMs, i >= warmup);
        i++;
      }
      if (i < total) setTimeout(tick, Math.max(0, start + i * gapMs - performance.now()));
      else resolve();
    };
    tick();
  });
  // Let the last requests finish (bounded), then stop.
  const until = performance.now() + 5_000;
  while (answered + errors < sent && performance.now() < until) await new Promise((r) => setTimeout(r, 10));
  const end = performance.now();
  for (const scheduledAt of pending) latencies.push(end - scheduledAt);
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    sent,
    answered,
    statuses,
    errors,
    unanswered: sent - answered - errors,
    seconds: Math.max(options.seconds, (Math.max(lastAnswerAt, measuredFrom) - measuredFrom) / 1000),
    latencyMs: latencySummary(latencies),
    samplesMs: latencies,
  };
}
