import { describe, expect, it } from 'vitest';
import { formatJoinCode, generateJoinCode, JOIN_ALPHABET, JOIN_CODE_LENGTH, normalizeJoinCode } from './join-code';

describe('join codes', () => {
  it('carry at least 40 bits from an alphabet without look-alike characters', () => {
    expect(JOIN_CODE_LENGTH * Math.log2(JOIN_ALPHABET.length)).toBeGreaterThanOrEqual(40);
    for (const ch of '01OILl') expect(JOIN_ALPHABET).not.toContain(ch);
  });

  it('are random: 2000 draws are distinct and use the whole alphabet', () => {
    const codes = new Set(Array.from({ length: 2000 }, generateJoinCode));
    expect(codes.size).toBe(2000);
    const used = new Set([...codes].join(''));
    expect(used.size).toBe(JOIN_ALPHABET.length);
    for (const c of codes) expect(c).toMatch(new RegExp(`^[${JOIN_ALPHABET}]{${JOIN_CODE_LENGTH}}$`));
  });

  it('are read back in any case, with a dash or spaces, and refuse anything else', () => {
    const code = generateJoinCode();
    expect(normalizeJoinCode(formatJoinCode(code).toLowerCase())).toBe(code);
    expect(normalizeJoinCode(` ${code.slice(0, 5)} ${code.slice(5)} `)).toBe(code);
    expect(normalizeJoinCode('ABCDE-FGHI0')).toBeNull();
    expect(normalizeJoinCode('short')).toBeNull();
  });
});
