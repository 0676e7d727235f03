// npm run db:seed — builds the essay deck from data/ and writes it. Idempotent: a second
// run finds every note and card unchanged.
import { missingContentReport, buildEssayDeck } from '../server/decks/essay-deck';
import { saveBuiltDeck } from '../server/decks/save-built-deck';
import { openDb } from '../scripts/open-db';

const db = openDb();
const { meta, build } = buildEssayDeck();
const missing = missingContentReport(build);
if (missing.length) {
  console.warn(`The essay deck is missing ${missing.length} content entries (run npm run deck:build for the list).`);
}
const result = await saveBuiltDeck(db, meta, build, new Date());
console.log(
  `Seeded “${meta.title}”: ${build.notes.length} notes, ${build.cards.length} cards ` +
    `(notes +${result.notes.created} ~${result.notes.updated} -${result.notes.removed}; ` +
    `cards +${result.cards.created} ~${result.cards.updated} -${result.cards.removed}).`,
);
await db.$disconnect();
