// The shipped essay deck, built from data/ through lib/kazakh: complete, repaired, stable.
import { afterAll, describe, expect, it } from 'vitest';
import { analyze } from '@/lib/kazakh';
import { useTestDatabase } from '@/test/test-database';

const testDb = await useTestDatabase();
const { db } = await import('../db');
const { buildEssayDeck, ESSAY_DECK_ID } = await import('./essay-deck');
const { saveBuiltDeck } = await import('./save-built-deck');

afterAll(async () => {
  await db.$disconnect();
  await testDb.cleanup();
});

const { meta, build } = buildEssayDeck();
const cardText = build.notes.flatMap((n) => [n.kk, ...n.examples.map((e) => e.kk)]).join('\n');

describe('the essay deck', () => {
  it('glosses every content lemma and translates every sentence in Russian and English', () => {
    expect(build.missing.glosses).toEqual([]);
    expect(build.missing.translations).toEqual([]);
    expect(build.report.glossedRu).toBe(build.report.contentLemmas);
    expect(build.report.glossedEn).toBe(build.report.contentLemmas);
    expect(build.report.translatedRu).toBe(build.report.sentences);
    expect(build.report.translatedEn).toBe(build.report.sentences);
    expect(build.report.contentLemmas).toBeGreaterThan(300);
  });

  it('shows the repaired essay: no run-together words, no Russian letters for Kazakh ones', () => {
    for (const runTogether of ['елдерініңсаясиқұрылымындағыәулеттікбөлініп', 'Сондықтаносыаймақтааймақтық', 'интеграцияныжүзегеасырудағықиындықтардыанықтайды', 'КСРО-данинтеграциялық']) {
      expect(cardText).not.toContain(runTogether);
    }
    for (const misspelt of ['Сондыктан', 'аймактың', 'кажет ', 'тандап', 'жаһаңдану']) {
      expect(cardText).not.toContain(misspelt);
    }
    expect(cardText).not.toMatch(/\.\.[А-ЯӘҒҚҢӨҰҮҺІ]/);
    expect(cardText).not.toMatch(/\[\d+\]/);
  });

  it('has no word in its card text longer than any real Kazakh word form unless the analyser knows it', () => {
    const long = [...new Set(cardText.match(/[\p{L}-]{26,}/gu) ?? [])].filter((w) => analyze(w).every((a) => a.guess));
    expect(long).toEqual([]);
  });

  it('makes cloze cards whose blank is exactly a token of the sentence', () => {
    const clozes = build.cards.filter((c) => c.type === 'cloze');
    expect(clozes.length).toBeGreaterThan(100);
    for (const c of clozes) {
      const d = c.data as { sentence: string; start: number; end: number };
      const blank = d.sentence.slice(d.start, d.end);
      // One token, or the tokens of a multi-word expression (сонымен қатар).
      expect(blank).toMatch(/^[\p{L}\p{N}-]+((?: | – )[\p{L}\p{N}-]+)*$/u);
      expect(d.start === 0 || /[\s«(–"]/.test(d.sentence[d.start - 1]!)).toBe(true);
      expect(d.end === d.sentence.length || /[\s.,;:!?»)–"]/.test(d.sentence[d.end]!)).toBe(true);
    }
  });

  it('has every card type and keeps ids stable across builds', () => {
    const types = new Set(build.cards.map((c) => c.type));
    expect([...types].sort()).toEqual(['cloze', 'production', 'recognition', 'sentence']);
    const again = buildEssayDeck().build;
    expect(again.notes.map((n) => n.id)).toEqual(build.notes.map((n) => n.id));
    expect(again.cards.map((c) => c.id)).toEqual(build.cards.map((c) => c.id));
    expect(new Set(build.cards.map((c) => c.id)).size).toBe(build.cards.length);
  });

  it('seeds idempotently: a second save changes nothing', async () => {
    const first = await saveBuiltDeck(db, meta, build, new Date());
    expect(first.cards.created).toBe(build.cards.length);
    const second = await saveBuiltDeck(db, meta, build, new Date());
    expect(second.notes).toEqual({ created: 0, updated: 0, removed: 0, unchanged: build.notes.length });
    expect(second.cards).toEqual({ created: 0, updated: 0, removed: 0, unchanged: build.cards.length });
    expect(await db.card.count({ where: { deckId: ESSAY_DECK_ID, deletedAt: null } })).toBe(build.cards.length);
  });
});
