// The KazNERD sentences (../shared/corpus/kaznerd) split in two: the frequency data are
// counted on the "train" part, and checks that use those frequencies (run-together words)
// run on the held-out part only. Blocks of 100 lines keep the corpus's adjacent twin
// sentences (numbers as words / as digits) on the same side.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const KAZNERD = path.resolve(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'kaznerd', 'kaznerd-valid.kk.txt');

export function isHeldOut(lineIndex: number): boolean {
  return Math.floor(lineIndex / 100) % 10 === 9;
}

export function kaznerdLines(part: 'train' | 'held-out' | 'all', file = KAZNERD): string[] | null {
  if (!existsSync(file)) return null;
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l, i) => l.trim() !== '' && (part === 'all' || isHeldOut(i) === (part === 'held-out')));
}
