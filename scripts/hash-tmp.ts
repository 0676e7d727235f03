import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { analyzeSentence, sentences, tokenize } from '../lib/kazakh/index';
const text = readFileSync('/work/shared/corpus/kaznerd/kaznerd-valid.kk.txt', 'utf8');
const h = createHash('sha256');
for (const s of sentences(text)) { const ws = tokenize(s.text).filter((t) => t.kind === 'word' || t.kind === 'abbr').map((t) => t.text).filter((w) => !w.endsWith('.')); if (ws.length) h.update(JSON.stringify(analyzeSentence(ws))); }
console.log(h.digest('hex'));
