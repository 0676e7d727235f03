// Runs one parameter fit in a process of its own (fit-worker.ts) in Linux's idle scheduling
// class, so that everything a fit costs (the optimiser, which runs on libuv's thread pool and
// rayon's threads, the scoring in JavaScript and its heap's garbage-collection threads) is out of
// the server's process and gets a core only when nothing else wants it (docs/decisions/028). A
// worker thread could not do that: the thread pool and the GC threads are the whole process's,
// and ran at normal priority however low the worker's own thread was set.
// The fit processes are started by the fit launcher (fit-launcher-process.ts), one small process
// started once: a process started from the server itself stalled the server's event loop in
// fork() for as long as copying its page tables takes.
import 'server-only';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { assertWorkerFile, workerFile } from '../engine/engine';
import { fitProcessEnv } from '../env';
import type { LauncherEvent, LauncherRequest } from './fit-launcher-process';
import type { FitDone, FitReply, FitRequest } from './fit-worker';

/** A fit that takes longer is stuck: its process is killed and the job fails (to be tried again). */
const FIT_TIMEOUT_MS = 10 * 60_000;

/**
 * How the fit launcher is started: in the idle class (util-linux's chrt, present on every
 * Debian), else at the lowest nice value (coreutils), else as is. Every process it starts, and
 * every thread of those, inherits it.
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

interface Waiting {
  resolve: (done: FitProcessDone) => void;
  reject: (error: Error) => void;
  onStart?: (pid: number) => void;
}

interface Launcher {
  child: ChildProcess;
  waiting: Map<number, Waiting>;
  nextId: number;
}

const holder = globalThis as unknown as { jattaFitLauncher?: Launcher };

/** Starts the fit launcher now, while this process is small (the production server does so before anything else); otherwise the first fit starts it. */
export function startFitLauncher(): void {
  launcher();
}

/** The running launcher's process id, if one runs. */
export function fitLauncherPid(): number | undefined {
  return holder.jattaFitLauncher?.child.pid;
}

function launcher(): Launcher {
  const running = holder.jattaFitLauncher;
  if (running) return running;
  const code = workerFile('fit-launcher', 'server/scheduler-fit/fit-launcher-process.ts');
  assertWorkerFile(code);
  const how = fitLauncher();
  const child = spawn(how.command, [...how.args, ...(code.fromSource ? ['--import', 'tsx'] : []), code.file], {
    env: fitProcessEnv(),
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    serialization: 'advanced',
  });
  const started: Launcher = { child, waiting: new Map(), nextId: 0 };
  holder.jattaFitLauncher = started;
  // the launcher keeps this process alive only while a fit is waited for
  child.unref();
  child.channel?.unref();
  child.on('message', (event: LauncherEvent) => {
    const waiting = started.waiting.get(event.id);
    if (!waiting) return;
    if (event.type === 'started') return waiting.onStart?.(event.pid);
    if (event.type === 'reply') {
      const reply = event.reply as FitReply;
      if (reply.ok) waiting.resolve({ reviews: reply.reviews, trainItems: reply.trainItems, testItems: reply.testItems, fit: reply.fit, peakRssMb: reply.peakRssMb });
      else waiting.reject(new Error(`the fit failed: ${reply.message}`));
    } else if (event.type === 'failed') waiting.reject(new Error(`the fit process did not start: ${event.message}`));
    else waiting.reject(new Error(`the fit process exited (${event.signal ?? event.code})`));
  });
  const lost = (why: string) => {
    if (holder.jattaFitLauncher === started) delete holder.jattaFitLauncher;
    for (const waiting of started.waiting.values()) waiting.reject(new Error(why));
  };
  child.on('error', (e) => lost(`the fit launcher failed: ${e.message}`));
  child.once('exit', (code, signal) => lost(`the fit launcher exited (${signal ?? code})`));
  return started;
}

export async function fitInProcess(request: FitRequest, options: { onStart?: (pid: number) => void } = {}): Promise<FitProcessDone> {
  const worker = workerFile('fit-worker', 'server/scheduler-fit/fit-worker.ts');
  assertWorkerFile(worker);
  const to = launcher();
  const id = to.nextId++;
  // the launcher runs in the idle class already, and the fit's process inherits it
  const message: LauncherRequest = {
    type: 'fit',
    id,
    command: process.execPath,
    args: [...(worker.fromSource ? ['--conditions=react-server', '--import', 'tsx'] : []), worker.file],
    request,
  };
  return new Promise<FitProcessDone>((resolve, reject) => {
    const timer = setTimeout(() => {
      // a launcher that is gone took the fit's process with it
      to.child.send({ type: 'kill', id } satisfies LauncherRequest, () => {});
      settle(() => reject(new Error('the fit timed out')));
    }, FIT_TIMEOUT_MS);
    const settle = (then: () => void) => {
      if (!to.waiting.delete(id)) return;
      clearTimeout(timer);
      if (to.waiting.size === 0) to.child.channel?.unref();
      then();
    };
    to.waiting.set(id, {
      onStart: options.onStart,
      resolve: (done) => settle(() => resolve(done)),
      reject: (error) => settle(() => reject(error)),
    });
    to.child.channel?.ref();
    to.child.send(message, (error) => error && settle(() => reject(new Error(`the fit launcher is gone: ${error.message}`))));
  });
}
