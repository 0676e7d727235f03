// The lexicon a linguist edits (data/kazakh/lexicon) is valid, and the module the engine
// imports is generated from exactly these files.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FREQUENCY_MODULE, renderFrequencyModule } from './frequency-files';
import { formatProblems, GENERATED_MODULE, renderLexiconModule } from './lexicon-files';

describe('data/kazakh/lexicon', () => {
  const { module, problems } = renderLexiconModule();
  it('has no problems (mixed scripts, duplicates, unknown flags, missing parts of speech, unranked homographs)', () => {
    expect(formatProblems(problems)).toBe('');
  });
  it('matches the generated module (run npm run lexicon:build after editing)', () => {
    expect(module).not.toBeNull();
    expect(readFileSync(GENERATED_MODULE, 'utf8') === module).toBe(true);
  });
});

describe('data/kazakh/frequency', () => {
  it('matches the generated module (run npm run frequency:build after editing)', () => {
    expect(readFileSync(FREQUENCY_MODULE, 'utf8') === renderFrequencyModule()).toBe(true);
  });
});
