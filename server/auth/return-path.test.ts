import { describe, expect, it } from 'vitest';
import { safeReturnPath, signInPath } from './return-path';

describe('safeReturnPath', () => {
  it('keeps paths inside the app, without their locale', () => {
    expect(safeReturnPath('/join/ABCD23EFGH')).toBe('/join/ABCD23EFGH');
    expect(safeReturnPath('/ru/join/ABCD23EFGH')).toBe('/join/ABCD23EFGH');
    expect(safeReturnPath('/kk')).toBe('/');
    expect(safeReturnPath('/en/study/essay-central-asia')).toBe('/study/essay-central-asia');
    expect(safeReturnPath('/english-club')).toBe('/english-club');
  });

  it('refuses other origins and anything that is not a plain path', () => {
    for (const bad of [
      'https://evil.example/',
      '//evil.example/x',
      '/\\evil.example',
      'join/x',
      '/join?x=1',
      '/join#x',
      'javascript:alert(1)',
      '/ru//evil.example',
      '',
      '/' + 'a'.repeat(400),
      42,
      undefined,
    ]) {
      expect(safeReturnPath(bad), String(bad)).toBeNull();
    }
  });

  it('builds the sign-in address that returns there', () => {
    expect(signInPath('/join/ABC')).toBe('/sign-in?next=%2Fjoin%2FABC');
    expect(signInPath('//evil.example')).toBe('/sign-in');
    expect(signInPath()).toBe('/sign-in');
  });
});
