// npm run lexicon:build [-- --check]: validates data/kazakh/lexicon/*.txt and writes the
// generated module lib/kazakh/lexicon/generated/lexicon-data.ts (with --check: fails when the
// module is out of date instead of writing it).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { formatProblems, GENERATED_MODULE, renderLexiconModule } from './lexicon-files';

const check = process.argv.includes('--check');
const { module, problems, entries } = renderLexiconModule();
if (!module) {
  console.error(formatProblems(problems));
  console.error(`\n${problems.length} problem(s) in data/kazakh/lexicon: nothing written.`);
  process.exit(1);
}
const current = existsSync(GENERATED_MODULE) ? readFileSync(GENERATED_MODULE, 'utf8') : '';
if (check) {
  if (current !== module) {
    console.error(`${path.relative(process.cwd(), GENERATED_MODULE)} is out of date: run npm run lexicon:build`);
    process.exit(1);
  }
  console.log(`lexicon: ${entries} entries, generated module up to date`);
} else {
  mkdirSync(path.dirname(GENERATED_MODULE), { recursive: true });
  if (current !== module) writeFileSync(GENERATED_MODULE, module);
  console.log(`lexicon: ${entries} entries → ${path.relative(process.cwd(), GENERATED_MODULE)}${current === module ? ' (unchanged)' : ''}`);
}
