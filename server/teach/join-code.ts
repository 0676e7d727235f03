// Join codes: 10 characters from an alphabet without look-alikes (no 0/O, 1/I/L), drawn
// with crypto randomness: 31^10 ≈ 2^49.5 codes. Shown grouped (ABCDE-FGHJK); typed in any
// case, with or without the dash or spaces.
import 'server-only';
import { randomInt } from 'node:crypto';

export const JOIN_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 10;

export function generateJoinCode(): string {
  let code = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_ALPHABET[randomInt(JOIN_ALPHABET.length)];
  return code;
}

/** The canonical form of a typed code, or null when it cannot be a code. */
export function normalizeJoinCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, '');
  if (code.length !== JOIN_CODE_LENGTH) return null;
  for (const ch of code) if (!JOIN_ALPHABET.includes(ch)) return null;
  return code;
}

export function formatJoinCode(code: string): string {
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}
