// The rows of a CSV file as notes: every row checked (line:code issues for the bad ones, see
// import-csv.ts) and every good one analysed by the engine. Pure CPU work on the file's text:
// it runs in the engine worker (server/engine), never on the server's event loop.
import 'server-only';
import { fromCsvCell } from '@/lib/csv';
import { MAX_CSV_ROWS } from '@/lib/decks/csv-limits';
import type { Example } from '../study/card-content';
import { parseCsv } from './csv';
import { analyseWord, locateInSentence, newSentenceNoteId, newWordNoteId, type NoteContent } from './note-content';
import { UPOS_VALUES } from './schemas';

export const CSV_HEADER = ['kk', 'ru', 'en', 'pos', 'example_kk', 'example_ru', 'example_en'] as const;

export type CsvNotes = { ok: true; notes: NoteContent[] } | { ok: false; issues: string[] };

export function csvNotes(deckId: string, text: string): CsvNotes {
  const csv = parseCsv(text);
  if (!csv.ok) return { ok: false, issues: [`${csv.line}:${csv.error}`] };
  const [header, ...rows] = csv.records;
  if (!header || header.fields.length !== CSV_HEADER.length || header.fields.some((f, i) => f.trim() !== CSV_HEADER[i])) {
    return { ok: false, issues: [`${header?.line ?? 1}:header`] };
  }
  if (rows.length > MAX_CSV_ROWS) return { ok: false, issues: [`${rows[MAX_CSV_ROWS]!.line}:too-many`] };

  const errors: string[] = [];
  const notes: NoteContent[] = [];
  const seen = new Map<string, number>();
  for (const { line, fields } of rows) {
    if (fields.length !== CSV_HEADER.length) {
      errors.push(`${line}:columns`);
      continue;
    }
    const [kk, ru, en, pos, exKk, exRu, exEn] = fields.map((f) => fromCsvCell(f).trim()) as [string, string, string, string, string, string, string];
    const isSentence = pos === '' && /\s/.test(kk) && /[.!?…]$/.test(kk);
    if (!kk) errors.push(`${line}:kk`);
    else if (kk.length > (isSentence ? 1000 : 200) || ru.length > 500 || en.length > 500 || exKk.length > 1000 || exRu.length > 1000 || exEn.length > 1000) errors.push(`${line}:too-long`);
    else if (!ru && !en) errors.push(`${line}:gloss`);
    else if (pos && !(UPOS_VALUES as readonly string[]).includes(pos)) errors.push(`${line}:pos`);
    else {
      let note: NoteContent;
      if (isSentence) {
        note = { id: newSentenceNoteId(deckId, kk), kind: 'sentence', kk, lemma: null, headword: null, upos: null, ru, en, examples: [], frequency: 1, sortOrder: 0 };
      } else {
        const a = analyseWord(kk, pos || null);
        const examples: Example[] = [];
        if (exKk) examples.push({ kk: exKk, ru: exRu, en: exEn, ...(locateInSentence(exKk, kk, a.lemma) ?? {}) });
        note = { id: newWordNoteId(deckId, a.lemma, a.upos), kind: 'word', kk, lemma: a.lemma, headword: kk, upos: a.upos, ru, en, examples, frequency: 0, sortOrder: 0 };
      }
      const first = seen.get(note.id);
      if (first !== undefined) errors.push(`${line}:duplicate`);
      else {
        seen.set(note.id, line);
        notes.push(note);
      }
    }
  }
  return errors.length ? { ok: false, issues: errors } : { ok: true, notes };
}
