import { analyze, analyzeSentence } from './lib/kazakh/morphology/index';
for (const w of process.argv.slice(2)) {
  const as = analyze(w);
  console.log(w);
  for (const a of as.slice(0, 4)) console.log('  ', a.lemma, a.headword, a.upos, JSON.stringify(a.feats), a.segments.map(s => s.text + (s.label ? '(' + s.label + ')' : '')).join(' | '), a.guess ? 'GUESS' : '');
}
