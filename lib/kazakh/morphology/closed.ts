// Closed classes: features of pronouns/determiners, and irregular word forms that the
// suffix rules do not produce (personal pronouns' oblique stems, жатыр, еді/екен/емес…).
// Format of IRREGULAR: form, lemma, UPOS, feats (or _), segmentation "stem+suffix:LABEL".

import type { Upos } from '../types';

/** Inherent features of pronoun / determiner lemmas (Case is added by inflection). */
export const PRON_FEATS: Record<string, Record<string, string>> = {
  'мен': { Number: 'Sing', Person: '1', PronType: 'Prs' },
  'сен': { Number: 'Sing', Person: '2', PronType: 'Prs' },
  'ол': { Number: 'Sing', Person: '3', PronType: 'Prs' },
  'бұлар': { Number: 'Plur', PronType: 'Dem' },
  'біз': { Number: 'Plur', Person: '1', PronType: 'Prs' },
  'сіз': { Number: 'Sing', Person: '2', Polite: 'Form', PronType: 'Prs' },
  'сендер': { Number: 'Plur', Person: '2', PronType: 'Prs' },
  'сіздер': { Number: 'Plur', Person: '2', Polite: 'Form', PronType: 'Prs' },
  'олар': { Number: 'Plur', Person: '3', PronType: 'Prs' },
  'өз': { PronType: 'Prs', Reflex: 'Yes' },
  'бұл': { PronType: 'Dem' }, 'осы': { PronType: 'Dem' }, 'сол': { PronType: 'Dem' }, 'мына': { PronType: 'Dem' },
  'ана': { PronType: 'Dem' }, 'мынау': { PronType: 'Dem' }, 'анау': { PronType: 'Dem' }, 'әне': { PronType: 'Dem' },
  'осындай': { PronType: 'Dem' }, 'сондай': { PronType: 'Dem' }, 'мұндай': { PronType: 'Dem' }, 'ондай': { PronType: 'Dem' },
  'кім': { PronType: 'Int' }, 'не': { PronType: 'Int' }, 'қай': { PronType: 'Int' }, 'қандай': { PronType: 'Int' },
  'қанша': { PronType: 'Int' }, 'немене': { PronType: 'Int' }, 'қайсы': { PronType: 'Int' }, 'нешe': { PronType: 'Int' },
  'неше': { PronType: 'Int' }, 'қалай': { PronType: 'Int' }, 'қашан': { PronType: 'Int' }, 'қайда': { PronType: 'Int' },
  // interrogative adverbs (UD-KTB: қайдан, неге ADV PronType=Int, as қайда, қашан)
  'қайдан': { PronType: 'Int' }, 'неге': { PronType: 'Int' }, 'неліктен': { PronType: 'Int' },
  'барлық': { PronType: 'Tot' }, 'бәрі': { PronType: 'Tot' }, 'бар': { PronType: 'Tot' }, 'әр': { PronType: 'Tot' },
  'әрбір': { PronType: 'Tot' }, 'бүкіл': { PronType: 'Tot' }, 'күллі': { PronType: 'Tot' }, 'барша': { PronType: 'Tot' },
  'түгел': { PronType: 'Tot' }, 'бәр': { PronType: 'Tot' }, 'әркім': { PronType: 'Tot' }, 'әрқайсы': { PronType: 'Tot' },
  'ешкім': { PronType: 'Neg' }, 'ештеңе': { PronType: 'Neg' }, 'ешбір': { PronType: 'Neg' }, 'ешқандай': { PronType: 'Neg' },
  'ешнәрсе': { PronType: 'Neg' }, 'ешқашан': { PronType: 'Neg' },
  // quantifiers of amount are Tot in UD-KTB (бірнеше, бірқатар, бірталай, көп, көптеген: 8 of 8
  // in dev and train), not Ind
  'бірнеше': { PronType: 'Tot' }, 'бірқатар': { PronType: 'Tot' }, 'бірталай': { PronType: 'Tot' }, 'көп': { PronType: 'Tot' },
  'көптеген': { PronType: 'Tot' },
  'біреу': { PronType: 'Ind' }, 'бірдеңе': { PronType: 'Ind' }, 'кейбір': { PronType: 'Ind' },
  'әлдекім': { PronType: 'Ind' }, 'әлдене': { PronType: 'Ind' }, 'кейбіреу': { PronType: 'Ind' }, 'бір': { PronType: 'Ind' },
  'басқа': { PronType: 'Ind' }, 'өзге': { PronType: 'Ind' }, 'бір-бір': { PronType: 'Rcp' },
};

export interface IrregularForm {
  form: string;
  lemma: string;
  upos: Upos;
  feats: Record<string, string>;
  segs: { text: string; label: string | null }[];
}

const IRREGULAR_TEXT = `
мен мен PRON Case=Nom мен
менің мен PRON Case=Gen мен+ің:GEN
маған мен PRON Case=Dat ма+ған:DAT
мені мен PRON Case=Acc мен+і:ACC
менде мен PRON Case=Loc мен+де:LOC
менен мен PRON Case=Abl мен+ен:ABL
менімен мен PRON Case=Ins мен+імен:INS
сенің сен PRON Case=Gen сен+ің:GEN
саған сен PRON Case=Dat са+ған:DAT
сені сен PRON Case=Acc сен+і:ACC
сенде сен PRON Case=Loc сен+де:LOC
сенен сен PRON Case=Abl сен+ен:ABL
сенімен сен PRON Case=Ins сен+імен:INS
оның ол PRON Case=Gen о+ның:GEN
оған ол PRON Case=Dat о+ған:DAT
оны ол PRON Case=Acc о+ны:ACC
онда ол PRON Case=Loc о+нда:LOC
одан ол PRON Case=Abl о+дан:ABL
онан ол PRON Case=Abl о+нан:ABL
онымен ол PRON Case=Ins о+нымен:INS
онысы ол PRON Case=Nom|Number[psor]=Plur,Sing|Person[psor]=3 о+нысы:POSS.3
бұның бұл PRON Case=Gen бұ+ның:GEN
мұның бұл PRON Case=Gen мұ+ның:GEN
бұған бұл PRON Case=Dat бұ+ған:DAT
мұған бұл PRON Case=Dat мұ+ған:DAT
бұны бұл PRON Case=Acc бұ+ны:ACC
мұны бұл PRON Case=Acc мұ+ны:ACC
бұнда бұл PRON Case=Loc бұ+нда:LOC
мұнда бұл PRON Case=Loc мұ+нда:LOC
бұдан бұл PRON Case=Abl бұ+дан:ABL
мұнан бұл PRON Case=Abl мұ+нан:ABL
бұнымен бұл PRON Case=Ins бұ+нымен:INS
мұнымен бұл PRON Case=Ins мұ+нымен:INS
мұндай бұл PRON Case=Nom мұ+ндай:SIM
бұндай бұл PRON Case=Nom бұ+ндай:SIM
соның сол PRON Case=Gen со+ның:GEN
соған сол PRON Case=Dat со+ған:DAT
соны сол PRON Case=Acc со+ны:ACC
сонда сол PRON Case=Loc со+нда:LOC
содан сол PRON Case=Abl со+дан:ABL
сонымен сол PRON Case=Ins со+нымен:INS
соныменен сол PRON Case=Ins со+нымен:INS+ен:INS
сондай сол PRON Case=Nom со+ндай:SIM
ондай ол PRON Case=Nom о+ндай:SIM
осында осы PRON Case=Loc осы+нда:LOC
осыған осы PRON Case=Dat осы+ған:DAT
мынаған мына PRON Case=Dat мына+ған:DAT
анаған ана PRON Case=Dat ана+ған:DAT
аның ол PRON Case=Gen а+ның:GEN
осынан осы PRON Case=Abl осы+нан:ABL
мында мына PRON Case=Loc мы+нда:LOC
меніңше мен PRON Case=Gen мен+іңше:EQU
сеніңше сен PRON Case=Gen сен+іңше:EQU
өзім өз PRON Case=Nom|Number[psor]=Sing|Person[psor]=1 өз+ім:POSS.1SG
еді е AUX Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin е+ді:PST
едім е AUX Mood=Ind|Number=Sing|Person=1|Tense=Past|VerbForm=Fin е+ді:PST+м:1SG
едің е AUX Mood=Ind|Number=Sing|Person=2|Tense=Past|VerbForm=Fin е+ді:PST+ң:2SG
едіңіз е AUX Mood=Ind|Number=Sing|Person=2|Polite=Form|Tense=Past|VerbForm=Fin е+ді:PST+ңіз:2SG.POL
едік е AUX Mood=Ind|Number=Plur|Person=1|Tense=Past|VerbForm=Fin е+ді:PST+к:1PL
екен е AUX Aspect=Hab|Evident=Fh|Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin е+кен:EVID
екенмін е AUX Aspect=Hab|Evident=Fh|Mood=Ind|Number=Sing|Person=1|Tense=Pres|VerbForm=Fin е+кен:EVID+мін:1SG
екенбіз е AUX Aspect=Hab|Evident=Fh|Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin е+кен:EVID+біз:1PL
екенін е AUX Case=Acc|Number[psor]=Plur,Sing|Person[psor]=3|Tense=Past|VerbForm=Ger е+кен:PTCP.PST+і:POSS.3+н:ACC
екені е AUX Case=Nom|Number[psor]=Plur,Sing|Person[psor]=3|Tense=Past|VerbForm=Ger е+кен:PTCP.PST+і:POSS.3
екеніне е AUX Case=Dat|Number[psor]=Plur,Sing|Person[psor]=3|Tense=Past|VerbForm=Ger е+кен:PTCP.PST+і:POSS.3+не:DAT
екенде е AUX Case=Loc|Tense=Past|VerbForm=Ger е+кен:PTCP.PST+де:LOC
екендігі е AUX Case=Nom|Number[psor]=Plur,Sing|Person[psor]=3|VerbForm=Ger е+кен:PTCP.PST+діг:NMLZ+і:POSS.3
екендігін е AUX Case=Acc|Number[psor]=Plur,Sing|Person[psor]=3|VerbForm=Ger е+кен:PTCP.PST+діг:NMLZ+і:POSS.3+н:ACC
екендігіне е AUX Case=Dat|Number[psor]=Plur,Sing|Person[psor]=3|VerbForm=Ger е+кен:PTCP.PST+діг:NMLZ+і:POSS.3+не:DAT
екендігінде е AUX Case=Loc|Number[psor]=Plur,Sing|Person[psor]=3|VerbForm=Ger е+кен:PTCP.PST+діг:NMLZ+і:POSS.3+нде:LOC
екендігінен е AUX Case=Abl|Number[psor]=Plur,Sing|Person[psor]=3|VerbForm=Ger е+кен:PTCP.PST+діг:NMLZ+і:POSS.3+нен:ABL
екендігінің е AUX Case=Gen|Number[psor]=Plur,Sing|Person[psor]=3|VerbForm=Ger е+кен:PTCP.PST+діг:NMLZ+і:POSS.3+нің:GEN
екендігімен е AUX Case=Ins|Number[psor]=Plur,Sing|Person[psor]=3|VerbForm=Ger е+кен:PTCP.PST+діг:NMLZ+і:POSS.3+мен:INS
екендігімізді е AUX Case=Acc|Number[psor]=Plur|Person[psor]=1|VerbForm=Ger е+кен:PTCP.PST+діг:NMLZ+іміз:POSS.1PL+ді:ACC
екендігіміз е AUX Case=Nom|Number[psor]=Plur|Person[psor]=1|VerbForm=Ger е+кен:PTCP.PST+діг:NMLZ+іміз:POSS.1PL
екендіктерін е AUX Case=Acc|Number=Plur|Number[psor]=Plur,Sing|Person[psor]=3|VerbForm=Ger е+кен:PTCP.PST+дік:NMLZ+тер:PL+і:POSS.3+н:ACC
екендіктері е AUX Case=Nom|Number=Plur|Number[psor]=Plur,Sing|Person[psor]=3|VerbForm=Ger е+кен:PTCP.PST+дік:NMLZ+тер:PL+і:POSS.3
емес е AUX Aspect=Hab|Mood=Ind|Number=Sing|Person=3|Polarity=Neg|Tense=Pres|VerbForm=Fin е+мес:NEG
емеспін е AUX Mood=Ind|Number=Sing|Person=1|Polarity=Neg|Tense=Pres|VerbForm=Fin е+мес:NEG+пін:1SG
емеспіз е AUX Mood=Ind|Number=Plur|Person=1|Polarity=Neg|Tense=Pres|VerbForm=Fin е+мес:NEG+піз:1PL
емессіз е AUX Mood=Ind|Number=Sing|Person=2|Polite=Form|Polarity=Neg|Tense=Pres|VerbForm=Fin е+мес:NEG+сіз:2SG.POL
ғып қыл VERB Aspect=Perf|VerbForm=Conv ғып
қып қыл VERB Aspect=Perf|VerbForm=Conv қып
тауып тап VERB Aspect=Perf|VerbForm=Conv тау+ып:CVB.PERF
боп бол VERB Aspect=Perf|VerbForm=Conv боп
деп де VERB Aspect=Perf|VerbForm=Conv де+п:CVB.PERF
мын е AUX Aspect=Hab|Mood=Ind|Number=Sing|Person=1|Tense=Pres|VerbForm=Fin мын
мін е AUX Aspect=Hab|Mood=Ind|Number=Sing|Person=1|Tense=Pres|VerbForm=Fin мін
бын е AUX Aspect=Hab|Mood=Ind|Number=Sing|Person=1|Tense=Pres|VerbForm=Fin бын
бін е AUX Aspect=Hab|Mood=Ind|Number=Sing|Person=1|Tense=Pres|VerbForm=Fin бін
пын е AUX Aspect=Hab|Mood=Ind|Number=Sing|Person=1|Tense=Pres|VerbForm=Fin пын
пін е AUX Aspect=Hab|Mood=Ind|Number=Sing|Person=1|Tense=Pres|VerbForm=Fin пін
мыз е AUX Aspect=Hab|Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin мыз
міз е AUX Aspect=Hab|Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin міз
быз е AUX Aspect=Hab|Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin быз
пыз е AUX Aspect=Hab|Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin пыз
піз е AUX Aspect=Hab|Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin піз
сың е AUX Aspect=Hab|Mood=Ind|Number=Sing|Person=2|Tense=Pres|VerbForm=Fin сың
сің е AUX Aspect=Hab|Mood=Ind|Number=Sing|Person=2|Tense=Pres|VerbForm=Fin сің
мыз е AUX Aspect=Hab|Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin мыз
терміз е AUX Aspect=Hab|Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin терміз
тармыз е AUX Aspect=Hab|Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin тармыз
лармыз е AUX Aspect=Hab|Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin лармыз
лерміз е AUX Aspect=Hab|Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin лерміз
дармыз е AUX Aspect=Hab|Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin дармыз
дерміз е AUX Aspect=Hab|Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin дерміз
`;

/**
 * The short present of the posture verbs (жатыр, отыр, тұр, жүр: "is …ing"), every person,
 * as lines of the irregular-form list.
 */
function shortPresentForms(): string[] {
  const FIN = 'Mood=Ind|Tense=Pres|VerbForm=Fin';
  const persons: [string, string, string][] = [
    ['', 'Number=Sing|Person=3', ''],
    ['мын|мін', 'Number=Sing|Person=1', '1SG'],
    ['сың|сің', 'Number=Sing|Person=2', '2SG'],
    ['сыз|сіз', 'Number=Sing|Person=2|Polite=Form', '2SG.POL'],
    ['мыз|міз', 'Number=Plur|Person=1', '1PL'],
    ['сыңдар|сіңдер', 'Number=Plur|Person=2', '2PL'],
    ['сыздар|сіздер', 'Number=Plur|Person=2|Polite=Form', '2PL.POL'],
  ];
  const out: string[] = [];
  for (const [form, lemma, stemSegs, front] of [['жатыр', 'жат', 'жат+ыр:PRS', false], ['отыр', 'отыр', 'отыр', false], ['тұр', 'тұр', 'тұр', false], ['жүр', 'жүр', 'жүр', true]] as const) {
    for (const [sfx, feats, label] of persons) {
      const ending = sfx ? sfx.split('|')[front ? 1 : 0]! : '';
      const all = [...feats.split('|'), ...FIN.split('|')].sort().join('|');
      out.push(`${form}${ending} ${lemma} AUX ${all} ${stemSegs}${ending ? `+${ending}:${label}` : ''}`);
    }
  }
  return out;
}

/**
 * The demonstratives ол, бұл, сол decline on a stem with a pronominal н (о-н-да, мұ-н-дағы,
 * со-н-сыз): beside the cases listed above, the attributive locative (ондағы "the one there")
 * and the abessive (онсыз "without it"), which the noun rules would read as the numeral он
 * (он+сыз "you are ten") or as a guess. Written once per stem here.
 */
function demonstrativeForms(): string[] {
  const stems: [string, string][] = [['о', 'ол'], ['бұ', 'бұл'], ['мұ', 'бұл'], ['со', 'сол'], ['осы', 'осы']];
  const endings: [string, string, string][] = [
    ['ндағы', 'Case=Loc|PronType=Dem', 'LOC.ATTR'],
    ['нсыз', 'PronType=Dem', 'ABESS'],
  ];
  const out: string[] = [];
  for (const [stem, lemma] of stems) {
    for (const [ending, feats, label] of endings) out.push(`${stem}${ending} ${lemma} PRON ${feats} ${stem}+${ending}:${label}`);
  }
  return out;
}

let irregular: Map<string, IrregularForm[]> | null = null;
const irregularTypos: string[] = [];

/** Lines of the irregular-form list whose segments do not spell their form (for tests). */
export function irregularFormTypos(): readonly string[] {
  irregularForms();
  return irregularTypos;
}

export function irregularForms(): Map<string, IrregularForm[]> {
  if (irregular) return irregular;
  const m = new Map<string, IrregularForm[]>();
  for (const line of [...IRREGULAR_TEXT.split('\n'), ...shortPresentForms(), ...demonstrativeForms()]) {
    const t = line.trim();
    if (!t) continue;
    const [form, lemma, upos, featStr, segStr] = t.split(/\s+/);
    if (!form || !lemma || !upos || !featStr || !segStr) continue;
    const feats: Record<string, string> = {};
    if (featStr !== '_') {
      for (const kv of featStr.split('|')) {
        const eq = kv.indexOf('=');
        if (eq > 0) feats[kv.slice(0, eq)] = kv.slice(eq + 1);
      }
    }
    const segs: { text: string; label: string | null }[] = [];
    segStr.split('+').forEach((p, i) => {
      const c = p.lastIndexOf(':');
      if (i === 0 || c < 0) segs.push({ text: c < 0 || i === 0 ? p.replace(/:.*$/, '') : p.slice(0, c), label: null });
      else segs.push({ text: p.slice(0, c), label: p.slice(c + 1) });
    });
    if (segs.map((s) => s.text).join('') !== form) {
      irregularTypos.push(t); // the segments must spell the form (see the test)
      continue;
    }
    // a form that names its PronType keeps its own features (ондағы: the demonstrative, not "he")
    if (upos === 'PRON' && !feats.PronType) Object.assign(feats, PRON_FEATS[lemma] ?? {}, feats);
    let list = m.get(form);
    if (!list) m.set(form, (list = []));
    list.push({ form, lemma, upos: upos as Upos, feats, segs });
  }
  irregular = m;
  return m;
}
