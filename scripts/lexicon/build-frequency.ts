// npm run frequency:build [-- --from-corpus] [--check]
//
// --from-corpus: counts lemmas (as the analyser reads them in context) and word forms on
// the train part of the KazNERD sentences (../shared; CC BY 4.0, see
// data/kazakh/frequency/README.md) and writes data/kazakh/frequency/kaznerd-*.tsv.
// Always: compiles those TSV files into lib/kazakh/frequency/generated/frequency-data.ts,
// which the engine imports (--check: fails when that module is out of date).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { analyzeSentence, tokenize } from '../../lib/kazakh/index';
import { FREQUENCY_DIR, FREQUENCY_MODULE, renderFrequencyModule } from './frequency-files';
import { kaznerdLines } from './kaznerd-split';

const CYRILLIC_WORD = /^[а-яәғқңөұүһіё]+$/u;

const args = process.argv.slice(2);
if (args.includes('--from-corpus')) {
  const lines = kaznerdLines('train');
  if (!lines) {
    console.error('build-frequency: the KazNERD sentences are not in ../shared/corpus/kaznerd; nothing counted.');
    process.exit(1);
  }
  const lemmas = new Map<string, number>();
  const forms = new Map<string, number>();
  let tokens = 0;
  for (const line of lines) {
    const words = tokenize(line).filter((t) => (t.kind === 'word' || t.kind === 'abbr') && !t.text.endsWith('.'));
    const res = analyzeSentence(words.map((t) => t.text));
    res.forEach((a, i) => {
      tokens++;
      const form = words[i]!.text.toLowerCase();
      if (CYRILLIC_WORD.test(form)) forms.set(form, (forms.get(form) ?? 0) + 1);
      if (a.guess || a.upos === 'X' || a.upos === 'INTJ') return;
      const key = `${a.lemma}\t${a.upos}`;
      lemmas.set(key, (lemmas.get(key) ?? 0) + 1);
    });
  }
  const byCount = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k, c]) => `${k}\t${c}`);
  mkdirSync(FREQUENCY_DIR, { recursive: true });
  const head = (what: string) => `# ${what} in ${lines.length} KazNERD sentences (${tokens} word tokens). CC BY 4.0, © IS2AI: see README.md.\n`;
  writeFileSync(path.join(FREQUENCY_DIR, 'kaznerd-lemmas.tsv'), head('lemma\tUPOS\tcount: known lemmas, as lib/kazakh analyses them in context,') + `#tokens\t${tokens}\n` + byCount(lemmas).join('\n') + '\n');
  writeFileSync(path.join(FREQUENCY_DIR, 'kaznerd-forms.tsv'), head('form\tcount: lower-case Cyrillic word forms') + byCount(forms).join('\n') + '\n');
  console.log(`counted ${tokens} tokens: ${lemmas.size} lemmas, ${forms.size} forms`);
}
const rendered = renderFrequencyModule();
const current = existsSync(FREQUENCY_MODULE) ? readFileSync(FREQUENCY_MODULE, 'utf8') : '';
if (args.includes('--check')) {
  if (current !== rendered) {
    console.error(`${path.relative(process.cwd(), FREQUENCY_MODULE)} is out of date: run npm run frequency:build`);
    process.exit(1);
  }
  console.log('frequency module up to date');
} else if (current !== rendered) {
  mkdirSync(path.dirname(FREQUENCY_MODULE), { recursive: true });
  writeFileSync(FREQUENCY_MODULE, rendered);
  console.log(`wrote ${path.relative(process.cwd(), FREQUENCY_MODULE)}`);
}
