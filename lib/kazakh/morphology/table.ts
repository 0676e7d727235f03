// The ending table: every surface realisation of every suffix chain, for every stem
// context (harmony × last-sound class), keyed by the surface ending. Built once, lazily.

import { CHAINS, type Chain } from './chains';
import { classOfChar, isVowel, LAST_CLASSES, VOICING, type Harmony, type LastClass } from './phonology';
import { CharTrie } from '../char-trie';

export interface EndingEntry {
  chain: Chain;
  h: Harmony;
  cls: LastClass;
  /** surface text of each morpheme, in order */
  parts: string[];
}

let table: Map<string, EndingEntry[]> | null = null;
let byCtx: Map<string, (EndingEntry[] | undefined)[]> | null = null;
let maxLen = 0;

function expand(chain: Chain, h: Harmony, cls: LastClass): string[][] {
  let acc: { parts: string[]; prev: LastClass; prevLabel: string | null }[] = [{ parts: [], prev: cls, prevLabel: null }];
  for (const m of chain.morphs) {
    const next: typeof acc = [];
    for (const a of acc) {
      for (const f of m.forms(a.prev, h, a.prevLabel)) {
        // a suffix-final қ/к voices before a vowel: қал-ған-дық-ы → қалғандығы
        const parts = [...a.parts];
        const last = parts.length ? parts[parts.length - 1]! : '';
        if (f && isVowel(f[0]!) && last && VOICING[last[last.length - 1]!]) parts[parts.length - 1] = last.slice(0, -1) + VOICING[last[last.length - 1]!];
        next.push({ parts: [...parts, f], prev: f ? classOfChar(f[f.length - 1]!) : a.prev, prevLabel: m.label });
      }
    }
    acc = next;
  }
  return acc.map((a) => a.parts);
}

function build(): void {
  const t = new Map<string, EndingEntry[]>();
  const c = new Map<string, (EndingEntry[] | undefined)[]>();
  const seen = new Set<string>();
  for (const chain of CHAINS) {
    for (const h of ['back', 'front'] as const) {
      for (const cls of LAST_CLASSES) {
        for (const parts of expand(chain, h, cls)) {
          const key = parts.join('');
          if (!key) continue;
          const sig = `${key}\u0000${chain.id}\u0000${h}\u0000${cls}\u0000${parts.join('+')}`;
          if (seen.has(sig)) continue;
          seen.add(sig);
          const e: EndingEntry = { chain, h, cls, parts };
          let list = t.get(key);
          if (!list) t.set(key, (list = []));
          list.push(e);
          let slots = c.get(key);
          if (!slots) c.set(key, (slots = new Array<EndingEntry[] | undefined>(LAST_CLASSES.length * 2).fill(undefined)));
          const si = ctxIndex(cls, h);
          (slots[si] ??= []).push(e);
          if (key.length > maxLen) maxLen = key.length;
        }
      }
    }
  }
  table = t;
  byCtx = c;
  // reversed trie of endings, to find every ending of a word in one right-to-left walk
  revTrie = CharTrie.build(c, true);
}

type Slots = (EndingEntry[] | undefined)[];
let revTrie: CharTrie<Slots> | null = null;

/**
 * Start positions i (ascending) such that word.slice(i) is a known ending, i ≥ minStart.
 * One right-to-left walk, no string slicing.
 */
export function endingStarts(word: string, minStart: number): number[] {
  if (!revTrie) build();
  const t = revTrie!;
  const out: number[] = [];
  let node = 0;
  for (let i = word.length - 1; i >= minStart; i--) {
    node = t.child(node, word.charCodeAt(i));
    if (node < 0) break;
    if (t.value(node)) out.push(i);
  }
  return out.reverse();
}

/** Endings of a word found in one right-to-left walk: start positions and their entries by context. */
export interface WordEndings {
  /** ascending start positions i (word.slice(i) is a known ending) */
  starts: number[];
  /** slotsAt[i]: the entries of word.slice(i) by context (index with contextIndex) */
  slotsAt: ((EndingEntry[] | undefined)[] | undefined)[];
}

/** Like endingStarts, with each ending's entries by stem context (no substring, no hashing). */
export function wordEndings(word: string, minStart: number): WordEndings {
  if (!revTrie) build();
  const t = revTrie!;
  const starts: number[] = [];
  const slotsAt = new Array<Slots | undefined>(word.length);
  let node = 0;
  for (let i = word.length - 1; i >= minStart; i--) {
    node = t.child(node, word.charCodeAt(i));
    if (node < 0) break;
    const slots = t.value(node);
    if (slots) {
      starts.push(i);
      slotsAt[i] = slots;
    }
  }
  starts.reverse();
  return { starts, slotsAt };
}

/** Index of a stem context (last-sound class × harmony) in an ending's slots. */
export function contextIndex(cls: LastClass, h: Harmony): number {
  return ctxIndex(cls, h);
}

const CLASS_INDEX: Record<LastClass, number> = { V: 0, P: 1, Z: 2, L: 3, R: 4, M: 5, N: 6 };
function ctxIndex(cls: LastClass, h: Harmony): number {
  return CLASS_INDEX[cls] * 2 + (h === 'back' ? 0 : 1);
}

export function endingTable(): Map<string, EndingEntry[]> {
  if (!table) build();
  return table!;
}

/** Entries for an ending after a stem of this class and harmony. */
export function entriesFor(ending: string, cls: LastClass, h: Harmony): EndingEntry[] | undefined {
  if (!byCtx) build();
  const slots = byCtx!.get(ending);
  return slots ? slots[ctxIndex(cls, h)] : undefined;
}

export function maxEndingLength(): number {
  endingTable();
  return maxLen;
}
