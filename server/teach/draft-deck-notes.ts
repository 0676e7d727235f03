// The notes of a deck built from a draft: the text analysed again (nothing the browser sends
// about the vocabulary is trusted but the teacher's choices), selected words as word notes
// with an example from the text, chosen sentences with a translation as sentence notes
// (the ticked ones without a translation are named).
// Pure CPU work: it runs in the engine worker (server/engine).
import 'server-only';
import { glossOf, hasMeaning, selectionOf } from '@/lib/drafts';
import { analyseText } from './analyse-text';
import type { DraftState } from './draft-state';
import { newSentenceNoteId, newWordNoteId, type NoteContent } from './note-content';

export interface DraftDeckNotes {
  notes: NoteContent[];
  sentences: number;
  skipped: number;
  /** The ticked sentences without a translation, as the text has them. */
  untranslated: string[];
  /** The text the deck is built from (the accepted normaliser changes applied): the deck's reader shows it as it is. */
  text: string;
}

export function draftDeckNotes(deckId: string, text: string, state: DraftState): DraftDeckNotes {
  const analysis = analyseText(text, new Set(state.rejected));
  const spans = analysis.vocabulary.sentences;
  const translationOf = new Map<number, { ru: string; en: string }>();
  for (const [key, tr] of Object.entries(state.sentences)) {
    const i = analysis.sentenceIndex.get(key);
    if (i !== undefined) translationOf.set(i, { ru: tr.ru.trim(), en: tr.en.trim() });
  }
  const selected = selectionOf(state, analysis.view.rows);
  const notes: NoteContent[] = [];
  let skipped = 0;
  for (const row of analysis.view.rows) {
    if (!selected.has(row.key)) continue;
    const entry = analysis.entries.get(row.key);
    if (!entry) continue;
    const g = glossOf(state, row);
    const ru = g.ru.trim();
    const en = g.en.trim();
    if (!hasMeaning(g)) {
      skipped++;
      continue;
    }
    const occ = entry.occurrences.find((o) => o.segments.length > 1) ?? entry.occurrences[0];
    const sentence = occ ? spans[occ.sentence] : undefined;
    const tr = occ ? translationOf.get(occ.sentence) : undefined;
    notes.push({
      id: newWordNoteId(deckId, entry.lemma, entry.upos), kind: 'word', kk: row.headword, lemma: entry.lemma, headword: row.headword, upos: entry.upos,
      ru: ru.slice(0, 500), en: en.slice(0, 500),
      examples: occ && sentence ? [{ kk: sentence.text, ru: tr?.ru ?? '', en: tr?.en ?? '', start: occ.start, end: occ.end, form: occ.form, segments: occ.segments }] : [],
      frequency: entry.count, sortOrder: notes.length,
    });
  }
  let sentences = 0;
  const untranslated: string[] = [];
  for (const s of analysis.view.sentences) {
    const tr = state.sentences[s.key];
    if (!tr) continue;
    if (!hasMeaning(tr)) {
      untranslated.push(s.kk);
      continue;
    }
    sentences++;
    notes.push({ id: newSentenceNoteId(deckId, s.kk), kind: 'sentence', kk: s.kk, lemma: null, headword: null, upos: null, ru: tr.ru.trim(), en: tr.en.trim(), examples: [], frequency: 1, sortOrder: notes.length });
  }
  // Two rows can share a lemma + part of speech only through a bug; keep the first.
  const unique = [...new Map(notes.map((n) => [n.id, n])).values()];
  return { notes: unique, sentences, skipped, untranslated, text: analysis.text };
}
