// The ending table: every surface realisation of every suffix chain, for every stem
// context (harmony × last-sound class), keyed by the surface ending. Built once, lazily.

import { CHAINS, type Chain } from './chains';
import { classOfChar, LAST_CLASSES, type Harmony, type LastClass } from './phonology';

export interface EndingEntry {
  chain: Chain;
  h: Harmony;
  cls: LastClass;
  /** surface text of each morpheme, in order */
  parts: string[];
}

let table: Map<string, EndingEntry[]> | null = null;
let maxLen = 0;

function expand(chain: Chain, h: Harmony, cls: LastClass): string[][] {
  let acc: { parts: string[]; prev: LastClass; prevLabel: string | null }[] = [{ parts: [], prev: cls, prevLabel: null }];
  for (const m of chain.morphs) {
    const next: typeof acc = [];
    for (const a of acc) {
      for (const f of m.forms(a.prev, h, a.prevLabel)) {
        next.push({ parts: [...a.parts, f], prev: f ? classOfChar(f[f.length - 1]!) : a.prev, prevLabel: m.label });
      }
    }
    acc = next;
  }
  return acc.map((a) => a.parts);
}

export function endingTable(): Map<string, EndingEntry[]> {
  if (table) return table;
  const t = new Map<string, EndingEntry[]>();
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
          let list = t.get(key);
          if (!list) t.set(key, (list = []));
          list.push({ chain, h, cls, parts });
          if (key.length > maxLen) maxLen = key.length;
        }
      }
    }
  }
  table = t;
  return t;
}

export function maxEndingLength(): number {
  endingTable();
  return maxLen;
}
