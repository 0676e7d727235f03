// How the engine worker thread is started. bench:kazakh starts its measuring worker with the
// same options, so its figures are the engine's as the server runs it.
import type { WorkerOptions } from 'node:worker_threads';

export const ENGINE_WORKER_OPTIONS: Readonly<WorkerOptions> = {};
