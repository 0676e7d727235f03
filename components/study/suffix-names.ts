// What the engine's suffix labels (lib/kazakh: PL, GEN, POSS.3 …) are called in the UI
// language: a short label for under the suffix, and the full name for hover, focus and
// screen readers. Kazakh uses the terms of Kazakh school grammar (тәуелдік жалғау, барыс
// септік …), Russian those of Russian grammars of Kazakh, English the usual linguistic
// terms. Derivational suffixes are shown by their own shape (-лық) with what they make.
import type { Locale } from '@/i18n/routing';

type Names = Record<Locale, readonly [short: string, full: string]>;

const PERSON: Record<string, Names> = {
  '1SG': { kk: ['1ж. жек.', '1-жақ, жекеше'], ru: ['1 л. ед.', '1-е лицо, ед. число'], en: ['1sg', 'first person singular'] },
  '2SG': { kk: ['2ж. жек.', '2-жақ, жекеше (анайы)'], ru: ['2 л. ед.', '2-е лицо, ед. число'], en: ['2sg', 'second person singular (familiar)'] },
  '2SG.POL': { kk: ['2ж. сып.', '2-жақ, сыпайы'], ru: ['2 л. вежл.', '2-е лицо, вежливая форма'], en: ['2sg pol.', 'second person, polite'] },
  '1PL': { kk: ['1ж. көп.', '1-жақ, көпше'], ru: ['1 л. мн.', '1-е лицо, мн. число'], en: ['1pl', 'first person plural'] },
  '2PL': { kk: ['2ж. көп.', '2-жақ, көпше (анайы)'], ru: ['2 л. мн.', '2-е лицо, мн. число'], en: ['2pl', 'second person plural (familiar)'] },
  '2PL.POL': { kk: ['2ж. көп. сып.', '2-жақ, көпше, сыпайы'], ru: ['2 л. мн. вежл.', '2-е лицо, мн. число, вежливая форма'], en: ['2pl pol.', 'second person plural, polite'] },
  '3': { kk: ['3ж.', '3-жақ'], ru: ['3 л.', '3-е лицо'], en: ['3rd', 'third person'] },
};

const personal = (prefix: [Names[Locale], Names[Locale], Names[Locale]], person: string): Names => {
  const p = PERSON[person]!;
  return {
    kk: [`${prefix[0][0]} ${p.kk[0]}`, `${prefix[0][1]}, ${p.kk[1]}`],
    ru: [`${prefix[1][0]} ${p.ru[0]}`, `${prefix[1][1]}, ${p.ru[1]}`],
    en: [`${prefix[2][0]} ${p.en[0]}`, `${prefix[2][1]}, ${p.en[1]}`],
  };
};

const POSS: [Names[Locale], Names[Locale], Names[Locale]] = [['тәуел.', 'тәуелдік жалғау'], ['притяж.', 'притяжательный аффикс'], ['poss.', 'possessive']];
const COP: [Names[Locale], Names[Locale], Names[Locale]] = [['жікт.', 'жіктік жалғау'], ['сказ.', 'сказуемостный аффикс'], ['pred.', 'predicative ending']];
const IMP: [Names[Locale], Names[Locale], Names[Locale]] = [['бұйр.', 'бұйрық рай'], ['повел.', 'повелительное наклонение'], ['imp.', 'imperative']];

const derivation = (shape: string, kk: string, ru: string, en: string): Names => ({
  kk: [shape, `${shape}: ${kk}`],
  ru: [shape, `${shape}: ${ru}`],
  en: [shape, `${shape}: ${en}`],
});

const NAMES: Record<string, Names> = {
  // number, possession, case
  PL: { kk: ['көпт.', 'көптік жалғау'], ru: ['мн. ч.', 'множественное число'], en: ['pl.', 'plural'] },
  'POSS.3': personal(POSS, '3'),
  'POSS.1SG': personal(POSS, '1SG'),
  'POSS.2SG': personal(POSS, '2SG'),
  'POSS.2SG.POL': personal(POSS, '2SG.POL'),
  'POSS.1PL': personal(POSS, '1PL'),
  GEN: { kk: ['ілік', 'ілік септік'], ru: ['род. п.', 'родительный падеж'], en: ['gen.', 'genitive case'] },
  ACC: { kk: ['табыс', 'табыс септік'], ru: ['вин. п.', 'винительный падеж'], en: ['acc.', 'accusative case'] },
  DAT: { kk: ['барыс', 'барыс септік'], ru: ['дат. п.', 'дательный падеж'], en: ['dat.', 'dative case'] },
  LOC: { kk: ['жатыс', 'жатыс септік'], ru: ['мест. п.', 'местный падеж'], en: ['loc.', 'locative case'] },
  ABL: { kk: ['шығыс', 'шығыс септік'], ru: ['исх. п.', 'исходный падеж'], en: ['abl.', 'ablative case'] },
  INS: { kk: ['көмектес', 'көмектес септік'], ru: ['твор. п.', 'творительный падеж'], en: ['ins.', 'instrumental case'] },
  'LOC.ATTR': { kk: ['-дағы', 'жатыс септік + -ғы/-гі: «…-да тұрған, …-дағы»'], ru: ['-дағы', 'местный падеж + -ғы/-гі: «находящийся в …»'], en: ['-дағы', 'locative + -ғы/-гі: "(located) in …"'] },
  SIM: { kk: ['-дай', '-дай/-дей: теңеу, «…-дай, сияқты»'], ru: ['-дай', '-дай/-дей: уподобление, «как …, подобно …»'], en: ['-дай', '-дай/-дей: similative, "like …"'] },
  EQU: { kk: ['-ша', '-ша/-ше: «…-ша, бойынша, тілінде»'], ru: ['-ша', '-ша/-ше: «по-…, согласно …»'], en: ['-ша', '-ша/-ше: equative, "in the manner of, according to"'] },
  ATTR: { kk: ['-ғы', '-ғы/-гі: мезгіл не мекен сөзінен сын есім (қазіргі)'], ru: ['-ғы', '-ғы/-гі: прилагательное от слов времени и места (қазіргі «нынешний»)'], en: ['-ғы', '-ғы/-гі: adjective from a time or place word (қазіргі "current")'] },
  COMP: { kk: ['салыс.', 'салыстырмалы шырай (-рақ/-рек)'], ru: ['сравн.', 'сравнительная степень (-рақ/-рек)'], en: ['comp.', 'comparative (-рақ/-рек)'] },
  ORD: { kk: ['реттік', 'реттік сан есім (-ыншы/-інші)'], ru: ['порядк.', 'порядковое числительное (-ыншы/-інші)'], en: ['ord.', 'ordinal numeral (-ыншы/-інші)'] },
  // predicative (copular) person endings
  'COP.1SG': personal(COP, '1SG'),
  'COP.2SG': personal(COP, '2SG'),
  'COP.2SG.POL': personal(COP, '2SG.POL'),
  'COP.1PL': personal(COP, '1PL'),
  'COP.2PL': personal(COP, '2PL'),
  'COP.2PL.POL': personal(COP, '2PL.POL'),
  // person endings of verbs
  '1SG': PERSON['1SG']!,
  '2SG': PERSON['2SG']!,
  '2SG.POL': PERSON['2SG.POL']!,
  '1PL': PERSON['1PL']!,
  '2PL': PERSON['2PL']!,
  '2PL.POL': PERSON['2PL.POL']!,
  '3': PERSON['3']!,
  // voice
  PASS: { kk: ['ырықсыз', 'ырықсыз етіс'], ru: ['страд.', 'страдательный залог'], en: ['pass.', 'passive voice'] },
  RCP: { kk: ['ортақ', 'ортақ етіс'], ru: ['взаимн.', 'взаимный залог'], en: ['recip.', 'reciprocal voice'] },
  CAUS: { kk: ['өзгелік', 'өзгелік етіс'], ru: ['понуд.', 'понудительный залог'], en: ['caus.', 'causative'] },
  NEG: { kk: ['болымсыз', 'болымсыз түр (-ма/-ме)'], ru: ['отриц.', 'отрицание (-ма/-ме)'], en: ['neg.', 'negative (-ма/-ме)'] },
  // tense, mood
  PRS: { kk: ['осы шақ', 'ауыспалы осы шақ (-а/-е/-й)'], ru: ['наст.-буд.', 'настояще-будущее время (-а/-е/-й)'], en: ['pres.', 'present-future tense (-а/-е/-й)'] },
  PST: { kk: ['өткен шақ', 'жедел өткен шақ (-ды/-ді)'], ru: ['прош.', 'прошедшее время (-ды/-ді)'], en: ['past', 'past tense (-ды/-ді)'] },
  FUT: { kk: ['келер шақ', 'болжалды келер шақ (-ар/-ер)'], ru: ['буд.', 'будущее предположительное (-ар/-ер)'], en: ['fut.', 'future of probability (-ар/-ер)'] },
  INTENT: { kk: ['мақсатты', 'мақсатты келер шақ (-мақ/-мек)'], ru: ['буд. намер.', 'будущее намерения (-мақ/-мек)'], en: ['intent.', 'future of intention (-мақ/-мек)'] },
  'INTENT.PRED': { kk: ['-шы', 'мақсатты келер шақтың -шы/-ші бөлігі (-мақшы)'], ru: ['-шы', '-шы/-ші будущего намерения (-мақшы)'], en: ['-шы', '-шы/-ші of the future of intention (-мақшы)'] },
  EVID: { kk: ['бұрынғы', 'бұрынғы өткен шақ (-ыпты)'], ru: ['прош. засвид.', 'прошедшее заглазное (-ыпты)'], en: ['evid.', 'evidential past (-ыпты)'] },
  COND: { kk: ['шартты', 'шартты рай (-са/-се)'], ru: ['усл.', 'условное наклонение (-са/-се)'], en: ['cond.', 'conditional (-са/-се)'] },
  DES: { kk: ['қалау', 'қалау рай (-ғы/-гі: -ғысы келеді)'], ru: ['желат.', 'желательное наклонение (-ғы/-гі: -ғысы келеді)'], en: ['desid.', 'desiderative (-ғы/-гі: -ғысы келеді)'] },
  'OPT.3': { kk: ['бұйр. 3ж.', 'бұйрық рай, 3-жақ (-сын/-сін)'], ru: ['повел. 3 л.', 'повелительное наклонение, 3-е лицо (-сын/-сін)'], en: ['opt. 3rd', 'optative, third person (-сын/-сін)'] },
  'OPT.1SG': { kk: ['бұйр. 1ж.', 'бұйрық рай, 1-жақ жекеше (-айын/-ейін)'], ru: ['повел. 1 л. ед.', 'повелительное наклонение, 1-е лицо ед. числа (-айын/-ейін)'], en: ['opt. 1sg', 'optative, first person singular (-айын/-ейін)'] },
  'OPT.1PL': { kk: ['бұйр. 1ж. көп.', 'бұйрық рай, 1-жақ көпше (-айық/-ейік)'], ru: ['повел. 1 л. мн.', 'повелительное наклонение, 1-е лицо мн. числа (-айық/-ейік)'], en: ['opt. 1pl', 'optative, first person plural (-айық/-ейік)'] },
  'IMP.POL': personal(IMP, '2SG.POL'),
  'IMP.PL': personal(IMP, '2PL'),
  'IMP.PL.POL': personal(IMP, '2PL.POL'),
  // non-finite forms
  VN: { kk: ['қимыл есім', 'қимыл есім (-у)'], ru: ['имя действ.', 'имя действия (-у)'], en: ['v. noun', 'verbal noun (-у)'] },
  NMLZ: { kk: ['-дық', '-дық/-дік: зат есім тудырады (екендік)'], ru: ['-дық', '-дық/-дік: субстантивация (екендік «то, что есть»)'], en: ['-дық', '-дық/-дік: nominaliser (екендік "the fact that it is")'] },
  'PTCP.PST': { kk: ['есімше -ған', 'өткен шақ есімше (-ған/-ген)'], ru: ['прич. прош.', 'причастие прошедшего времени (-ған/-ген)'], en: ['past ptcp.', 'past participle (-ған/-ген)'] },
  'PTCP.HAB': { kk: ['есімше -атын', 'ауыспалы осы шақ есімше (-атын/-етін)'], ru: ['прич. наст.', 'причастие настояще-будущего времени (-атын/-етін)'], en: ['hab. ptcp.', 'habitual participle (-атын/-етін)'] },
  'PTCP.AGT': { kk: ['есімше -ушы', 'есімше (-ушы/-уші): «істейтін»'], ru: ['прич. -ушы', 'причастие-агентив (-ушы/-уші): «делающий»'], en: ['agent ptcp.', 'agent participle (-ушы/-уші): "one who does"'] },
  'CVB.PERF': { kk: ['көсемше -ып', 'көсемше (-ып/-іп/-п)'], ru: ['деепр. -ып', 'деепричастие (-ып/-іп/-п)'], en: ['conv. -ып', 'converb (-ып/-іп/-п)'] },
  'CVB.IMP': { kk: ['көсемше -а', 'көсемше (-а/-е/-й)'], ru: ['деепр. -а', 'деепричастие (-а/-е/-й)'], en: ['conv. -а', 'converb (-а/-е/-й)'] },
  'CVB.NEG': { kk: ['көсемше -май', 'болымсыз көсемше (-май/-мей, -мастан)'], ru: ['деепр. -май', 'отрицательное деепричастие (-май/-мей, -мастан)'], en: ['neg. conv.', 'negative converb (-май/-мей, -мастан)'] },
  'CVB.SINCE': { kk: ['көсемше -ғалы', 'көсемше (-ғалы/-гелі): «…-ғаннан бері»'], ru: ['деепр. -ғалы', 'деепричастие (-ғалы/-гелі): «с тех пор как»'], en: ['conv. -ғалы', 'converb (-ғалы/-гелі): "since"'] },
  'CVB.UNTIL': { kk: ['көсемше -ғанша', 'көсемше (-ғанша/-генше): «…-ғанға дейін»'], ru: ['деепр. -ғанша', 'деепричастие (-ғанша/-генше): «пока не, до тех пор как»'], en: ['conv. -ғанша', 'converb (-ғанша/-генше): "until"'] },
  'CVB.AFTER': { kk: ['көсемше -ғасын', 'көсемше (-ғасын/-гесін): «…-ған соң»'], ru: ['деепр. -ғасын', 'деепричастие (-ғасын/-гесін): «после того как»'], en: ['conv. -ғасын', 'converb (-ғасын/-гесін): "after"'] },
  // derivation
  'DER.LYQ': derivation('-лық', 'зат есім не сын есім тудыратын жұрнақ', 'суффикс существительных и прилагательных', 'forms nouns and adjectives (-ness, -ship, -al)'),
  'DER.LY': derivation('-лы', 'сын есім тудырады: «…-ы бар»', 'образует прилагательные: «имеющий …»', 'forms adjectives: "having …"'),
  'DER.SYZ': derivation('-сыз', 'сын есім тудырады: «…-ы жоқ»', 'образует прилагательные: «без …»', 'forms adjectives: "without …", -less'),
  'DER.SHY': derivation('-шы', 'іс иесін, кәсіпті білдіретін зат есім', 'имя деятеля, профессии', 'agent or profession noun (-er)'),
  'DER.SHYLYQ': derivation('-шылық', 'іс-әрекет, көзқарас атауы', 'название деятельности, взглядов', 'noun of an activity or outlook'),
  'DER.DAS': derivation('-дас', 'ортақтықты білдіреді (мақсаттас)', 'общность: «со-…» (мақсаттас «единомышленник»)', 'partnership: "fellow …" (мақсаттас "like-minded")'),
  'DER.SHA': derivation('-ша', 'үстеу тудырады (қазақша)', 'образует наречия (қазақша «по-казахски»)', 'forms adverbs (қазақша "in Kazakh")'),
  'DER.KER': derivation('-кер', 'іс иесі (саясаткер)', 'имя деятеля (саясаткер «политик»)', 'agent noun (саясаткер "politician")'),
  'DER.IST': derivation('-ист', 'орыс тілі арқылы енген жұрнақ (аналитик, экстремист)', 'заимствованный суффикс -ист', 'borrowed suffix -ist'),
  'DER.SHIL': derivation('-шыл', 'бейімділік (ұлтшыл)', 'склонность (ұлтшыл «националистический»)', 'inclination (ұлтшыл "nationalist")'),
  'DER.SYMAQ': derivation('-сымақ', 'кемсіту мәні', 'уничижительное значение', 'pejorative ("would-be …")'),
  'DER.GYSH': derivation('-ғыш', 'етістіктен құрал не бейімділік атауын тудырады (есептегіш)', 'образует от глагола название прибора или склонности (есептегіш «счётчик»)', 'forms from a verb the name of a device or tendency (есептегіш "meter")'),
  'DER.GY': derivation('-ғы', 'сын есім тудырады (ішкі, сыртқы)', 'образует прилагательные (сыртқы «внешний»)', 'forms adjectives (сыртқы "outer")'),
  'DER.LA': derivation('-ла', 'есімнен етістік тудырады', 'образует глагол от имени', 'forms a verb from a noun or adjective'),
  'DER.LAS': derivation('-лас', 'есімнен етістік тудырады (ортақ мән)', 'образует глагол от имени (совместность)', 'forms a verb from a noun (doing together)'),
  'DER.AY': derivation('-ай', 'сын есімнен етістік (күшей)', 'глагол от прилагательного (күшей «усиливаться»)', 'verb from an adjective (күшей "to grow stronger")'),
  'DER.AR': derivation('-ар', 'сын есімнен етістік (жаңар)', 'глагол от прилагательного (жаңар «обновляться»)', 'verb from an adjective (жаңар "to be renewed")'),
  'DER.SYRA': derivation('-сыра', 'етістік тудырады (күдіксіре)', 'образует глагол (күдіксіре «сомневаться»)', 'forms a verb (күдіксіре "to doubt")'),
};

export interface SuffixName {
  short: string;
  full: string;
}

/** The name of a suffix label in a UI language; labels joined with + are named part by part. */
export function suffixName(label: string, locale: Locale): SuffixName {
  const parts = label.split('+').map((part) => NAMES[part]?.[locale]);
  if (parts.every((p) => p !== undefined)) {
    return { short: parts.map((p) => p![0]).join(' + '), full: parts.map((p) => p![1]).join(' + ') };
  }
  // A label added to the engine before it is named here: show it as the engine writes it.
  return { short: label, full: label };
}

/** Whether every part of a label has a name (the unit test checks the engine's labels). */
export function hasSuffixName(label: string): boolean {
  return label.split('+').every((part) => part in NAMES);
}
