// Suffix inventory: each morpheme picks its allomorph from the harmony of the word and the
// last sound before it (consonant assimilation), then chains of morphemes are listed for
// nouns (plural, possessive, case, predicative person) and verbs (negation, tense/aspect/
// mood, person, participles, converbs, verbal nouns).

import { hv, type Harmony, type LastClass } from './phonology';

export type Feats = Record<string, string>;

export interface Morph {
  label: string;
  feats: Feats;
  /** allomorphs for this context; prevLabel is the label of the morpheme before (null = stem). */
  forms(prev: LastClass, h: Harmony, prevLabel: string | null): string[];
}

type ClassMap = Partial<Record<LastClass, string>> & { _?: string };

/** A morpheme whose allomorph depends only on the previous sound; forms are "back|front". */
function byClass(label: string, feats: Feats, map: ClassMap, special?: (prevLabel: string | null) => string | undefined): Morph {
  return {
    label,
    feats,
    forms(prev, h, prevLabel) {
      if (special) {
        const s = special(prevLabel);
        if (s !== undefined) return s.split(',').map((p) => hv(p, h));
      }
      const f = map[prev] ?? map._;
      if (f === undefined) return [];
      return f.split(',').map((p) => hv(p, h));
    },
  };
}

const isPoss3 = (l: string | null): boolean => l === 'POSS.3';
const isPoss12 = (l: string | null): boolean => l === 'POSS.1SG' || l === 'POSS.2SG';

// ---------------------------------------------------------------- nominal morphemes
export const PL = byClass('PL', { Number: 'Plur' }, { V: 'лар|лер', R: 'лар|лер', L: 'дар|дер', M: 'дар|дер', N: 'дар|дер', Z: 'дар|дер', P: 'тар|тер' });

const PSOR3 = { 'Number[psor]': 'Plur,Sing', 'Person[psor]': '3' };
export const POSS3 = byClass('POSS.3', PSOR3, { V: 'сы|сі', _: 'ы|і' });
export const POSS1SG = byClass('POSS.1SG', { 'Number[psor]': 'Sing', 'Person[psor]': '1' }, { V: 'м', _: 'ым|ім' });
export const POSS2SG = byClass('POSS.2SG', { 'Number[psor]': 'Sing', 'Person[psor]': '2' }, { V: 'ң', _: 'ың|ің' });
export const POSS2POL = byClass('POSS.2SG.POL', { 'Number[psor]': 'Sing', 'Person[psor]': '2', Polite: 'Form' }, { V: 'ңыз|ңіз', _: 'ыңыз|іңіз' });
export const POSS1PL = byClass('POSS.1PL', { 'Number[psor]': 'Plur', 'Person[psor]': '1' }, { V: 'мыз|міз', _: 'ымыз|іміз' });

export const GEN = byClass('GEN', { Case: 'Gen' }, { V: 'ның|нің', M: 'ның|нің', N: 'ның|нің', L: 'дың|дің', R: 'дың|дің', Z: 'дың|дің', P: 'тың|тің' });
export const ACC = byClass('ACC', { Case: 'Acc' }, { V: 'ны|ні', P: 'ты|ті', _: 'ды|ді' }, (p) => (isPoss3(p) ? 'н' : undefined));
export const DAT = byClass('DAT', { Case: 'Dat' }, { P: 'қа|ке', _: 'ға|ге' }, (p) => (isPoss3(p) ? 'на|не' : isPoss12(p) ? 'а|е' : undefined));
export const LOC = byClass('LOC', { Case: 'Loc' }, { P: 'та|те', _: 'да|де' }, (p) => (isPoss3(p) ? 'нда|нде' : undefined));
export const ABL = byClass('ABL', { Case: 'Abl' }, { P: 'тан|тен', M: 'нан|нен', N: 'нан|нен', _: 'дан|ден' }, (p) => (isPoss3(p) ? 'нан|нен' : undefined));
export const INS = byClass('INS', { Case: 'Ins' }, { P: 'пен,пенен', M: 'мен,бен,менен,бенен', N: 'мен,бен,менен,бенен', Z: 'бен,мен,бенен', _: 'мен,менен' });
/** -дағы/-дегі: "located in", an adjectival locative (Kazakh grammars call it a case form). */
export const LOCADJ = byClass('LOC.ATTR', { Case: 'Loc' }, { P: 'тағы|тегі', _: 'дағы|дегі' }, (p) => (isPoss3(p) ? 'ндағы|ндегі' : undefined));
/** -дай/-дей: similative ("like"). */
export const SIM = byClass('SIM', {}, { P: 'тай|тей', _: 'дай|дей' }, (p) => (isPoss3(p) ? 'ндай|ндей' : undefined));
/** -ша/-ше: equative/manner ("in Kazakh", "according to"). */
export const EQU = byClass('EQU', {}, { _: 'ша|ше' }, (p) => (isPoss3(p) ? 'нша|нше' : undefined));

// predicative (copular) person endings on nominals and participles
export const COP1SG = byClass('COP.1SG', { Number: 'Sing', Person: '1' }, { V: 'мын|мін', L: 'мын|мін', R: 'мын|мін', M: 'бын|бін,мын|мін', N: 'бын|бін,мын|мін', Z: 'бын|бін', P: 'пын|пін' });
export const COP2SG = byClass('COP.2SG', { Number: 'Sing', Person: '2' }, { _: 'сың|сің' });
export const COP2POL = byClass('COP.2SG.POL', { Number: 'Sing', Person: '2', Polite: 'Form' }, { _: 'сыз|сіз' });
export const COP1PL = byClass('COP.1PL', { Number: 'Plur', Person: '1' }, { V: 'мыз|міз', L: 'мыз|міз', R: 'мыз|міз', M: 'быз|біз,мыз|міз', N: 'быз|біз,мыз|міз', Z: 'быз|біз', P: 'пыз|піз' });
export const COP2PL = byClass('COP.2PL', { Number: 'Plur', Person: '2' }, { _: 'сыңдар|сіңдер' });
export const COP2PLPOL = byClass('COP.2PL.POL', { Number: 'Plur', Person: '2', Polite: 'Form' }, { _: 'сыздар|сіздер' });

export const CASES: Morph[] = [GEN, ACC, DAT, LOC, ABL, INS];
export const POSSES: Morph[] = [POSS1SG, POSS2SG, POSS2POL, POSS3, POSS1PL];
export const COPS: Morph[] = [COP1SG, COP2SG, COP2POL, COP1PL, COP2PL, COP2PLPOL];

// ---------------------------------------------------------------- verbal morphemes
export const NEG = byClass('NEG', { Polarity: 'Neg' }, { V: 'ма|ме', L: 'ма|ме', R: 'ма|ме', M: 'ба|бе', N: 'ба|бе', Z: 'ба|бе', P: 'па|пе' });

/** present/future (aorist) stem -а/-е/-й, followed by person */
export const AOR = byClass('PRS', { Aspect: 'Hab', Mood: 'Ind', Tense: 'Pres', VerbForm: 'Fin' }, { V: 'й', _: 'а|е' });
export const AOR3 = byClass('3', { Number: 'Sing', Person: '3' }, { _: 'ды|ді' });
export const PST = byClass('PST', { Mood: 'Ind', Tense: 'Past', VerbForm: 'Fin' }, { P: 'ты|ті', _: 'ды|ді' });
// person endings of the "short" set (past -ды, conditional -са)
export const P2_1SG = byClass('1SG', { Number: 'Sing', Person: '1' }, { _: 'м' });
export const P2_2SG = byClass('2SG', { Number: 'Sing', Person: '2' }, { _: 'ң' });
export const P2_2POL = byClass('2SG.POL', { Number: 'Sing', Person: '2', Polite: 'Form' }, { _: 'ңыз|ңіз' });
export const P2_1PL = byClass('1PL', { Number: 'Plur', Person: '1' }, { _: 'қ|к' });
export const P2_2PL = byClass('2PL', { Number: 'Plur', Person: '2' }, { _: 'ңдар|ңдер' });
export const P2_2PLPOL = byClass('2PL.POL', { Number: 'Plur', Person: '2', Polite: 'Form' }, { _: 'ңыздар|ңіздер' });

export const PTCP_PST = byClass('PTCP.PST', { Tense: 'Past' }, { P: 'қан|кен', _: 'ған|ген' });
export const PTCP_HAB = byClass('PTCP.HAB', { Aspect: 'Imp' }, { V: 'йтын|йтін', _: 'атын|етін' });
export const FUT = byClass('FUT', { Tense: 'Fut' }, { V: 'р', _: 'ар|ер' });
export const NEG_FUT = byClass('FUT', { Tense: 'Fut' }, { _: 'с' });
export const INTENT = byClass('INTENT', { Mood: 'Des', Tense: 'Fut' }, { V: 'мақ|мек', L: 'мақ|мек', R: 'мақ|мек', M: 'бақ|бек', N: 'бақ|бек', Z: 'бақ|бек', P: 'пақ|пек' });
export const CVB_PERF = byClass('CVB.PERF', { Aspect: 'Perf', VerbForm: 'Conv' }, { V: 'п', _: 'ып|іп' });
export const CVB_IMP = byClass('CVB.IMP', { Aspect: 'Imp', VerbForm: 'Conv' }, { V: 'й', _: 'а|е' });
export const NEG_CVB = byClass('CVB.NEG', { Aspect: 'Perf', VerbForm: 'Conv' }, { _: 'й' });
export const EVID = byClass('EVID', { Evident: 'Fh', Mood: 'Ind', Tense: 'Past', VerbForm: 'Fin' }, { _: 'ты|ті' });
export const COND = byClass('COND', { Mood: 'Cnd', VerbForm: 'Conv' }, { _: 'са|се' });
export const OPT3 = byClass('OPT.3', { Mood: 'Opt', Number: 'Sing', Person: '3', VerbForm: 'Fin' }, { _: 'сын|сін' });
export const OPT1SG = byClass('OPT.1SG', { Mood: 'Opt', Number: 'Sing', Person: '1', VerbForm: 'Fin' }, { V: 'йын|йін', _: 'айын|ейін' });
export const OPT1PL = byClass('OPT.1PL', { Mood: 'Opt', Number: 'Plur', Person: '1', VerbForm: 'Fin' }, { V: 'йық|йік', _: 'айық|ейік' });
export const IMP_POL = byClass('IMP.POL', { Mood: 'Imp', Number: 'Sing', Person: '2', Polite: 'Form', VerbForm: 'Fin' }, { V: 'ңыз|ңіз', _: 'ыңыз|іңіз' });
export const IMP_PL = byClass('IMP.PL', { Mood: 'Imp', Number: 'Plur', Person: '2', VerbForm: 'Fin' }, { V: 'ңдар|ңдер', _: 'ыңдар|іңдер' });
export const IMP_PLPOL = byClass('IMP.PL.POL', { Mood: 'Imp', Number: 'Plur', Person: '2', Polite: 'Form', VerbForm: 'Fin' }, { V: 'ңыздар|ңіздер', _: 'ыңыздар|іңіздер' });
/** verbal noun -у (after ы/і-final stems the stem vowel merges: оқы+у → оқу, handled by the analyser) */
export const VN = byClass('VN', { VerbForm: 'Ger' }, { _: 'у' });
export const AGENT = byClass('PTCP.AGT', { Mood: 'Pot', VerbForm: 'Part' }, { _: 'ушы|уші' });
export const DES = byClass('DES', { Mood: 'Des', VerbForm: 'Inf' }, { P: 'қы|кі', _: 'ғы|гі' });
export const GALY = byClass('CVB.SINCE', {}, { P: 'қалы|келі', _: 'ғалы|гелі' });
export const GANSHA = byClass('CVB.UNTIL', { VerbForm: 'Conv' }, { P: 'қанша|кенше', _: 'ғанша|генше' });
export const GASYN = byClass('CVB.AFTER', { VerbForm: 'Conv' }, { P: 'қасын|кесін', _: 'ғасын|гесін' });
/** -ысымен/-ісімен "as soon as" (келісімен, аяқталысымен) */
export const ISIMEN = byClass('CVB.ASSOON', { VerbForm: 'Conv' }, { V: 'сымен|сімен', _: 'ысымен|ісімен' });
export const DYQ = byClass('NMLZ', {}, { P: 'тық|тік', _: 'дық|дік' });
/** -сыз/-сіз on a verbal noun: "without …ing" (тіркеусіз, тоқтаусыз) */
export const ABESS = byClass('ABESS', {}, { _: 'сыз|сіз' });
export const SHY = byClass('INTENT.PRED', {}, { _: 'шы|ші' });

/** ordinal numerals -ыншы/-інші/-ншы/-нші (бірінші, жетінші) */
export const ORD = byClass('ORD', { NumType: 'Ord' }, { V: 'ншы|нші', _: 'ыншы|інші' });
/** -ғы/-гі/-қы/-кі on adverbs and time words (қазіргі, ежелгі, жылғы) */
export const GY = byClass('ATTR', {}, { P: 'қы|кі', _: 'ғы|гі' });
/** comparative -рақ/-рек/-ырақ/-ірек (adjectives: кішірек, анығырақ) */
export const COMP = byClass('COMP', {}, { V: 'рақ|рек', _: 'ырақ|ірек' });
