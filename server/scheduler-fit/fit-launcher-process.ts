// The fit launcher's entry (fit-in-process.ts starts it, once, while the server is still small):
// a small process whose only work is to start each fit's process and pass its request and reply
// along. Starting a process from the server copies the server's page tables in fork(), on its
// event loop: 3 ms at 158 MB resident, 17 ms at 345 MB, 47 ms at 1.1 GB, measured
// (docs/decisions/028). From here it costs the server nothing.
// It runs in the fit's scheduling class, which every process it starts inherits.
// Bundled into dist/fit-launcher.mjs by `npm run build`; run from source through tsx elsewhere.
import { spawn, type ChildProcess } from 'node:child_process';

export type LauncherRequest =
  | { type: 'fit'; id: number; command: string; args: string[]; request: unknown }
  | { type: 'kill'; id: number };
export type LauncherEvent =
  | { type: 'started'; id: number; pid: number }
  | { type: 'reply'; id: number; reply: unknown }
  | { type: 'failed'; id: number; message: string }
  | { type: 'exited'; id: number; code: number | null; signal: string | null };

const children = new Map<number, ChildProcess>();
const tell = (event: LauncherEvent) => process.send?.(event);

process.on('message', (m: LauncherRequest) => {
  if (m.type === 'kill') {
    children.get(m.id)?.kill('SIGKILL');
    return;
  }
  const { id } = m;
  const child = spawn(m.command, m.args, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], serialization: 'advanced' });
  children.set(id, child);
  child.once('spawn', () => child.pid && tell({ type: 'started', id, pid: child.pid }));
  child.once('message', (reply) => tell({ type: 'reply', id, reply }));
  child.once('error', (e) => tell({ type: 'failed', id, message: e.message }));
  child.once('exit', (code, signal) => {
    children.delete(id);
    tell({ type: 'exited', id, code, signal });
  });
  child.send(m.request as object);
});

// the server is gone (SIGKILL included): nobody waits for these fits any more
process.once('disconnect', () => {
  for (const child of children.values()) child.kill('SIGKILL');
  process.exit(1);
});
