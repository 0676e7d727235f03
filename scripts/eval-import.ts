// How much of a text the teacher's "deck from text" pre-fills: runs the import's own analysis
// (server/teach/analyse-text.ts: normalise, apply the repairs, extract the vocabulary, look
// the lemmas up in the essay and general glossaries) on a file and counts its rows.
//
//   npm run eval:import -- --file PATH [--json] [--missing N]
//
// Counted over the content lemmas the teacher is shown (rows other than proper names, which
// are listed apart; function words never become rows):
//   contentLemmas  distinct lemma + part of speech rows
//   prefilledRu/En rows that arrive with a Russian / an English gloss
//   prefilledBoth  rows with both
//   guessedLemmas  rows whose every occurrence the analyser guessed (stem not in its lexicon)
//   changes        the normaliser's repairs offered for review
// --missing N lists the N most frequent rows without both glosses (what to write next).
// Last stdout line: {"contentLemmas":…,"prefilledRu":…,"prefilledEn":…,"prefilledBoth":…,"guessedLemmas":…,"changes":…}.
import { readFileSync } from 'node:fs';
import { analyseText } from '../server/teach/analyse-text';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const file = arg('--file');
if (!file) {
  console.error('usage: npm run eval:import -- --file PATH [--json] [--missing N]');
  process.exit(2);
}
const jsonOnly = process.argv.includes('--json');
const missingLimit = Number(arg('--missing') ?? 0);

const { view, entries } = analyseText(readFileSync(file, 'utf8'));
const content = view.rows.filter((r) => r.upos !== 'PROPN');
const names = view.rows.length - content.length;
const result = {
  contentLemmas: content.length,
  prefilledRu: content.filter((r) => r.ru).length,
  prefilledEn: content.filter((r) => r.en).length,
  prefilledBoth: content.filter((r) => r.ru && r.en).length,
  guessedLemmas: content.filter((r) => entries.get(r.key)?.guess).length,
  changes: view.changes.length,
};

if (!jsonOnly) {
  const pct = (n: number) => `${((100 * n) / Math.max(1, result.contentLemmas)).toFixed(1)}%`;
  console.log(`${file}: ${view.chars} characters, ${view.sentences.length} sentences, ${view.rows.length} rows (${names} proper names apart)`);
  console.log(`content lemmas ${result.contentLemmas}: both glosses ${result.prefilledBoth} (${pct(result.prefilledBoth)}), ru ${result.prefilledRu}, en ${result.prefilledEn}; guessed ${result.guessedLemmas} (${pct(result.guessedLemmas)})`);
  console.log(`normaliser changes: ${result.changes}`);
  for (const c of view.changes) console.log(`  change ${c.reason}: …${c.contextBefore}[${c.before}→${c.after}]${c.contextAfter}…`);
  const missing = content.filter((r) => !(r.ru && r.en)).sort((a, b) => b.count - a.count || a.lemma.localeCompare(b.lemma, 'kk'));
  for (const r of missing.slice(0, missingLimit)) {
    console.log(['missing', r.count, r.lemma, r.upos, r.headword, entries.get(r.key)?.guess ? 'guess' : '', r.forms.join(',')].join('\t'));
  }
}
console.log(JSON.stringify(result));
