// A throwaway PostgreSQL cluster driven from a script (the outage test): start, stop at once
// (as a crash or a lost machine would), start again on the same data.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

function pgBin(): string {
  const versions = readdirSync('/usr/lib/postgresql').sort((a, b) => Number(a) - Number(b));
  return `/usr/lib/postgresql/${versions[versions.length - 1]}/bin`;
}

function asPostgres(cmd: string, args: string[]): void {
  const isRoot = process.getuid?.() === 0;
  execFileSync(isRoot ? 'runuser' : cmd, isRoot ? ['-u', 'postgres', '--', cmd, ...args] : args, { stdio: 'ignore' });
}

export interface Cluster {
  url: string;
  start(): void;
  /** `pg_ctl stop -m immediate`: the server goes away without a clean shutdown. */
  crash(): void;
  stop(): void;
}

export function throwawayCluster(port: number): Cluster {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'jatta-pg-'));
  execFileSync('bash', ['scripts/pg/throwaway-cluster.sh', dir, String(port)], { stdio: ['ignore', 'ignore', 'inherit'] });
  const ctl = path.join(pgBin(), 'pg_ctl');
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    start: () => asPostgres(ctl, ['-D', dir, '-w', '-l', `${dir}/log`, '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`, 'start']),
    crash: () => asPostgres(ctl, ['-D', dir, '-m', 'immediate', 'stop']),
    stop: () => {
      try {
        asPostgres(ctl, ['-D', dir, '-m', 'fast', 'stop']);
      } catch {
        // already stopped
      }
    },
  };
}
