// Suffix chains: the sequences of inflectional morphemes that may follow a nominal or a
// verb stem, with the UD features each whole chain gives and a small ranking penalty
// (higher = less likely reading).

import {
  ABL, ACC, AGENT, AOR, AOR3, COND, COP1PL, COP1SG, COP2PL, COP2PLPOL, COP2POL, COP2SG, COPS, CVB_IMP, CVB_PERF,
  ABESS, COMP, DAT, DES, DYQ, EQU, ISIMEN, GY, ORD, EVID, FUT, GALY, GANSHA, GASYN, GEN, IMP_PL, IMP_PLPOL, IMP_POL, INS, INTENT, LOC, LOCADJ,
  NEG, NEG_CVB, NEG_FUT, OPT1PL, OPT1SG, OPT3, P2_1PL, P2_1SG, P2_2PL, P2_2PLPOL, P2_2POL, P2_2SG, PL, POSS1PL,
  POSS1SG, POSS2POL, POSS2SG, POSS3, POSSES, PST, PTCP_HAB, PTCP_PST, SHY, SIM, VN, type Feats, type Morph,
} from './suffixes';

export type ChainCat = 'N' | 'V';

export interface Chain {
  id: number;
  cat: ChainCat;
  /** short name of the reading, used by sentence rules (e.g. 'N', 'PTCP.PST.FIN', 'CVB.PERF') */
  kind: string;
  morphs: Morph[];
  feats: Feats;
  penalty: number;
  /** the chain has a plural morpheme */
  plural: boolean;
}

const chains: Chain[] = [];

function add(cat: ChainCat, kind: string, morphs: Morph[], feats: Feats, penalty = 0): void {
  chains.push({ id: chains.length, cat, kind, morphs, feats: Object.freeze(feats), penalty: penalty + morphs.length * 0.1, plural: morphs.some((m) => m.label === 'PL') });
}

function merge(...fs: Feats[]): Feats {
  return Object.assign({}, ...fs) as Feats;
}

function featsOf(morphs: Morph[]): Feats {
  return merge(...morphs.map((m) => m.feats));
}

// ---------------------------------------------------------------- nominal chains
const CASE_SLOT: (Morph | null)[] = [null, GEN, ACC, DAT, LOC, ABL, INS, LOCADJ];
for (const pl of [null, PL]) {
  for (const poss of [null, ...POSSES]) {
    for (const c of CASE_SLOT) {
      const ms = [pl, poss, c].filter((m): m is Morph => m !== null);
      const f = featsOf(ms);
      if (!f.Case) f.Case = 'Nom';
      let pen = 0;
      if (poss && poss !== POSS3) pen += 0.6;
      if (c === LOCADJ) pen += 0.2;
      add('N', 'N', ms, f, pen);
    }
  }
  // similative / equative
  add('N', 'N.SIM', pl ? [pl, SIM] : [SIM], merge(pl ? PL.feats : {}), 1);
  add('N', 'N.EQU', pl ? [pl, EQU] : [EQU], merge(pl ? PL.feats : {}), 1.2);
  // predicative person endings (copula suffixes): "мемлекеттерміз", "дайынмын"
  for (const cop of COPS) {
    const ms = pl ? [pl, cop] : [cop];
    add('N', 'N.COP', ms, merge({ Case: 'Nom' }, pl ? PL.feats : {}, { Person: cop.feats.Person ?? '3' }), 1.5);
    // a locative predicate: үйдемін, эфирдесіз ("I am at home", "you are on air"), үстіндеміз
    add('N', 'N.COP', [...(pl ? [pl] : []), LOC, cop], merge({ Case: 'Loc' }, pl ? PL.feats : {}, { Person: cop.feats.Person ?? '3' }), 1.5);
    add('N', 'N.COP', [...(pl ? [pl] : []), POSS3, LOC, cop], merge({ Case: 'Loc' }, POSS3.feats, pl ? PL.feats : {}, { Person: cop.feats.Person ?? '3' }), 1.6);
    // a possessed predicate: азаматымын ("I am its citizen"), елшісімін
    add('N', 'N.COP', [...(pl ? [pl] : []), POSS3, cop], merge({ Case: 'Nom' }, POSS3.feats, pl ? PL.feats : {}, { Person: cop.feats.Person ?? '3' }), 1.6);
  }
  for (const poss of POSSES) add('N', 'N', pl ? [pl, poss, EQU] : [poss, EQU], merge(poss.feats, pl ? PL.feats : {}), poss === POSS3 ? 1.2 : 1.4);
  // substantivised "the one(s) in …": әкімдіктегілер, комитетіндегілерге
  for (const poss of [null, POSS3]) {
    for (const c of [null, GEN, ACC, DAT, ABL, INS]) {
      add('N', 'N', [...(pl ? [pl] : []), ...(poss ? [poss] : []), LOCADJ, PL, ...(c ? [c] : [])], merge({ Case: 'Nom', Number: 'Plur' }, poss?.feats ?? {}, c?.feats ?? {}), 1.0);
    }
  }
  add('N', 'N.SIM', pl ? [pl, POSS3, SIM] : [POSS3, SIM], merge(POSS3.feats, pl ? PL.feats : {}), 1.2);
}

// ordinals (numerals only) and the attributive -ғы (adverbs / time words)
add('N', 'N.ORD', [ORD], { NumType: 'Ord' }, 0);
for (const poss of [null, POSS3]) {
  for (const c of [null, GEN, ACC, DAT, LOC, ABL, INS]) {
    if (!poss && !c) continue;
    // біріншісі, екіншісіне, біріншіден ("firstly")
    add('N', 'N.ORD', [ORD, ...(poss ? [poss] : []), ...(c ? [c] : [])], merge({ NumType: 'Ord' }, poss?.feats ?? {}, c?.feats ?? {}), 0.3);
  }
}
add('N', 'N.GY', [GY], { Case: 'Nom' }, 0.6);
add('N', 'N.COMP', [COMP], { Degree: 'Cmp' }, 0.3);

// ---------------------------------------------------------------- verbal chains
const FIN_IND = { Mood: 'Ind', VerbForm: 'Fin' };
const S3 = { Number: 'Sing', Person: '3' };
const neg = (n: boolean): Morph[] => (n ? [NEG] : []);
const polF = (n: boolean): Feats => (n ? { Polarity: 'Neg' } : {});

for (const n of [false, true]) {
  const N = neg(n);
  const P = polF(n);
  // present/future (aorist)
  const aorPersons: [Morph, Feats][] = [
    [AOR3, S3], [COP1SG, COP1SG.feats], [P2_1SG, P2_1SG.feats], [COP2SG, COP2SG.feats], [COP2POL, COP2POL.feats],
    [COP1PL, COP1PL.feats], [COP2PL, COP2PL.feats], [COP2PLPOL, COP2PLPOL.feats],
  ];
  for (const [pm, pf] of aorPersons) {
    add('V', 'PRS', [...N, AOR, pm], merge(AOR.feats, pf, P), pm === P2_1SG ? 0.8 : 0);
  }
  // simple past
  const pstPersons: [Morph | null, Feats][] = [
    [null, S3], [P2_1SG, P2_1SG.feats], [P2_2SG, P2_2SG.feats], [P2_2POL, P2_2POL.feats], [P2_1PL, P2_1PL.feats],
    [P2_2PL, P2_2PL.feats], [P2_2PLPOL, P2_2PLPOL.feats],
  ];
  // the familiar 2nd person -ды-ң spells like a genitive (серіктес-тің, жұмыс-тың) and is rare
  // in writing: it ranks after the noun
  for (const [pm, pf] of pstPersons) add('V', 'PST', [...N, PST, ...(pm ? [pm] : [])], merge(PST.feats, pf, P), pm === P2_2SG ? 0.5 : 0);
  // past participle -ған: finite, participle, verbal noun
  add('V', 'PTCP.PST.FIN', [...N, PTCP_PST], merge(FIN_IND, S3, { Tense: 'Past' }, P));
  add('V', 'PTCP.PST', [...N, PTCP_PST], merge({ Tense: 'Past', VerbForm: 'Part' }, P), 0.1);
  add('V', 'PTCP.PST.GER', [...N, PTCP_PST], merge({ Case: 'Nom', Tense: 'Past', VerbForm: 'Ger' }, P), 0.4);
  for (const cop of COPS) add('V', 'PTCP.PST.FIN', [...N, PTCP_PST, cop], merge(FIN_IND, cop.feats, { Tense: 'Past' }, P));
  for (const poss of [null, POSS1SG, POSS2SG, POSS2POL, POSS3, POSS1PL]) {
    for (const c of [null, GEN, ACC, DAT, LOC, ABL, INS, LOCADJ]) {
      if (!poss && !c) continue;
      const ms = [...N, PTCP_PST, ...(poss ? [poss] : []), ...(c ? [c] : [])];
      add('V', 'PTCP.PST.GER', ms, merge({ Case: 'Nom' }, poss?.feats ?? {}, c?.feats ?? {}, { Tense: 'Past', VerbForm: 'Ger' }, P));
    }
  }
  // substantivised plural participles: ұсынғандар, жұқтырғандардың, келетіндерге (UD-KTB: VerbForm=Ger)
  for (const ptcp of [PTCP_PST, PTCP_HAB]) {
    const tf: Feats = ptcp === PTCP_PST ? { Tense: 'Past' } : { Aspect: 'Imp' };
    for (const poss of [null, POSS3, POSS1PL]) {
      for (const c of [null, GEN, ACC, DAT, LOC, ABL, INS]) {
        add('V', ptcp === PTCP_PST ? 'PTCP.PST.GER' : 'PTCP.HAB.GER', [...N, ptcp, PL, ...(poss ? [poss] : []), ...(c ? [c] : [])],
          merge({ Case: 'Nom', Number: 'Plur' }, poss?.feats ?? {}, c?.feats ?? {}, tf, { VerbForm: 'Ger' }, P), 0.5);
      }
    }
  }
  // -ғандық, also in the plural (келгендіктерін "that they came")
  for (const c of [null, GEN, ACC, DAT, LOC, ABL, INS]) {
    for (const poss of [null, POSS3]) {
      for (const pl of [null, PL]) {
        add('V', 'PTCP.PST.GER', [...N, PTCP_PST, DYQ, ...(pl ? [pl] : []), ...(poss ? [poss] : []), ...(c ? [c] : [])],
          merge({ Case: 'Nom' }, pl ? { Number: 'Plur' } : {}, poss?.feats ?? {}, c?.feats ?? {}, { VerbForm: 'Ger' }, P), 0.3);
      }
    }
  }
  add('V', 'PTCP.PST.GER', [...N, PTCP_PST, SIM], merge({ Tense: 'Past', VerbForm: 'Ger' }, P), 0.3);
  // habitual participle -атын
  add('V', 'PTCP.HAB', [...N, PTCP_HAB], merge({ Aspect: 'Imp', VerbForm: 'Part' }, P));
  add('V', 'PTCP.HAB.FIN', [...N, PTCP_HAB], merge({ Aspect: 'Imp' }, FIN_IND, S3, { Tense: 'Past' }, P), 0.5);
  for (const cop of COPS) add('V', 'PTCP.HAB.FIN', [...N, PTCP_HAB, cop], merge({ Aspect: 'Imp' }, FIN_IND, cop.feats, { Tense: 'Past' }, P));
  for (const poss of [null, POSS3, POSS1SG, POSS1PL]) {
    for (const c of [null, GEN, ACC, DAT, LOC, ABL, INS]) {
      if (!poss && !c) continue;
      add('V', 'PTCP.HAB.GER', [...N, PTCP_HAB, ...(poss ? [poss] : []), ...(c ? [c] : [])],
        merge({ Aspect: 'Imp', Case: 'Nom' }, poss?.feats ?? {}, c?.feats ?? {}, { VerbForm: 'Ger' }, P), 0.2);
    }
  }
  // future / aorist participle -ар (negative -мас)
  const futM = n ? [NEG, NEG_FUT] : [FUT];
  add('V', 'FUT.FIN', futM, merge(FIN_IND, S3, { Tense: 'Fut' }, P), 0.4);
  add('V', 'FUT.PTCP', futM, merge({ Tense: 'Fut', VerbForm: 'Part' }, P), 0.5);
  if (n) for (const c of [DAT, ACC]) add('V', 'FUT.GER', [NEG, NEG_FUT, c], merge({ Tense: 'Fut', VerbForm: 'Ger' }, c.feats, P), 0.4);
  for (const cop of COPS) add('V', 'FUT.FIN', [...futM, cop], merge(FIN_IND, cop.feats, { Tense: 'Fut' }, P));
  add('V', 'PTCP.HAB.GER', [...N, PTCP_HAB, SIM], merge({ Aspect: 'Imp', VerbForm: 'Ger' }, P), 0.4);
  // -атындық (келмейтіндігін) and the future participle as a noun (айтарым жоқ, болары анық)
  // (also in the plural: келмейтіндіктерін "that they do not come")
  for (const c of [null, GEN, ACC, DAT, LOC, ABL, INS]) {
    for (const poss of [null, POSS3]) {
      for (const pl of [null, PL]) {
        add('V', 'PTCP.HAB.GER', [...N, PTCP_HAB, DYQ, ...(pl ? [pl] : []), ...(poss ? [poss] : []), ...(c ? [c] : [])],
          merge({ Aspect: 'Imp', Case: 'Nom' }, pl ? { Number: 'Plur' } : {}, poss?.feats ?? {}, c?.feats ?? {}, { VerbForm: 'Ger' }, P), 0.3);
      }
    }
  }
  if (!n) {
    for (const poss of [POSS1SG, POSS2SG, POSS3, POSS1PL]) {
      for (const c of [null, ACC, DAT, LOC]) {
        add('V', 'FUT.GER', [FUT, poss, ...(c ? [c] : [])], merge({ Case: 'Nom' }, poss.feats, c?.feats ?? {}, { Tense: 'Fut', VerbForm: 'Ger' }), 0.5);
      }
    }
  }
  // intention -мақ
  add('V', 'INTENT', [...N, INTENT], merge({ Mood: 'Des', Tense: 'Fut', VerbForm: 'Fin' }, S3, P), 0.3);
  add('V', 'INTENT', [...N, INTENT, SHY], merge({ Mood: 'Des', Tense: 'Fut', VerbForm: 'Fin' }, S3, P), 0.3);
  for (const cop of [COP1SG, COP2SG, COP1PL, COP2POL]) {
    add('V', 'INTENT', [...N, INTENT, cop], merge({ Mood: 'Des', Tense: 'Fut', VerbForm: 'Fin' }, cop.feats, P), 0.3);
    add('V', 'INTENT', [...N, INTENT, SHY, cop], merge({ Mood: 'Des', Tense: 'Fut', VerbForm: 'Fin' }, cop.feats, P), 0.3);
  }
  // conditional -са
  for (const [pm, pf] of pstPersons) {
    add('V', 'COND', [...N, COND, ...(pm ? [pm] : [])], merge(COND.feats, pf, P));
  }
  // optative / imperative
  // negative optative -масын is rare beside a noun in -ма + POSS.3 + ACC (бағдарламасын)
  add('V', 'OPT', [...N, OPT3], merge(OPT3.feats, P), n ? 0.3 : 0);
  add('V', 'OPT', [...N, OPT1SG], merge(OPT1SG.feats, P));
  add('V', 'OPT', [...N, OPT1PL], merge(OPT1PL.feats, P));
  add('V', 'IMP', [...N, IMP_POL], merge(IMP_POL.feats, P), 0.3);
  add('V', 'IMP', [...N, IMP_PL], merge(IMP_PL.feats, P), 0.5);
  add('V', 'IMP', [...N, IMP_PLPOL], merge(IMP_PLPOL.feats, P), 0.5);
  // verbal noun -у (+ possessive + case)
  for (const poss of [null, POSS1SG, POSS2SG, POSS2POL, POSS3, POSS1PL]) {
    for (const c of [null, GEN, ACC, DAT, LOC, ABL, INS, LOCADJ]) {
      const ms = [...N, VN, ...(poss ? [poss] : []), ...(c ? [c] : [])];
      add('V', 'VN', ms, merge({ Case: 'Nom' }, poss?.feats ?? {}, c?.feats ?? {}, { VerbForm: 'Ger' }, P), poss && poss !== POSS3 ? 0.5 : 0);
    }
  }
  for (const poss of [null, POSS3]) {
    for (const c of [null, GEN, ACC, DAT, LOC, ABL, INS]) {
      add('V', 'VN', [...N, VN, PL, ...(poss ? [poss] : []), ...(c ? [c] : [])], merge({ Case: 'Nom', Number: 'Plur' }, poss?.feats ?? {}, c?.feats ?? {}, { VerbForm: 'Ger' }, P), 0.5);
    }
  }
  add('V', 'VN', [...N, VN, SHY], merge({ VerbForm: 'Ger' }, P), 0.8);
  if (!n) add('V', 'VN', [VN, ABESS], { VerbForm: 'Ger' }, 0.6);
  // "we are working on …": жүргізудеміз, жоспарлаудамыз; "as if we saw": көргендейміз
  for (const cop of COPS) {
    add('V', 'VN', [...N, VN, LOC, cop], merge({ Case: 'Loc', VerbForm: 'Ger' }, { Person: cop.feats.Person ?? '3' }, P), 0.6);
    add('V', 'PTCP.PST.GER', [...N, PTCP_PST, SIM, cop], merge({ Tense: 'Past', VerbForm: 'Ger' }, { Person: cop.feats.Person ?? '3' }, P), 0.6);
  }
  // "according to": айтуынша, пайымдауымша, білуімізше
  for (const poss of [POSS3, POSS1SG, POSS1PL]) add('V', 'VN', [...N, VN, poss, EQU], merge(poss.feats, { VerbForm: 'Ger' }, P), 0.4);
  // desiderative -ғы + possessive (айтқым келеді, тарағысы келеді)
  for (const poss of [POSS1SG, POSS2SG, POSS3, POSS1PL, POSS2POL]) {
    add('V', 'DES', [...N, DES, poss], merge({ Mood: 'Des', VerbForm: 'Inf' }, { Number: poss.feats['Number[psor]'] === 'Plur' ? 'Plur' : 'Sing', Person: poss.feats['Person[psor]'] ?? '3' }, P), 0.3);
  }
}
// positive-only / negative-only forms
add('V', 'CVB.PERF', [CVB_PERF], { ...CVB_PERF.feats });
add('V', 'EVID', [CVB_PERF, EVID], merge(EVID.feats, S3), 0.2);
add('V', 'CVB.IMP', [CVB_IMP], { ...CVB_IMP.feats });
add('V', 'CVB.NEG', [NEG, NEG_CVB], { Aspect: 'Perf', Polarity: 'Neg', VerbForm: 'Conv' });
add('V', 'CVB.NEG', [NEG, NEG_CVB, { label: 'CVB.NEG', feats: {}, forms: (_p, h) => [h === 'back' ? 'ынша' : 'інше'] }], { Polarity: 'Neg', VerbForm: 'Conv' }, 0.3);
// "without …ing": айт-па-стан, тоқта-ма-стан, ойлан-ба-стан
add('V', 'CVB.NEG', [NEG, { label: 'CVB.NEG', feats: {}, forms: (_p, h) => [h === 'back' ? 'стан' : 'стен'] }], { Polarity: 'Neg', VerbForm: 'Conv' }, 0.3);
add('V', 'CVB', [GALY], { VerbForm: 'Conv' }, 0.2);
add('V', 'CVB', [GANSHA], { VerbForm: 'Conv' }, 0.2);
add('V', 'CVB', [GASYN], { VerbForm: 'Conv' }, 0.2);
add('V', 'CVB', [ISIMEN], { VerbForm: 'Conv' }, 0.3);
// negative evidential: келмепті ("apparently did not come")
add('V', 'EVID', [NEG, CVB_PERF, EVID], merge(EVID.feats, S3, { Polarity: 'Neg' }), 0.3);
add('V', 'IMP.NEG', [NEG], { Mood: 'Imp', Number: 'Sing', Person: '2', Polarity: 'Neg', VerbForm: 'Fin' }, 0.8);
add('V', 'AGENT', [AGENT], { ...AGENT.feats }, 0.3);
for (const c of [GEN, ACC, DAT, LOC, ABL, INS]) add('V', 'AGENT', [AGENT, c], merge(AGENT.feats, c.feats), 0.4);
// the agent noun declines like a noun: орындаушысы, атсалысушылармен, үйлестірушілеріне
for (const pl of [null, PL]) {
  for (const poss of [null, POSS3, POSS1PL]) {
    for (const c of [null, GEN, ACC, DAT, LOC, ABL, INS]) {
      if (!pl && !poss) continue;
      add('V', 'AGENT', [AGENT, ...(pl ? [pl] : []), ...(poss ? [poss] : []), ...(c ? [c] : [])], merge(AGENT.feats, pl ? PL.feats : {}, poss?.feats ?? {}, c?.feats ?? {}), 0.4);
    }
  }
}

export const CHAINS: readonly Chain[] = chains;

/** Readings of a bare stem (no suffix). */
export const BARE_NOUN: Chain = { id: -1, cat: 'N', kind: 'N', morphs: [], feats: Object.freeze({ Case: 'Nom' }), penalty: 0, plural: false };
export const BARE_VERB: Chain = { id: -2, cat: 'V', kind: 'IMP', morphs: [], feats: Object.freeze({ Mood: 'Imp', Number: 'Sing', Person: '2', VerbForm: 'Fin' }), penalty: 1.5, plural: false };

export { PST, DAT, ACC, GEN, LOC, ABL, INS, COP1SG, COP1PL, COP2SG };
