import { describe, expect, it } from 'vitest';
import { readText } from '../kazakh';
import { wordNoteId } from '../decks';
import { buildReaderView, MAX_PART_WORDS, readerPart, readerSummary, summaryWith, type ReaderNote, type ReaderView } from './index';

// A text of paragraphs of three to five sentences (the essay itself is one part: server/reader/essay-reading.test.ts).
const SENTENCES = [
  'Орталық Азия елдерінің интеграциясы күшейіп келеді.',
  'Мемлекеттер арасындағы сауда жыл сайын өсуде.',
  'Біздің ауылда үлкен мектеп бар.',
  'Балалар мектепке барады.',
  'Аймақтағы ынтымақтастық бейбітшілікке жол ашады.',
  'Жаңа жолдар мен темір жолдар салынып жатыр.',
  'Су ресурстарын бірлесіп басқару маңызды мәселе болып отыр.',
  'Көршілес елдердің басшылары жиі кездеседі.',
];
const essay = Array.from({ length: 80 }, (_, p) => Array.from({ length: 3 + (p % 3) }, (_, k) => SENTENCES[(p * 3 + k) % SENTENCES.length]).join(' ')).join('\n\n');

/** A view where every lemma of the text has a note with cards, none studied yet. */
function viewOf(text: string): ReaderView {
  const reading = readText(text);
  const notes = new Map<string, ReaderNote>();
  for (const w of reading.words) {
    const { lemma, upos } = w.analysis;
    const id = wordNoteId('d', lemma, upos);
    if (!notes.has(id)) notes.set(id, { id, kind: 'word', kk: lemma, lemma, upos, headword: lemma, ru: `ru:${lemma}`, en: `en:${lemma}`, cards: 3, progress: null, due: null });
  }
  return buildReaderView({ deckId: 'd', reading, notes: [...notes.values()] });
}

/** Each word of a view as the learner meets it: its text, its lemma and its build. */
const wordsOf = (v: ReaderView) =>
  Array.from({ length: v.words.length / 3 }, (_, i) => {
    const form = v.forms[v.words[i * 3 + 2]!]!;
    return { text: v.text.slice(v.words[i * 3]!, v.words[i * 3 + 1]!), lemma: v.lemmas[form.lemma]!, segments: form.segments };
  });

function allParts(view: ReaderView, max: number) {
  const first = readerPart(view, 0, max)!;
  return Array.from({ length: first.parts }, (_, p) => readerPart(view, p, max)!);
}

const whole = viewOf(essay);

describe('readerPart', () => {
  it('keeps a text of up to MAX_PART_WORDS words in one part, the same view as the whole text', () => {
    expect(whole.words.length / 3).toBeGreaterThan(1000);
    expect(whole.words.length / 3).toBeLessThanOrEqual(MAX_PART_WORDS);
    const only = readerPart(whole, 0)!;
    expect(only).toMatchObject({ part: 0, parts: 1, firstWord: 0 });
    expect(only.view).toEqual(whole);
    expect(readerPart(whole, 1)).toBeNull();
  });

  it('cuts a long text at paragraphs or sentences, every word once, with its own lemma and build', () => {
    const max = 300;
    const parts = allParts(whole, max);
    expect(parts.length).toBeGreaterThanOrEqual(Math.ceil(whole.words.length / 3 / max));
    const wholeWords = wordsOf(whole);
    const sentenceStarts = new Set(whole.sentences.filter((_, i) => i % 2 === 0));
    const paragraphStarts = new Set(whole.paragraphs.map((s) => whole.sentences[s * 2]!));
    let next = 0;
    let atParagraph = 0;
    for (const p of parts) {
      const count = p.view.words.length / 3;
      expect(count).toBeGreaterThan(0);
      expect(count).toBeLessThanOrEqual(max);
      expect(p.firstWord).toBe(next);
      expect(wordsOf(p.view)).toEqual(wholeWords.slice(next, next + count));
      // where the part begins in the whole text: a sentence's start (these sentences are short)
      const begins = whole.words[p.firstWord * 3]! - p.view.words[0]!;
      expect(p.view.text).toBe(whole.text.slice(begins, begins + p.view.text.length));
      if (p.part > 0) expect(sentenceStarts.has(begins)).toBe(true);
      if (paragraphStarts.has(begins)) atParagraph++;
      expect(p.view.paragraphs[0]).toBe(0);
      expect(p.view.translations.length).toBe(p.view.sentences.length / 2);
      expect(p.running.length).toBe(p.view.lemmas.length);
      next += count;
    }
    expect(next).toBe(wholeWords.length);
    // the paragraphs are shorter than half a part: most cuts fall on one
    expect(atParagraph).toBeGreaterThan(parts.length / 2);
    expect(parts.map((p) => p.view.text).join('').replace(/\s+/g, '')).toBe(whole.text.replace(/\s+/g, ''));
  });

  it('cuts a text without full stops inside its sentence, every part at most the limit', () => {
    const run = viewOf(essay.replace(/[.!?…]/g, '').replace(/\s*\n\s*/g, ' '));
    expect(run.sentences.length / 2).toBeLessThan(5);
    const max = 250;
    const parts = allParts(run, max);
    const all = wordsOf(run);
    expect(parts.slice(0, -1).every((p) => p.view.words.length / 3 === max)).toBe(true);
    expect(parts.flatMap((p) => wordsOf(p.view)).map((w) => w.text)).toEqual(all.map((w) => w.text));
    for (const p of parts) {
      for (let s = 0; s < p.view.sentences.length; s += 2) {
        expect(p.view.sentences[s]!).toBeGreaterThanOrEqual(0);
        expect(p.view.sentences[s + 1]!).toBeLessThanOrEqual(p.view.text.length);
      }
    }
  });

  it('has no part outside the text', () => {
    const count = readerPart(whole, 0, 300)!.parts;
    for (const bad of [-1, count, 1.5, Number.NaN]) expect(readerPart(whole, bad, 300)).toBeNull();
  });
});

describe('summaryWith', () => {
  it('is the whole text\'s summary after a word of one part is marked known', () => {
    const part = readerPart(whole, 2, 300)!;
    const before = part.view.lemmas.map((l) => l.state);
    expect(part.summary).toEqual(readerSummary(whole, whole.lemmas.map((l) => l.state)));
    // a lemma of this part that the text uses more than once
    const i = part.running.findIndex((n, k) => n > 2 && before[k] === 'unknown');
    expect(i).toBeGreaterThanOrEqual(0);
    const now = before.map((s, k) => (k === i ? 'known' as const : s));
    const wholeNow = whole.lemmas.map((l) => (l === part.view.lemmas[i] ? 'known' as const : l.state));
    expect(summaryWith(part.summary, part.running, before, now)).toEqual(readerSummary(whole, wholeNow));
    expect(summaryWith(part.summary, part.running, before, before)).toEqual(part.summary);
  });
});
