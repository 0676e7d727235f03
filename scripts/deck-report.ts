// npm run deck:report [-- --json] — coverage of the essay deck's content. Exits 1 when a
// content lemma lacks a gloss or a sentence lacks a translation.
import { buildEssayDeck, missingContentReport } from '../server/decks/essay-deck';

const json = process.argv.includes('--json');
const { build } = buildEssayDeck();
const r = build.report;
const missing = missingContentReport(build);
if (!json || missing.length) {
  console.log(`content lemmas        ${r.contentLemmas} (glossed ru ${r.glossedRu}, en ${r.glossedEn})`);
  console.log(`multi-word expressions ${r.multiWordExpressions}`);
  console.log(`function words        ${r.functionWords}`);
  console.log(`sentences             ${r.sentences} (translated ru ${r.translatedRu}, en ${r.translatedEn})`);
  console.log(`cards                 ${r.cards}`);
  console.log(`unsure entries        ${r.unsure}`);
  for (const line of missing) console.log(line);
}
console.log(
  JSON.stringify({
    contentLemmas: r.contentLemmas, glossedRu: r.glossedRu, glossedEn: r.glossedEn, sentences: r.sentences,
    translatedRu: r.translatedRu, translatedEn: r.translatedEn, cards: r.cards, unsure: r.unsure,
  }),
);
process.exit(missing.length ? 1 : 0);
