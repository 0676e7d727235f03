// npm run deck:build — builds the essay deck from data/ through lib/kazakh, fails with the
// list of missing glosses and translations if any, and otherwise writes it to the database.
import { buildEssayDeck, missingContentReport } from '../server/decks/essay-deck';
import { saveBuiltDeck } from '../server/decks/save-built-deck';
import { openDb } from './open-db';

const { meta, build } = buildEssayDeck();
const missing = missingContentReport(build);
if (missing.length) {
  console.error(missing.join('\n'));
  console.error(`\n${missing.length} missing entries: add them to data/lexicon/*.tsv or data/essay/sentences*.tsv.`);
  process.exit(1);
}
const db = openDb();
const result = await saveBuiltDeck(db, meta, build, new Date());
console.log(JSON.stringify({ deck: meta.id, ...build.report, saved: result }));
await db.$disconnect();
