import { analyzeSentence } from './lib/kazakh/morphology/index';
const ws = process.argv.slice(2);
for (const [i, a] of analyzeSentence(ws).entries()) console.log(ws[i], a.lemma, a.upos, JSON.stringify(a.feats), a.segments.map(s => s.text + (s.label ? '(' + s.label + ')' : '')).join(' | '), a.guess ? 'GUESS' : '');
