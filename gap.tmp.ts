import { readFileSync } from 'node:fs';
import { lookupLemma } from './lib/kazakh/lexicon/index';
const counts = new Map<string, number>();
for (const f of ['kk_ktb-train.conllu', 'kk_ktb-dev.conllu']) {
  for (const line of readFileSync('/work/shared/eval/ud-kk-ktb/' + f, 'utf8').split('\n')) {
    const c = line.split('\t');
    if (c.length < 10 || !/^\d+$/.test(c[0]!)) continue;
    const [, , lemma, upos] = c as [string, string, string, string];
    if (['PUNCT', 'NUM', 'X', 'SYM'].includes(upos) || /[0-9]/.test(lemma)) continue;
    const es = lookupLemma(lemma.toLowerCase());
    if (es.some((e) => e.upos === upos || (upos === 'AUX' && e.upos === 'VERB'))) continue;
    const k = `${lemma}\t${upos}\t${es.map((e) => e.upos).join(',')}`;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
}
for (const [k, v] of [...counts.entries()].sort((a, b) => b[1] - a[1])) console.log(v + '\t' + k);
