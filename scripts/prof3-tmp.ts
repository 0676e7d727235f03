import { readFileSync } from 'node:fs';
import { analyze, sentences, tokenize } from '../lib/kazakh/index';
import { resetCaches } from '../lib/kazakh/morphology/index';
const text = readFileSync('/work/shared/corpus/kaznerd/kaznerd-valid.kk.txt', 'utf8');
const WORDISH = new Set(['word', 'abbr']);
const forms = new Set<string>();
for (const s of sentences(text)) for (const t of tokenize(s.text)) if (WORDISH.has(t.kind) && !t.text.endsWith('.')) forms.add(t.text);
const fs = [...forms];
for (let r = 0; r < 12; r++) { resetCaches(); const c0 = process.cpuUsage(); for (const w of fs) analyze(w); const c = process.cpuUsage(c0); if (r > 8) console.log(((c.user + c.system) / 1000).toFixed(0), 'ms for', fs.length); }
