import { describe, expect, it } from 'vitest';
import { default_w } from 'ts-fsrs';
import { ownParametersInUse, parseWeights } from './weights';

describe('the parameters in use', () => {
  it('are the learner\'s own only when stored and a valid FSRS set', () => {
    expect(ownParametersInUse(parseWeights(JSON.stringify([...default_w])))).toBe(true);
    expect(ownParametersInUse(parseWeights(null))).toBe(false);
    expect(ownParametersInUse(parseWeights('not json'))).toBe(false);
    expect(ownParametersInUse(parseWeights('[1, "2"]'))).toBe(false);
    // a stored set the scheduler would not use (too short) is not "in use"
    expect(ownParametersInUse(parseWeights(JSON.stringify(default_w.slice(0, 10))))).toBe(false);
  });
});
