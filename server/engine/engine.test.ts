// The engine worker, started from source as in development and tests.
import { afterAll, describe, expect, it } from 'vitest';
import { threadId } from 'node:worker_threads';
import { engineWorkerFile, runInEngine, stopEngine } from './engine';

afterAll(stopEngine);

describe('runInEngine', () => {
  it('runs the engine in its worker and answers with plain data', async () => {
    expect(await runInEngine('lemmas', { q: 'мектептерде' })).toContain('мектеп');
    const view = await runInEngine('analyse', { text: 'Біздің ауылда үлкен мектеп бар. Балалар мектепке барады.', rejected: [] });
    expect(view.rows.map((r) => r.lemma)).toContain('мектеп');
    expect(threadId).toBe(0);
  });

  it('passes a task’s failure on, and starts a new worker after losing one', async () => {
    await expect(runInEngine('csvNotes', null as never)).rejects.toThrow(/engine task failed/);
    await stopEngine();
    expect(await runInEngine('lemmas', { q: 'кітаптар' })).toContain('кітап');
  });

  it('runs the production build’s bundle under npm start and the source elsewhere', () => {
    expect(engineWorkerFile(true).file).toMatch(/dist\/engine-worker\.mjs$/);
    expect(engineWorkerFile(false)).toMatchObject({ fromSource: true, file: expect.stringMatching(/server\/engine\/engine-worker\.ts$/) });
  });
});
