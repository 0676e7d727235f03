// The general glossary (data/glossary/*.tsv): Russian and English glosses for the frequent
// content words of real Kazakh text, keyed like the analyser's output (UD Kazakh-KTB
// lemma + UPOS). The teacher's import pre-fills from it where the essay glossary has no entry.
// Every row is checked here, so a slip in a hand-written file fails loudly with its file and
// line instead of reaching a learner's card.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { LexiconEntry } from '@/lib/decks';
import { ContentFileError, readTsvRows } from './tsv';
import { DATA_DIR } from './content-files';

export const GLOSSARY_DIR = path.join(DATA_DIR, 'glossary');

const GLOSSARY_UPOS = ['NOUN', 'VERB', 'ADJ', 'ADV', 'NUM', 'PROPN'] as const;
const KAZAKH_WORD = /^[а-яёәғқңөұүһі]+(?:-[а-яёәғқңөұүһі]+)*$/;
const KAZAKH_NAME = /^[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]*(?:[- ][А-ЯЁӘҒҚҢӨҰҮҺІа-яёәғқңөұүһі][а-яёәғқңөұүһі]*)*$/;
const CYRILLIC = /[\u0400-\u04FF]/;
const LATIN = /[a-z]/i;
// An English verb sense reads "to …", optionally after a usage label: "(of time) to pass".
const ENGLISH_VERB_SENSE = /^(?:\([^)]*\)\s*)?to\s/;

/** The senses of a gloss: separated by ';', each non-empty, none repeated. */
function senseProblems(gloss: string): string[] {
  const senses = gloss.split(';').map((s) => s.trim());
  const problems: string[] = [];
  if (senses.some((s) => s === '')) problems.push('an empty sense (check the ";" separators)');
  const seen = new Set<string>();
  for (const s of senses) {
    if (s && seen.has(s)) problems.push(`the sense "${s}" is repeated`);
    seen.add(s);
  }
  if (/\s{2}/.test(gloss)) problems.push('a double space');
  if (/[.,]$/.test(gloss.trim())) problems.push('a trailing full stop or comma');
  return problems;
}

const glossaryRow = z
  .object({
    lemma: z.string().min(1).max(100),
    upos: z.enum(GLOSSARY_UPOS),
    headword: z.string().min(1).max(100),
    ru: z.string().min(1).max(300),
    en: z.string().min(1).max(300),
    note: z.string().max(500).default(''),
    unsure: z.enum(['', 'true']).default('').transform((v) => v === 'true'),
  })
  .superRefine((row, ctx) => {
    const issue = (p: string, message: string) => ctx.addIssue({ code: 'custom', path: [p], message });
    const word = row.upos === 'PROPN' ? KAZAKH_NAME : KAZAKH_WORD;
    for (const p of ['lemma', 'headword'] as const) {
      const v = row[p];
      if (LATIN.test(v) && CYRILLIC.test(v)) issue(p, `"${v}" mixes Latin and Cyrillic letters`);
      else if (!word.test(v)) issue(p, `"${v}" is not a ${row.upos === 'PROPN' ? 'capitalised name' : 'lower-case Kazakh word'} in Cyrillic letters`);
    }
    if (row.upos === 'VERB') {
      if (!/[ую]$/.test(row.headword)) issue('headword', `a verb's headword is its -у form ("${row.headword}")`);
      if (/[ую]$/.test(row.lemma) && row.headword === row.lemma) issue('lemma', `a verb's lemma is its bare stem, not the -у form ("${row.lemma}")`);
      // the -у form keeps the stem but for its last sounds (оқы → оқу, шық → шығу, қорық → қорқу)
      if (!row.headword.startsWith(row.lemma.slice(0, Math.max(1, row.lemma.length - 2)))) issue('headword', `"${row.headword}" is not the -у form of "${row.lemma}"`);
      for (const s of row.en.split(';').map((x) => x.trim()).filter(Boolean)) {
        if (!ENGLISH_VERB_SENSE.test(s)) issue('en', `an English verb sense starts with "to" ("${s}")`);
      }
    } else if (row.headword !== row.lemma && !row.note) {
      issue('headword', 'a headword other than the lemma needs a note saying why');
    }
    if (!CYRILLIC.test(row.ru)) issue('ru', 'the Russian gloss has no Cyrillic letter');
    if (CYRILLIC.test(row.en)) issue('en', 'the English gloss contains Cyrillic letters');
    for (const p of ['ru', 'en'] as const) for (const m of senseProblems(row[p])) issue(p, m);
  });

export function loadGeneralGlossary(dir = GLOSSARY_DIR): LexiconEntry[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.tsv')).sort();
  const rows = files.flatMap((f) => readTsvRows(path.join(dir, f), glossaryRow));
  const first = new Map<string, string>();
  const problems: string[] = [];
  for (const r of rows) {
    const key = `${r.value.lemma}\t${r.value.upos}`;
    const where = `${r.file}:${r.line}`;
    const earlier = first.get(key);
    if (earlier) problems.push(`${where}: duplicate glossary entry ${r.value.lemma} ${r.value.upos} (first at ${earlier})`);
    else first.set(key, where);
  }
  if (problems.length) throw new ContentFileError(problems);
  return rows.map(({ value: v }) => ({
    lemma: v.lemma,
    upos: v.upos,
    headword: v.headword,
    kind: v.upos === 'PROPN' ? 'name' : 'content',
    ru: v.ru,
    en: v.en,
    note: v.note,
    unsure: v.unsure,
  }));
}
