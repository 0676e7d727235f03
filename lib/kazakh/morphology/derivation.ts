// Derivation: a stem missing from the lexicon may be a known base plus a productive
// derivational suffix. In UD Kazakh-KTB derived words are their own lemma
// (экономикалық stays экономикалық), so the lemma is the whole derived stem.

import type { Upos } from '../types';
import type { LexEntry } from '../lexicon';
import { lookup as lookupLemma, maybeKeyPrefix } from './lookup';
import { lastClass, stemHarmony, type Harmony, type LastClass } from './phonology';
import { CharTrie } from '../char-trie';
import { CODE_T } from './char-codes';

export interface DerivRule {
  label: string;
  /** allomorphs: back|front variants, with the classes of the base's last sound that take them */
  forms: { back: string; front: string; after: readonly LastClass[] | 'any' }[];
  from: readonly Upos[];
  to: Upos | ((base: LexEntry) => Upos);
}

const CONS: readonly LastClass[] = ['P', 'Z', 'L', 'R', 'M', 'N'];
const VOICED: readonly LastClass[] = ['V', 'Z', 'L', 'R', 'M', 'N'];

export const DERIV_RULES: readonly DerivRule[] = [
  {
    label: 'DER.LYQ',
    forms: [
      { back: 'лық', front: 'лік', after: ['V', 'R'] },
      { back: 'дық', front: 'дік', after: ['Z', 'L', 'M', 'N'] },
      { back: 'тық', front: 'тік', after: ['P'] },
    ],
    from: ['NOUN', 'PROPN', 'ADJ', 'NUM', 'ADV', 'PRON'],
    to: (b) => (b.upos === 'NOUN' || b.upos === 'PROPN' || b.upos === 'NUM' ? 'ADJ' : 'NOUN'),
  },
  { label: 'DER.SHY', forms: [{ back: 'шы', front: 'ші', after: 'any' }], from: ['NOUN', 'PROPN', 'ADJ'], to: 'NOUN' },
  { label: 'DER.SHYLYQ', forms: [{ back: 'шылық', front: 'шілік', after: 'any' }], from: ['NOUN', 'ADJ'], to: 'NOUN' },
  {
    label: 'DER.LY',
    forms: [
      { back: 'лы', front: 'лі', after: ['V', 'R'] },
      { back: 'ды', front: 'ді', after: ['Z', 'L', 'M', 'N'] },
      { back: 'ты', front: 'ті', after: ['P'] },
    ],
    from: ['NOUN', 'PROPN', 'NUM'],
    to: 'ADJ',
  },
  { label: 'DER.SYZ', forms: [{ back: 'сыз', front: 'сіз', after: 'any' }], from: ['NOUN'], to: 'ADJ' },
  {
    label: 'DER.GY',
    forms: [
      { back: 'ғы', front: 'гі', after: VOICED },
      { back: 'қы', front: 'кі', after: ['P'] },
    ],
    from: ['NOUN', 'ADV', 'ADJ'],
    to: 'ADJ',
  },
  { label: 'DER.SHA', forms: [{ back: 'ша', front: 'ше', after: 'any' }], from: ['NOUN', 'PROPN', 'ADJ'], to: 'ADV' },
  { label: 'DER.KER', forms: [{ back: 'кер', front: 'кер', after: 'any' }, { back: 'гер', front: 'гер', after: 'any' }], from: ['NOUN'], to: 'NOUN' },
  { label: 'DER.IST', forms: [{ back: 'ист', front: 'ист', after: 'any' }], from: ['NOUN'], to: 'NOUN' },
  { label: 'DER.DAS', forms: [{ back: 'дас', front: 'дес', after: CONS }, { back: 'лас', front: 'лес', after: ['V', 'R'] }, { back: 'тас', front: 'тес', after: ['P'] }], from: ['NOUN'], to: 'NOUN' },
  { label: 'DER.SHIL', forms: [{ back: 'шыл', front: 'шіл', after: 'any' }], from: ['NOUN'], to: 'ADJ' },
  // "inter-": партияаралық, ведомствоаралық, дінаралық
  { label: 'DER.ARALYQ', forms: [{ back: 'аралық', front: 'аралық', after: 'any' }], from: ['NOUN', 'PROPN'], to: 'ADJ' },
  // diminutive: қала → қалашық, үй → үйшік
  { label: 'DER.SHYQ', forms: [{ back: 'шық', front: 'шік', after: 'any' }], from: ['NOUN'], to: 'NOUN' },
  { label: 'DER.SYMAQ', forms: [{ back: 'сымақ', front: 'сімек', after: 'any' }], from: ['NOUN'], to: 'NOUN' },
  // devices and tendencies from verbs: есепте → есептегіш "meter", көтер → көтергіш "lift",
  // үдет → үдеткіш "accelerator", жылыт → жылытқыш "heater"
  {
    label: 'DER.GYSH',
    forms: [
      { back: 'ғыш', front: 'гіш', after: VOICED },
      { back: 'қыш', front: 'кіш', after: ['P'] },
    ],
    from: ['VERB'],
    to: 'NOUN',
  },
  // the quality or practice of an agent (-ушы): ұйымдастыр → ұйымдастырушылық, ағарт →
  // ағартушылық, адас → адасушылық; a verb in ы/і loses it before у (ауытқы → ауытқушылық)
  { label: 'DER.USHYLYQ', forms: [{ back: 'ушылық', front: 'ушілік', after: 'any' }], from: ['VERB'], to: 'NOUN' },
  // approximate numerals: он → ондаған "dozens of", жүз → жүздеген, мың → мыңдаған
  {
    label: 'DER.DAGAN',
    forms: [
      { back: 'лаған', front: 'леген', after: ['V', 'R'] },
      { back: 'даған', front: 'деген', after: ['Z', 'L', 'M', 'N'] },
      { back: 'таған', front: 'теген', after: ['P'] },
    ],
    from: ['NUM'],
    to: 'NUM',
  },
];

/** Rules tried inside a -лық derivation (ел-ші-лік, тәуелсіз-дік). */
const INNER_RULES: readonly DerivRule[] = DERIV_RULES.slice(1);

/** Verb-forming suffixes on nominal bases: -ла/-лан (жоспар → жоспарла), -лас, -ай, -ар, -сыра. */
export const VERB_DERIV: readonly DerivRule[] = [
  {
    label: 'DER.LA',
    forms: [
      { back: 'ла', front: 'ле', after: ['V', 'R'] },
      { back: 'да', front: 'де', after: ['Z', 'L', 'M', 'N'] },
      { back: 'та', front: 'те', after: ['P'] },
    ],
    // not on numerals: жүз-деген, мың-даған are approximate numerals (DER.DAGAN), not verbs
    from: ['NOUN', 'ADJ', 'PROPN', 'ADV'],
    to: 'VERB',
  },
  { label: 'DER.LAS', forms: [{ back: 'лас', front: 'лес', after: ['V', 'R'] }, { back: 'дас', front: 'дес', after: ['Z', 'L', 'M', 'N'] }, { back: 'тас', front: 'тес', after: ['P'] }], from: ['NOUN', 'ADJ'], to: 'VERB' },
  { label: 'DER.AY', forms: [{ back: 'ай', front: 'ей', after: CONS }, { back: 'й', front: 'й', after: ['V'] }], from: ['ADJ', 'NOUN'], to: 'VERB' },
  { label: 'DER.AR', forms: [{ back: 'ар', front: 'ер', after: CONS }, { back: 'р', front: 'р', after: ['V'] }], from: ['ADJ'], to: 'VERB' },
  { label: 'DER.SYRA', forms: [{ back: 'сыра', front: 'сіре', after: 'any' }], from: ['NOUN', 'ADJ'], to: 'VERB' },
];

export interface Derived {
  lemma: string;
  upos: Upos;
  base: LexEntry;
  /** surface split of the derived stem: [base surface, suffix] */
  baseText: string;
  suffix: string;
  label: string;
}

function harmonyOk(base: string, suffixIsBack: boolean): boolean {
  const hs: Harmony[] = stemHarmony(base);
  return hs.includes(suffixIsBack ? 'back' : 'front');
}

interface IndexedForm { rule: DerivRule; after: readonly LastClass[] | 'any'; back: boolean; symmetric: boolean }
/** The forms of a rule set by suffix, in a trie read right to left (from the stem's end). */
type RuleIndex = CharTrie<IndexedForm[]>;
let nominalIndex: RuleIndex | null = null;
let innerIndex: RuleIndex | null = null;
let verbIndex: RuleIndex | null = null;

function indexRules(rules: readonly DerivRule[]): RuleIndex {
  if (rules === DERIV_RULES && nominalIndex) return nominalIndex;
  if (rules === VERB_DERIV && verbIndex) return verbIndex;
  if (rules === INNER_RULES && innerIndex) return innerIndex;
  const bySfx = new Map<string, IndexedForm[]>();
  for (const rule of rules) {
    for (const f of rule.forms) {
      const variants: [string, boolean][] = f.back === f.front ? [[f.back, true]] : [[f.back, true], [f.front, false]];
      for (const [sfx, back] of variants) {
        if (!sfx) continue;
        let list = bySfx.get(sfx);
        if (!list) bySfx.set(sfx, (list = []));
        list.push({ rule, after: f.after, back: f.back === f.front ? stemlessBoth : back, symmetric: rule.forms.some((x) => x.back === x.front && x.back === sfx) });
      }
    }
  }
  const ix: RuleIndex = CharTrie.build(bySfx, true);
  if (rules === DERIV_RULES) nominalIndex = ix;
  else if (rules === VERB_DERIV) verbIndex = ix;
  else if (rules === INNER_RULES) innerIndex = ix;
  return ix;
}
/** marker: the suffix has one form for both harmonies */
const stemlessBoth = true;

function tryRules(stem: string, rules: readonly DerivRule[], out: Derived[]): void {
  const rev = indexRules(rules);
  // the suffixes that end the stem, shortest first, in one right-to-left walk
  let node = 0;
  for (let i = stem.length - 1; i >= 2; i--) {
    node = rev.child(node, stem.charCodeAt(i));
    if (node < 0) break;
    const list = rev.value(node);
    if (!list || !maybeKeyPrefix(stem, i)) continue;
    const sfx = stem.slice(i);
    const baseText = stem.slice(0, i);
    // a final soft sign is silent: панель-дік, магистраль-дық take the suffix of л
    const cls = lastClass(baseText);
    for (const f of list) {
      const r = f.rule;
      if (!f.symmetric && !harmonyOk(baseText, f.back)) continue;
      if (f.after !== 'any' && !f.after.includes(cls)) continue;
      // -ғы/-гі does not follow a stem-final ы/і (керекті+гі is керектіг-і)
      if (r.label === 'DER.GY' && /[ыі]$/.test(baseText)) continue;
      // a suffix in т swallows a base-final т in writing: турист+тік → туристік
      const bases = sfx.charCodeAt(0) === CODE_T && /[скн]$/.test(baseText) ? [baseText, baseText + 'т']
        : r.label === 'DER.USHYLYQ' ? [baseText, baseText + (f.back ? 'ы' : 'і')] : [baseText];
      for (const base of bases) {
        for (const b of lookupLemma(base)) {
          if (!r.from.includes(b.upos)) continue;
          const upos = typeof r.to === 'function' ? r.to(b) : r.to;
          out.push({ lemma: stem, upos, base: b, baseText, suffix: sfx, label: r.label });
        }
      }
    }
  }
}

const VOICED_STOP: Record<string, string> = { 'б': 'п', 'г': 'к', 'ғ': 'қ' };

/**
 * Adjectives of state from a verb's -у form + -лы/-лі: шектеу-лі "limited", жабу-лы "closed",
 * ілу-лі "hanging", атау-лы "named" (the verbal noun's spelling: қамты+у → қамтулы,
 * жап+у → жабулы). Their own lemma, like every derived word.
 */
function stateAdjectives(stem: string, out: Derived[]): void {
  if (stem.length < 5 || !(stem.endsWith('улы') || stem.endsWith('улі'))) return;
  const vn = stem.slice(0, -2);
  const base = vn.slice(0, -1);
  if (!maybeKeyPrefix(stem, base.length - 1)) return;
  const front = stem.endsWith('і');
  const last = base[base.length - 1]!;
  const bases = [base, base + (front ? 'і' : 'ы')];
  if (VOICED_STOP[last]) bases.push(base.slice(0, -1) + VOICED_STOP[last]);
  for (const b of bases) {
    for (const e of lookupLemma(b)) {
      if (e.upos !== 'VERB') continue;
      out.push({ lemma: stem, upos: 'ADJ', base: e, baseText: vn, suffix: stem.slice(-2), label: 'DER.LY' });
    }
  }
}

/** Nominal derivations of a stem whose base is in the lexicon. */
export function deriveNominal(stem: string): Derived[] {
  const out: Derived[] = [];
  tryRules(stem, DERIV_RULES, out);
  stateAdjectives(stem, out);
  // two levels: тәуелсіз+дік, мемлекет+тік already one; ел+ші+лік
  if (out.length === 0) {
    const r = DERIV_RULES[0]!;
    for (const f of r.forms) {
      innerDerived(stem, f.back, r.label, out);
      innerDerived(stem, f.front, r.label, out);
    }
  }
  return out;
}

/** stem = a derived inner stem + sfx (the first rule's suffix): ел+ші+лік. */
function innerDerived(stem: string, sfx: string, label: string, out: Derived[]): void {
  if (stem.length <= sfx.length + 2 || !stem.endsWith(sfx)) return;
  const innerD: Derived[] = [];
  tryRules(stem.slice(0, stem.length - sfx.length), INNER_RULES, innerD);
  for (const d of innerD) out.push({ lemma: stem, upos: 'NOUN', base: d.base, baseText: d.baseText, suffix: d.suffix + sfx, label: d.label + '+' + label });
}

/** Verbs derived from a known nominal (жоспар → жоспарла). */
export function deriveVerb(stem: string): Derived[] {
  const out: Derived[] = [];
  tryRules(stem, VERB_DERIV, out);
  return out;
}
