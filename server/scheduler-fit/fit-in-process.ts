// Runs one parameter fit in a process of its own (fit-worker.ts) in Linux's idle scheduling
// class, so that everything a fit costs (the optimiser, which runs on libuv's thread pool and
// rayon's threads, the scoring in JavaScript and its heap's garbage-collection threads) is out of
// the server's process and gets a core only when nothing else wants it (docs/decisions/028). A
// worker thread could not do that: the thread pool and the GC threads are the whole process's,
// and ran at normal priority however low the worker's own thread was set.
import 'server-only';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { assertWorkerFile, workerFile } from '../engine/engine';
import { fitProcessEnv } from '../env';
import type { FitDone, FitReply, FitRequest } from './fit-worker';

/** A fit that takes longer is stuck: its process is killed and the job fails (to be tried again). */
const FIT_TIMEOUT_MS = 10 * 60_000;

/**
 * How the fit's process is started: in the idle class (util-linux's chrt, present on every
 * Debian), else at the lowest nice value (coreutils), else as is. Every thread the process starts
 * inherits it.
 */
export function fitLauncher(exists: (file: string) => boolean = existsSync): { command: string; args: string[] } {
  if (exists('/usr/bin/chrt')) return { command: '/usr/bin/chrt', args: ['--idle', '0', process.execPath] };
  if (exists('/usr/bin/nice')) return { command: '/usr/bin/nice', args: ['-n', '19', process.execPath] };
  return { command: process.execPath, args: [] };
}

export interface FitProcessDone extends FitDone {
  /** the fit process's peak resident memory */
  peakRssMb: number;
}

export function fitInProcess(request: FitRequest, options: { onStart?: (pid: number) => void } = {}): Promise<FitProcessDone> {
  const { file, fromSource } = workerFile('fit-worker', 'server/scheduler-fit/fit-worker.ts');
  try {
    assertWorkerFile({ file, fromSource });
  } catch (error) {
    return Promise.reject(error);
  }
  const launcher = fitLauncher();
  const child = spawn(launcher.command, [...launcher.args, ...(fromSource ? ['--conditions=react-server', '--import', 'tsx'] : []), file], {
    env: fitProcessEnv(),
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    serialization: 'advanced',
  });
  return new Promise<FitProcessDone>((resolve, reject) => {
    let settled = false;
    const settle = (then: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      then();
    };
    const timer = setTimeout(() => settle(() => {
      child.kill('SIGKILL');
      reject(new Error('the fit timed out'));
    }), FIT_TIMEOUT_MS);
    child.once('spawn', () => child.pid && options.onStart?.(child.pid));
    child.once('message', (reply: FitReply) => settle(() => {
      if (reply.ok) resolve({ reviews: reply.reviews, trainItems: reply.trainItems, testItems: reply.testItems, fit: reply.fit, peakRssMb: reply.peakRssMb });
      else reject(new Error(`the fit failed: ${reply.message}`));
    }));
    child.once('error', (e) => settle(() => reject(e)));
    child.once('exit', (code, signal) => settle(() => reject(new Error(`the fit process exited (${signal ?? code})`))));
    child.send(request);
  });
}
