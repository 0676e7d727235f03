// Builds a deck's notes and cards from a Kazakh text, a glossary and sentence
// translations, entirely through lib/kazakh: the engine decides which words occur, the
// glossary only supplies meanings. No list of words to include is kept anywhere.
import { extractVocabulary, findDuplicateSentences, sentenceKey, type Occurrence, type SentenceSpan, type VocabularyEntry } from '../kazakh';
import { cardSortOrder } from './card-order';
import { indexLexicon, type LexiconIndex } from './lexicon-index';
import { indexTranslations, type TranslationMatcher } from './sentence-match';
import { cardId, sentenceNoteId, wordNoteId } from './stable-id';
import type { BuiltCard, BuiltExample, BuiltNote, DeckBuild, LexiconEntry, SentenceTranslation } from './types';

export interface BuildDeckInput {
  deckId: string;
  text: string;
  lexicon: readonly LexiconEntry[];
  translations: readonly SentenceTranslation[];
  /** One sentence card is placed after this many word notes in the new-card order. */
  wordsPerSentenceCard?: number;
}

const CONTENT_UPOS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'ADV', 'NUM', 'X']);
const MAX_EXAMPLES = 2;
const MWE_EVERY = 5;

interface WordSlot {
  start: number;
  end: number;
  form: string;
  lemma: string;
}

function isContent(entry: VocabularyEntry, lexicon: LexiconIndex): boolean {
  if (entry.isFunctionWord || !CONTENT_UPOS.has(entry.upos)) return false;
  // a typo of the source is explained where it stands (reader, sentence card), not taught as a word
  const kind = lexicon.find(entry.lemma, entry.upos)?.kind;
  return kind !== 'function' && kind !== 'typo';
}

/** The words of each sentence in order, rebuilt from the vocabulary's occurrences. */
function wordsBySentence(entries: readonly VocabularyEntry[]): Map<number, WordSlot[]> {
  const map = new Map<number, WordSlot[]>();
  for (const e of entries) {
    for (const o of e.occurrences) {
      const list = map.get(o.sentence) ?? [];
      list.push({ start: o.start, end: o.end, form: o.form, lemma: e.lemma });
      map.set(o.sentence, list);
    }
  }
  for (const list of map.values()) list.sort((a, b) => a.start - b.start);
  return map;
}

interface MweHit {
  entry: LexiconEntry;
  occurrences: Occurrence[];
}

/** Multi-word expressions of the glossary (жүзеге асыр, орын ал …) found in the text. */
function findMultiWord(lexicon: LexiconIndex, words: Map<number, WordSlot[]>, skip: Set<number>): MweHit[] {
  const hits: MweHit[] = [];
  for (const entry of lexicon.multiWord()) {
    const parts = entry.lemma.toLocaleLowerCase('kk').split(/\s+/).filter((p) => /\p{L}/u.test(p));
    if (parts.length < 2) continue;
    const occurrences: Occurrence[] = [];
    for (const [si, list] of words) {
      if (skip.has(si)) continue;
      for (let i = 0; i + parts.length <= list.length; i++) {
        const ok = parts.every((p, k) => {
          const w = list[i + k]!;
          const form = w.form.toLocaleLowerCase('kk');
          // A component matches its lemma, its exact form, or (3+ letters) a form built on it:
          // the analyser may pick another reading of a fixed phrase's inflected part.
          return form === p || w.lemma.toLocaleLowerCase('kk') === p || (p.length >= 3 && form.startsWith(p) && form.length - p.length <= 8);
        });
        if (ok) {
          const first = list[i]!;
          const last = list[i + parts.length - 1]!;
          occurrences.push({ sentence: si, start: first.start, end: last.end, form: '', segments: [] });
        }
      }
    }
    if (occurrences.length) hits.push({ entry, occurrences });
  }
  return hits;
}

function chooseExamples(occurrences: readonly Occurrence[], spans: readonly SentenceSpan[], skip: Set<number>, t: TranslationMatcher): BuiltExample[] {
  // Prefer inflected forms (they show how the word works) in sentences of readable length.
  const ranked = occurrences
    .filter((o) => !skip.has(o.sentence))
    .map((o) => {
      const text = spans[o.sentence]?.text ?? '';
      const informative = o.segments.length > 1 ? 0 : 1;
      const long = text.length > 220 ? 1 : 0;
      return { o, text, rank: informative * 2 + long };
    })
    .sort((a, b) => a.rank - b.rank || a.text.length - b.text.length || a.o.sentence - b.o.sentence);
  const out: BuiltExample[] = [];
  const used = new Set<number>();
  for (const { o, text } of ranked) {
    if (used.has(o.sentence)) continue;
    used.add(o.sentence);
    const tr = t.find(text);
    out.push({ kk: text, ru: tr?.ru ?? '', en: tr?.en ?? '', start: o.start, end: o.end, form: text.slice(o.start, o.end), segments: o.segments });
    if (out.length >= MAX_EXAMPLES) break;
  }
  return out;
}

function chooseCloze(examples: readonly BuiltExample[], occurrences: readonly Occurrence[], spans: readonly SentenceSpan[], skip: Set<number>, t: TranslationMatcher): BuiltExample | null {
  const informative = examples.find((e) => e.segments.length > 1);
  if (informative) return informative;
  if (examples[0]) return examples[0];
  const o = occurrences.find((x) => !skip.has(x.sentence));
  if (!o) return null;
  const text = spans[o.sentence]?.text ?? '';
  const tr = t.find(text);
  return { kk: text, ru: tr?.ru ?? '', en: tr?.en ?? '', start: o.start, end: o.end, form: text.slice(o.start, o.end), segments: o.segments };
}

export function buildDeck(input: BuildDeckInput): DeckBuild {
  const { deckId } = input;
  const lexicon = indexLexicon(input.lexicon);
  const translations = indexTranslations(input.translations);
  const vocab = extractVocabulary(input.text);
  const spans = vocab.sentences;
  const skip = new Set(findDuplicateSentences(spans));
  // A sentence whose translation is marked unsure (a garbled fragment of the source, a
  // guessed word) is never shown to a learner: not as an example, a cloze or a card.
  const doubtful = new Set(spans.flatMap((span, i) => (translations.find(span.text)?.unsure ? [i] : [])));
  const noExample = new Set([...skip, ...doubtful]);
  const words = wordsBySentence(vocab.entries);

  const notes: BuiltNote[] = [];
  const cards: BuiltCard[] = [];
  const missingGlosses: DeckBuild['missing']['glosses'] = [];
  let contentLemmas = 0;
  let glossedRu = 0;
  let glossedEn = 0;
  let functionWords = 0;

  const wordNotes: { note: BuiltNote; cloze: BuiltExample | null; studied: boolean }[] = [];

  for (const entry of vocab.entries) {
    const gloss = lexicon.find(entry.lemma, entry.upos);
    const content = isContent(entry, lexicon);
    if (content) {
      contentLemmas++;
      if (gloss?.ru) glossedRu++;
      if (gloss?.en) glossedEn++;
      if (!gloss?.ru || !gloss.en) missingGlosses.push({ lemma: entry.lemma, upos: entry.upos, forms: entry.forms.map((f) => f.form) });
    } else {
      functionWords++;
    }
    const examples = chooseExamples(entry.occurrences, spans, noExample, translations);
    const note: BuiltNote = {
      id: wordNoteId(deckId, entry.lemma, entry.upos),
      kind: 'word',
      kk: gloss?.headword || entry.headword,
      lemma: entry.lemma,
      headword: gloss?.headword || entry.headword,
      upos: entry.upos,
      ru: gloss?.ru ?? '',
      en: gloss?.en ?? '',
      comment: gloss?.note || null,
      commentEn: gloss?.noteEn || null,
      examples,
      frequency: entry.count,
      sortOrder: 0,
      unsure: gloss?.unsure ?? false,
    };
    wordNotes.push({ note, cloze: content ? chooseCloze(examples, entry.occurrences, spans, noExample, translations) : null, studied: content && !!gloss });
  }

  // Multi-word expressions join the study order among single words, one after every few,
  // most frequent first, so they come once learners have met some of their parts.
  const mwes = findMultiWord(lexicon, words, skip).sort((a, b) => b.occurrences.length - a.occurrences.length);
  const mweNotes = mwes.map(({ entry, occurrences }) => {
    const examples = chooseExamples(occurrences, spans, noExample, translations);
    const note: BuiltNote = {
      id: wordNoteId(deckId, entry.lemma, `MWE:${entry.upos}`),
      kind: 'word',
      kk: entry.headword,
      lemma: entry.lemma,
      headword: entry.headword,
      upos: entry.upos,
      ru: entry.ru,
      en: entry.en,
      comment: entry.note || null,
      commentEn: entry.noteEn || null,
      examples,
      frequency: occurrences.length,
      sortOrder: 0,
      unsure: entry.unsure,
    };
    return { note, cloze: examples[0] ?? null, studied: true };
  });
  const ranked: typeof wordNotes = [];
  let nextMwe = 0;
  wordNotes.forEach((w, i) => {
    ranked.push(w);
    if ((i + 1) % MWE_EVERY === 0 && nextMwe < mweNotes.length) ranked.push(mweNotes[nextMwe++]!);
  });
  ranked.push(...mweNotes.slice(nextMwe));

  const sentenceNotes: BuiltNote[] = [];
  const missingTranslations: string[] = [];
  let translatedRu = 0;
  let translatedEn = 0;
  const seenSentence = new Set<string>();
  spans.forEach((span, si) => {
    if (noExample.has(si)) return;
    const key = sentenceKey(span.text);
    if (!key || seenSentence.has(key)) return;
    seenSentence.add(key);
    const tr = translations.find(span.text);
    if (tr?.ru) translatedRu++;
    if (tr?.en) translatedEn++;
    if (!tr?.ru || !tr.en) missingTranslations.push(span.text);
    sentenceNotes.push({
      id: sentenceNoteId(deckId, key),
      kind: 'sentence',
      kk: span.text,
      lemma: null,
      headword: null,
      upos: null,
      ru: tr?.ru ?? '',
      en: tr?.en ?? '',
      comment: null,
      commentEn: null,
      examples: [],
      frequency: 1,
      sortOrder: 0,
      unsure: tr?.unsure ?? false,
    });
  });

  const every = Math.max(1, input.wordsPerSentenceCard ?? 4);
  let sentenceIndex = 0;
  const pushSentence = () => {
    const s = sentenceNotes[sentenceIndex++];
    if (!s) return;
    s.sortOrder = notes.length;
    notes.push(s);
    if (s.ru && s.en) cards.push({ id: cardId(s.id, 'sentence'), noteId: s.id, type: 'sentence', data: {}, sortOrder: cardSortOrder(s.sortOrder, 'sentence') });
  };
  ranked.forEach(({ note, cloze, studied }, rank) => {
    note.sortOrder = notes.length;
    notes.push(note);
    if (studied && note.ru && note.en) {
      cards.push({ id: cardId(note.id, 'recognition'), noteId: note.id, type: 'recognition', data: {}, sortOrder: cardSortOrder(note.sortOrder, 'recognition') });
      cards.push({ id: cardId(note.id, 'production'), noteId: note.id, type: 'production', data: {}, sortOrder: cardSortOrder(note.sortOrder, 'production') });
      if (cloze && cloze.end > cloze.start) {
        cards.push({
          id: cardId(note.id, 'cloze'),
          noteId: note.id,
          type: 'cloze',
          data: { sentence: cloze.kk, ru: cloze.ru, en: cloze.en, start: cloze.start, end: cloze.end, segments: cloze.segments },
          sortOrder: cardSortOrder(note.sortOrder, 'cloze'),
        });
      }
    }
    if ((rank + 1) % every === 0) pushSentence();
  });
  while (sentenceIndex < sentenceNotes.length) pushSentence();

  return {
    notes,
    cards,
    report: {
      contentLemmas,
      glossedRu,
      glossedEn,
      multiWordExpressions: mwes.length,
      functionWords,
      sentences: sentenceNotes.length,
      translatedRu,
      translatedEn,
      cards: cards.length,
      unsure: notes.filter((n) => n.unsure).length,
    },
    missing: { glosses: missingGlosses, translations: missingTranslations },
  };
}
