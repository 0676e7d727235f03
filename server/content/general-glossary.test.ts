// The general glossary: the shipped files pass their checks, and a slip in a file is
// reported with its file and line.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadGeneralGlossary } from './general-glossary';
import { ContentFileError } from './tsv';

const HEADER = 'lemma\tupos\theadword\tru\ten\tnote\tunsure';
const dirs: string[] = [];

function glossaryDir(files: Record<string, string[]>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'glossary-'));
  dirs.push(dir);
  for (const [name, rows] of Object.entries(files)) writeFileSync(path.join(dir, name), [HEADER, ...rows].join('\n') + '\n');
  return dir;
}

function problemsOf(dir: string): string[] {
  try {
    loadGeneralGlossary(dir);
  } catch (e) {
    if (e instanceof ContentFileError) return e.problems;
    throw e;
  }
  return [];
}

afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('the shipped general glossary', () => {
  const entries = loadGeneralGlossary();

  it('loads, with Russian and English glosses and the -у headword of every verb', () => {
    expect(entries.length).toBeGreaterThan(0);
    for (const e of entries) {
      expect(e.ru && e.en, `${e.lemma} ${e.upos}`).toBeTruthy();
      if (e.upos === 'VERB') expect(e.headword, e.lemma).toMatch(/[ую]$/);
    }
  });

  it('writes the -у form of each verb with the stem\'s last sound voiced or dropped (hand-checked irregulars apart)', () => {
    // The regular -у form: ы/і give way to у, й/и take ю, п/к/қ after a vowel voice to б/г/ғ
    // (таб → табу, шық → шығу; but сарқ → сарқу).
    const VOICED: Record<string, string> = { п: 'б', к: 'г', қ: 'ғ' };
    const regular = (stem: string) => {
      const last = stem.slice(-1);
      const body = stem.slice(0, -1);
      if (last === 'ы' || last === 'і') return `${body}у`;
      if (last === 'й') return `${body}ю`;
      if (last === 'и') return `${stem}ю`;
      const afterVowel = /[аәеиоөұүыіэюяу]/.test(body.slice(-1));
      return `${body}${(afterVowel && VOICED[last]) || last}у`;
    };
    // Checked by hand: a narrow vowel drops before -у (қорық → қорқу); -н- verbs the analyser folds.
    const irregular: Record<string, string> = { қорық: 'қорқу', иеле: 'иелену', жанда: 'жандану', жаң: 'жаңылу', кене: 'кенелу', талп: 'талпыну', боса: 'босану', гүлде: 'гүлдену', тоқ: 'тоқу' };
    for (const e of entries.filter((x) => x.upos === 'VERB')) expect(e.headword, e.lemma).toBe(irregular[e.lemma] ?? regular(e.lemma));
  });
});

describe('checks of the general glossary files', () => {
  it('accepts a well-formed file', () => {
    const dir = glossaryDir({ 'a.tsv': ['таб\tVERB\tтабу\tнаходить; добывать\tto find; to earn\t\t', 'теңге\tNOUN\tтеңге\tтенге\ttenge\t\ttrue'] });
    expect(loadGeneralGlossary(dir)).toMatchObject([{ lemma: 'таб', headword: 'табу', kind: 'content', unsure: false }, { lemma: 'теңге', unsure: true }]);
  });

  it('reports each bad row with its file and line', () => {
    const dir = glossaryDir({
      'a.tsv': [
        'тaб\tVERB\tтабу\tнаходить\tto find\t\t', // Latin "a" inside the lemma
        'таб\tVERB\tтаб\tнаходить\tto find\t\t', // headword without -у
        'кел\tVERB\tкелу\tприходить\tcome\t\t', // English verb sense without "to"
        'үй\tNOUN\tүй\tдом;; жилище\thouse\t\t', // empty sense
        'үй\tNOUN\tүй\tдом\tдом\t\t', // Cyrillic in the English gloss
        'үй\tNOUNS\tүй\tдом\thouse\t\t', // unknown part of speech
        'үй\tNOUN\tүй\tдом\thouse\t\tyes', // unsure is "true" or empty
      ],
    });
    const problems = problemsOf(dir);
    const file = path.join(dir, 'a.tsv');
    expect(problems).toEqual([
      expect.stringMatching(new RegExp(`^${file}:2: lemma .*mixes Latin and Cyrillic`)),
      expect.stringMatching(new RegExp(`^${file}:3: headword .*-у form`)),
      expect.stringMatching(new RegExp(`^${file}:4: en .*starts with "to"`)),
      expect.stringMatching(new RegExp(`^${file}:5: ru an empty sense`)),
      expect.stringMatching(new RegExp(`^${file}:6: en the English gloss contains Cyrillic`)),
      expect.stringMatching(new RegExp(`^${file}:7: upos `)),
      expect.stringMatching(new RegExp(`^${file}:8: unsure `)),
    ]);
  });

  it('reports an entry repeated in another file with both places', () => {
    const dir = glossaryDir({ 'a.tsv': ['үй\tNOUN\tүй\tдом\thouse\t\t'], 'b.tsv': ['бала\tNOUN\tбала\tребёнок\tchild\t\t', 'үй\tNOUN\tүй\tжилище\thome\t\t'] });
    expect(problemsOf(dir)).toEqual([`${path.join(dir, 'b.tsv')}:3: duplicate glossary entry үй NOUN (first at ${path.join(dir, 'a.tsv')}:2)`]);
  });
});
