// Loads the content Jatta ships in data/: the glossary (data/lexicon/*.tsv) and the
// essay with its sentence translations (data/essay/).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { LexiconEntry, SentenceTranslation } from '@/lib/decks';
import { ContentFileError, readTsv } from './tsv';

const UPOS = ['NOUN', 'PROPN', 'VERB', 'ADJ', 'ADV', 'PRON', 'DET', 'NUM', 'ADP', 'CCONJ', 'SCONJ', 'PART', 'AUX', 'INTJ', 'PUNCT', 'SYM', 'X'] as const;
const flag = z.string().transform((v) => v.toLowerCase() === 'true');

const lexiconRow = z.object({
  lemma: z.string().min(1).max(200),
  upos: z.enum(UPOS),
  headword: z.string().min(1).max(200),
  kind: z.enum(['content', 'function', 'mwe', 'name', 'abbr', 'typo']),
  ru: z.string().min(1).max(500),
  en: z.string().min(1).max(500),
  note: z.string().max(1000).default(''),
  /** The note in English; note_en_unsure marks one that awaits review. */
  note_en: z.string().max(1000).default(''),
  note_en_unsure: flag.default(false),
  unsure: flag.default(false),
});

const sentenceRow = z.object({
  kk: z.string().min(1).max(2000),
  ru: z.string().min(1).max(3000),
  en: z.string().min(1).max(3000),
  unsure: flag.default(false),
});

export const DATA_DIR = 'data';
export const ESSAY_FILE = path.join(DATA_DIR, 'essay', 'essay-central-asia-integration.kk.txt');

export function loadLexicon(dir = path.join(DATA_DIR, 'lexicon')): LexiconEntry[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.tsv')).sort();
  const entries = files.flatMap((f) => readTsv(path.join(dir, f), lexiconRow)).map(({ note_en, note_en_unsure, ...e }) => ({ ...e, noteEn: note_en, noteEnUnsure: note_en_unsure }));
  const seen = new Map<string, number>();
  const dupes: string[] = [];
  for (const e of entries) {
    const key = `${e.lemma}\t${e.upos}`;
    seen.set(key, (seen.get(key) ?? 0) + 1);
    if (seen.get(key) === 2) dupes.push(`duplicate glossary entry: ${e.lemma} ${e.upos}`);
  }
  if (dupes.length) throw new ContentFileError(dupes);
  return entries;
}

export function loadSentenceTranslations(dir = path.join(DATA_DIR, 'essay')): SentenceTranslation[] {
  return readdirSync(dir)
    .filter((f) => /^sentences.*\.tsv$/.test(f))
    .sort()
    .flatMap((f) => readTsv(path.join(dir, f), sentenceRow));
}

export function loadEssayText(file = ESSAY_FILE): string {
  return readFileSync(file, 'utf8');
}
