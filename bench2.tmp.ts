// Throughput benchmark: 1,000,000 tokens sampled with a Zipf law over ~150k synthetic
// word forms (lexicon lemmas × common endings) plus punctuation; analyzeSentence in
// sentences of 15 tokens; cold caches.
import { analyzeSentence } from './lib/kazakh/morphology/index';
import { allEntries } from './lib/kazakh/lexicon/index';
const lemmas = allEntries().filter((e) => e.upos === 'NOUN' || e.upos === 'VERB' || e.upos === 'ADJ').map((e) => e.lemma).filter((l) => !l.includes(' '));
const nounEnds = ['', 'ның', 'нің', 'ға', 'ге', 'да', 'де', 'дан', 'ден', 'лар', 'лер', 'лары', 'лері', 'ы', 'і', 'сы', 'сі', 'ын', 'ін', 'ымен', 'імен', 'дағы', 'дегі', 'ларының', 'лерінің', 'ларға', 'тың', 'тің', 'ты', 'ті', 'ны', 'ні'];
const verbEnds = ['ды', 'ді', 'ады', 'еді', 'йды', 'йді', 'ған', 'ген', 'ып', 'іп', 'п', 'у', 'уға', 'уге', 'атын', 'етін', 'майды', 'мейді', 'ғанын', 'генін', 'са', 'се', 'уы', 'уі', 'ылды', 'ілді'];
let seed = 12345;
const rnd = (): number => { seed = (seed + 0x6d2b79f5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
const vocab: string[] = [];
for (const l of lemmas) for (const e of (rnd() < 0.3 ? verbEnds : nounEnds)) vocab.push(l + e);
for (let i = vocab.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [vocab[i], vocab[j]] = [vocab[j]!, vocab[i]!]; }
// Zipf sampling via cumulative weights
const V = vocab.length; const cum = new Float64Array(V); let acc = 0;
for (let i = 0; i < V; i++) { acc += 1 / (i + 1); cum[i] = acc; }
function sample(): string { const x = rnd() * acc; let lo = 0, hi = V - 1; while (lo < hi) { const m = (lo + hi) >> 1; if (cum[m]! < x) lo = m + 1; else hi = m; } return vocab[lo]!; }
const N = Number(process.env.BENCH_N ?? 1_000_000); const sents: string[][] = []; let cur: string[] = [];
const seen = new Set<string>();
for (let i = 0; i < N; i++) { const w = i % 12 === 11 ? (i % 24 === 23 ? '.' : ',') : sample(); seen.add(w); cur.push(w); if (cur.length === 15) { sents.push(cur); cur = []; } }
console.log(`vocabulary ${V} forms; text ${N} tokens, ${seen.size} distinct`);
const t0 = performance.now();
for (const s of sents) analyzeSentence(s);
const dt = performance.now() - t0;
console.log(`analyzeSentence: ${(dt / 1000).toFixed(2)} s = ${Math.round(N / dt * 1000)} tokens/s`);
