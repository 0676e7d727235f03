// How much of a real Kazakh text the lexicon knows (default: the KazNERD sentences, read at
// run time from ../shared; never copied into the repo).
//
//   npm run eval:coverage -- [--file PATH] [--json] [--top N] [--by-lemma]
//
// Every line is one text (sentence); it is tokenised and analysed in context
// (analyzeSentence), as the teacher's import does. Counted: word tokens made only of
// lower-case Cyrillic letters (and inner hyphens), i.e. ordinary words, not names, numbers,
// abbreviations or Latin. A token is "guessed" when its chosen analysis is a guess (its stem
// is not in the lexicon). --top N lists the N most frequent guessed forms (--by-lemma: grouped
// by the guessed lemma). Last stdout line:
//   {"lines":…,"tokens":…,"lowerCyrillic":…,"guessed":…,"guessRate":…}

import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyzeSentence, tokenize } from '../lib/kazakh/index';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : args.find((a) => a.startsWith(name + '='))?.slice(name.length + 1);
};
const json = args.includes('--json');
const byLemma = args.includes('--by-lemma');
const top = Number(opt('--top') ?? (json ? 0 : 40));
const file = resolve(opt('--file') ?? '../shared/corpus/kaznerd/kaznerd-valid.kk.txt');

if (!existsSync(file)) {
  console.log(`eval-coverage: ${file} not found; skipping.`);
  console.log(JSON.stringify({ lines: 0, tokens: 0, lowerCyrillic: 0, guessed: 0, guessRate: null, skipped: true }));
  process.exit(0);
}

const LOWER_CYRILLIC = /^[а-яёәғқңөұүһі]+(?:-[а-яёәғқңөұүһі]+)*$/u;
const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim());
let tokens = 0;
let lower = 0;
let guessed = 0;
const forms = new Map<string, { count: number; lemma: string; upos: string }>();
for (const line of lines) {
  const toks = tokenize(line);
  tokens += toks.length;
  const words = toks.filter((t) => (t.kind === 'word' || t.kind === 'abbr') && !t.text.endsWith('.'));
  const res = analyzeSentence(words.map((t) => t.text));
  words.forEach((t, i) => {
    if (!LOWER_CYRILLIC.test(t.text)) return;
    lower++;
    const a = res[i]!;
    if (!a.guess) return;
    guessed++;
    const f = forms.get(t.text);
    if (f) f.count++;
    else forms.set(t.text, { count: 1, lemma: a.lemma, upos: a.upos });
  });
}
const rate = lower ? guessed / lower : 0;
if (!json || top > 0) {
  console.log(`file: ${file}`);
  console.log(`lines: ${lines.length}, tokens: ${tokens}, lower-case Cyrillic word tokens: ${lower}`);
  console.log(`guessed: ${guessed} = ${(rate * 100).toFixed(2)}% (target ≤ 3%), distinct guessed forms: ${forms.size}`);
  if (top > 0) {
    if (byLemma) {
      const groups = new Map<string, { count: number; forms: string[] }>();
      for (const [form, f] of forms) {
        const k = `${f.lemma} ${f.upos}`;
        const g = groups.get(k) ?? { count: 0, forms: [] };
        g.count += f.count;
        g.forms.push(form);
        groups.set(k, g);
      }
      for (const [k, g] of [...groups].sort((a, b) => b[1].count - a[1].count).slice(0, top)) console.log(`  ${String(g.count).padStart(5)}  ${k}  (${g.forms.slice(0, 6).join(', ')})`);
    } else {
      for (const [form, f] of [...forms].sort((a, b) => b[1].count - a[1].count).slice(0, top)) console.log(`  ${String(f.count).padStart(5)}  ${form}  → ${f.lemma} ${f.upos}`);
    }
  }
}
console.log(JSON.stringify({ lines: lines.length, tokens, lowerCyrillic: lower, guessed, guessRate: Math.round(rate * 1e6) / 1e6 }));
