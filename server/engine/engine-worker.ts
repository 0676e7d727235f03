// The engine worker's entry: runs the tasks of server/engine/tasks.ts one message at a time,
// off the server's event loop. Bundled into dist/engine-worker.mjs by `npm run build`; run
// from source through tsx elsewhere (engine.ts).
import { parentPort } from 'node:worker_threads';
import { engineTasks, type EngineTasks } from './tasks';

export interface EngineRequest {
  id: number;
  task: keyof EngineTasks;
  input: unknown;
}
export type EngineReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; message: string };

parentPort!.on('message', (m: EngineRequest) => {
  let reply: EngineReply;
  try {
    const run = engineTasks[m.task] as (input: unknown) => unknown;
    reply = { id: m.id, ok: true, value: run(m.input) };
  } catch (error) {
    reply = { id: m.id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(reply);
});
