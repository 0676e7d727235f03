// The rows of a CSV file as notes: every row checked (issues with the line of each bad one)
// and every good one analysed by the engine. Pure CPU work on the file's text:
// it runs in the engine worker (server/engine), never on the server's event loop.
import 'server-only';
import { fromCsvCell } from '@/lib/csv';
import { MAX_CSV_ROWS } from '@/lib/decks/csv-limits';
import type { Issue, IssueField } from '@/lib/errors';
import type { Example } from '../study/card-content';
import { parseCsv } from './csv';
import { analyseWord, locateInSentence, newSentenceNoteId, newWordNoteId, type NoteContent } from './note-content';
import { MAX_GLOSS_CHARS, MAX_SENTENCE_CHARS, MAX_WORD_CHARS, UPOS_VALUES } from './schemas';

export const CSV_HEADER = ['kk', 'ru', 'en', 'pos', 'example_kk', 'example_ru', 'example_en'] as const;

export type CsvNotes = { ok: true; notes: NoteContent[] } | { ok: false; issues: Issue[] };

export function csvNotes(deckId: string, text: string): CsvNotes {
  const csv = parseCsv(text);
  if (!csv.ok) return { ok: false, issues: [{ code: `csv-${csv.error}`, line: csv.line }] };
  const [header, ...rows] = csv.records;
  if (!header || header.fields.length !== CSV_HEADER.length || header.fields.some((f, i) => f.trim() !== CSV_HEADER[i])) {
    return { ok: false, issues: [{ code: 'csv-header', line: header?.line ?? 1 }] };
  }
  if (rows.length > MAX_CSV_ROWS) return { ok: false, issues: [{ code: 'csv-too-many', line: rows[MAX_CSV_ROWS]!.line, limit: MAX_CSV_ROWS }] };

  const errors: Issue[] = [];
  const notes: NoteContent[] = [];
  const seen = new Map<string, number>();
  for (const { line, fields } of rows) {
    if (fields.length !== CSV_HEADER.length) {
      errors.push({ code: 'csv-columns', line });
      continue;
    }
    const [kk, ru, en, pos, exKk, exRu, exEn] = fields.map((f) => fromCsvCell(f).trim()) as [string, string, string, string, string, string, string];
    const isSentence = pos === '' && /\s/.test(kk) && /[.!?…]$/.test(kk);
    const lengths: [IssueField, string, number][] = [
      ['kk', kk, isSentence ? MAX_SENTENCE_CHARS : MAX_WORD_CHARS], ['ru', ru, MAX_GLOSS_CHARS], ['en', en, MAX_GLOSS_CHARS],
      ['exampleKk', exKk, MAX_SENTENCE_CHARS], ['exampleRu', exRu, MAX_SENTENCE_CHARS], ['exampleEn', exEn, MAX_SENTENCE_CHARS],
    ];
    const tooLong = lengths.find(([, value, max]) => value.length > max);
    if (!kk) errors.push({ code: 'required', field: 'kk', line });
    else if (tooLong) errors.push({ code: 'too-long', field: tooLong[0], limit: tooLong[2], line });
    else if (!ru && !en) errors.push({ code: 'meaning-required', line });
    else if (pos && !(UPOS_VALUES as readonly string[]).includes(pos)) errors.push({ code: 'unknown-pos', line });
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
      if (first !== undefined) errors.push({ code: 'csv-duplicate', line });
      else {
        seen.set(note.id, line);
        notes.push(note);
      }
    }
  }
  return errors.length ? { ok: false, issues: errors } : { ok: true, notes };
}
