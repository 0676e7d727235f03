// Finding 10: no CSV that Jatta writes starts a cell with a formula.
import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { parseCsv } from '@/server/teach/csv';
import { db, send, servers, signUp } from './helpers';

const FORMULAS = ['=HYPERLINK("https://evil.example","click")', '+1+2', '-3+4', '@SUM(1)', '\tx', '\r=1'];

it('finding 10: a deck’s CSV export neutralises cells that start a formula', async () => {
  const teacher = await signUp({ role: 'teacher', prefix: 'csv' });
  const deckId = `t-${randomUUID()}`;
  const now = new Date().toISOString().replace('Z', '+00:00');
  db().prepare(`INSERT INTO Deck (id, ownerId, title, description, visibility, createdAt, updatedAt) VALUES (?, ?, 'Formulas', '', 'private', ?, ?)`).run(deckId, teacher.id, now, now);
  const insert = db().prepare(`INSERT INTO Note (id, deckId, kind, kk, headword, upos, ru, en, examples, sortOrder, createdAt, updatedAt) VALUES (?, ?, 'word', ?, ?, 'NOUN', ?, ?, ?, ?, ?, ?)`);
  FORMULAS.forEach((f, i) => {
    const examples = JSON.stringify([{ kk: f, ru: f, en: f }]);
    insert.run(`${deckId}-${i}`, deckId, f, f, f, f, examples, i, now, now);
  });

  const res = await send(servers.a, `/en/teach/decks/${deckId}/csv`, { headers: { cookie: teacher.cookie } });
  expect(res.status).toBe(200);
  const parsed = parseCsv(res.text);
  if (!parsed.ok) throw new Error(parsed.error);
  const text = parsed.records.slice(1).flatMap((r) => r.fields).filter((c) => c !== 'NOUN');
  expect(text.length).toBe(FORMULAS.length * 6);
  for (const cell of text) expect(cell, JSON.stringify(cell)).toMatch(/^'/);
});
