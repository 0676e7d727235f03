import { describe, expect, it } from 'vitest';
import { looseSpellings } from './index';

describe('looseSpellings', () => {
  it('spells a word typed on a Russian keyboard with the Kazakh letters it stands for', () => {
    const s = looseSpellings('кауипсиздик');
    expect(s).toContain('қауіпсіздік');
    expect(s).not.toContain('кауипсиздик');
    expect(looseSpellings('тиимди')).toContain('тиімді');
  });

  it('spells plain ASCII Latin and common romanisations in Cyrillic', () => {
    expect(looseSpellings('memleketterdin')).toContain('мемлекеттердің');
    expect(looseSpellings('integratsiya')).toContain('интеграция');
    expect(looseSpellings('qazaqsha')).toContain('қазақша');
  });

  it('stays within its bound, and has nothing for mixed scripts or digits', () => {
    expect(looseSpellings('ааааооооууууииии').length).toBeLessThanOrEqual(160);
    expect(looseSpellings('abcабв')).toEqual([]);
    expect(looseSpellings('2024')).toEqual([]);
  });
});
