import { describe, expect, it } from 'vitest';
import { analyze, analyzeSentence, isKnownForm, knownLemma, headwordOf } from './index';
import type { Analysis } from '../types';
import { irregularFormTypos } from './index';

function best(w: string): Analysis {
  return analyze(w)[0]!;
}
function segs(a: Analysis): string {
  return a.segments.map((s) => (s.label ? `${s.text}(${s.label})` : s.text)).join(' | ');
}
/** some analysis of w has this lemma/upos (and optionally these feats) */
function has(w: string, lemma: string, upos: string, feats: Record<string, string> = {}): boolean {
  return analyze(w).some((a) => a.lemma === lemma && a.upos === upos && Object.entries(feats).every(([k, v]) => a.feats[k] === v));
}

describe('segments of reference words', () => {
  it('интеграциясына = интеграция | сы (POSS.3) | на (DAT)', () => {
    const a = best('интеграциясына');
    expect(a.lemma).toBe('интеграция');
    expect(a.upos).toBe('NOUN');
    expect(segs(a)).toBe('интеграция | сы(POSS.3) | на(DAT)');
    expect(a.feats).toMatchObject({ Case: 'Dat', 'Person[psor]': '3' });
  });
  it('мемлекеттердің = мемлекет | тер (PL) | дің (GEN)', () => {
    const a = best('мемлекеттердің');
    expect(segs(a)).toBe('мемлекет | тер(PL) | дің(GEN)');
    expect(a.feats).toMatchObject({ Case: 'Gen', Number: 'Plur' });
  });
  it('КСРО-дан: abbreviation + suffix', () => {
    const a = best('КСРО-дан');
    expect(a.lemma).toBe('КСРО');
    expect(a.upos).toBe('PROPN');
    expect(a.feats.Case).toBe('Abl');
    expect(a.segments.map((s) => s.text).join('')).toBe('КСРО-дан');
    expect(a.segments[0]).toEqual({ text: 'КСРО', label: null });
  });
  it('joined segments equal the input, case preserved', () => {
    for (const w of ['Қазақстанның', 'МЕМЛЕКЕТТЕРДІҢ', 'Интеграциясына', 'оқиды', 'дамуда', 'кітабы', 'жеткізіліп']) {
      expect(best(w).segments.map((s) => s.text).join('')).toBe(w);
    }
  });
});

describe('vowel harmony and consonant assimilation', () => {
  it('locative -да/-де/-та/-те', () => {
    expect(best('қалада').feats.Case).toBe('Loc');
    expect(best('үйде').feats.Case).toBe('Loc');
    expect(best('мектепте').feats.Case).toBe('Loc');
    expect(segs(best('жұмыста'))).toBe('жұмыс | та(LOC)');
  });
  it('genitive -ның/-нің/-дың/-дің/-тың/-тің', () => {
    expect(segs(best('баланың'))).toBe('бала | ның(GEN)');
    expect(segs(best('адамның'))).toBe('адам | ның(GEN)');
    expect(segs(best('жылдың'))).toBe('жыл | дың(GEN)');
    expect(segs(best('елдің'))).toBe('ел | дің(GEN)');
    expect(segs(best('халықтың'))).toBe('халық | тың(GEN)');
    expect(segs(best('мектептің'))).toBe('мектеп | тің(GEN)');
  });
  it('dative -ға/-ге/-қа/-ке/-на/-не', () => {
    expect(segs(best('қалаға'))).toBe('қала | ға(DAT)');
    expect(segs(best('үйге'))).toBe('үй | ге(DAT)');
    expect(segs(best('халыққа'))).toBe('халық | қа(DAT)');
    expect(segs(best('мектепке'))).toBe('мектеп | ке(DAT)');
    expect(segs(best('үйіне'))).toBe('үй | і(POSS.3) | не(DAT)');
  });
  it('accusative -ны/-ні/-ды/-ді/-ты/-ті/-н', () => {
    expect(best('баланы').feats.Case).toBe('Acc');
    expect(best('кітапты').feats.Case).toBe('Acc');
    expect(has('жерді', 'жер', 'NOUN', { Case: 'Acc' })).toBe(true);
    expect(segs(best('кітабын'))).toBe('кітаб | ы(POSS.3) | н(ACC)');
  });
  it('ablative -дан/-ден/-тан/-тен/-нан/-нен', () => {
    expect(segs(best('қаладан'))).toBe('қала | дан(ABL)');
    expect(segs(best('адамнан'))).toBe('адам | нан(ABL)');
    expect(segs(best('мектептен'))).toBe('мектеп | тен(ABL)');
    expect(segs(best('үйінен'))).toBe('үй | і(POSS.3) | нен(ABL)');
  });
  it('instrumental -мен/-бен/-пен', () => {
    expect(best('баламен').feats.Case).toBe('Ins');
    expect(best('кітаппен').feats.Case).toBe('Ins');
    expect(has('қызбен', 'қыз', 'NOUN', { Case: 'Ins' })).toBe(true);
  });
  it('plural -лар/-лер/-дар/-дер/-тар/-тер', () => {
    expect(segs(best('балалар'))).toBe('бала | лар(PL)');
    expect(segs(best('үйлер'))).toBe('үй | лер(PL)');
    expect(segs(best('адамдар'))).toBe('адам | дар(PL)');
    expect(segs(best('күндер'))).toBe('күн | дер(PL)');
    expect(segs(best('кітаптар'))).toBe('кітап | тар(PL)');
    expect(segs(best('мектептер'))).toBe('мектеп | тер(PL)');
  });
  it('Russian loans take harmony from their last vowel', () => {
    expect(segs(best('экономикасы'))).toBe('экономика | сы(POSS.3)');
    expect(segs(best('менеджментінің'))).toBe('менеджмент | і(POSS.3) | нің(GEN)');
    expect(best('потенциалы').lemma).toBe('потенциал');
  });
});

describe('possessives and personal endings', () => {
  it('possessive persons', () => {
    expect(best('кітабым').feats).toMatchObject({ 'Person[psor]': '1', 'Number[psor]': 'Sing' });
    expect(best('кітабың').feats).toMatchObject({ 'Person[psor]': '2' });
    expect(best('кітабыңыз').feats).toMatchObject({ 'Person[psor]': '2' });
    expect(best('кітабымыз').feats).toMatchObject({ 'Person[psor]': '1', 'Number[psor]': 'Plur' });
    expect(best('баласы').feats).toMatchObject({ 'Person[psor]': '3' });
    expect(segs(best('еліміздің'))).toBe('ел | іміз(POSS.1PL) | дің(GEN)');
  });
  it('personal endings on verbs', () => {
    expect(best('барамын').feats).toMatchObject({ Person: '1', Number: 'Sing', Tense: 'Pres' });
    expect(best('барасың').feats).toMatchObject({ Person: '2', Number: 'Sing' });
    expect(best('барамыз').feats).toMatchObject({ Person: '1', Number: 'Plur' });
    expect(best('бардым').feats).toMatchObject({ Person: '1', Tense: 'Past' });
    expect(best('бардық').feats).toMatchObject({ Person: '1', Number: 'Plur', Tense: 'Past' });
  });
});

describe('verbs: tenses, participles, converbs, verbal nouns, negation, voice', () => {
  it('present -а/-е/-й and ы/і-stems', () => {
    const a = best('қолдайды');
    expect(a.lemma).toBe('қолда');
    expect(a.feats).toMatchObject({ Tense: 'Pres', Aspect: 'Hab', Person: '3' });
    expect(best('оқиды').lemma).toBe('оқы');
    expect(best('келеді').lemma).toBe('кел');
  });
  it('past -ды/-ді/-ты/-ті and -ған/-ген', () => {
    expect(best('келді').feats).toMatchObject({ Tense: 'Past', VerbForm: 'Fin' });
    expect(has('айтты', 'айт', 'VERB', { Tense: 'Past' })).toBe(true);
    expect(has('келген', 'кел', 'VERB', { Tense: 'Past' })).toBe(true);
    expect(has('айтқан', 'айт', 'VERB', { VerbForm: 'Part' })).toBe(true);
  });
  it('habitual participle -атын, future -ар, intention -мақ', () => {
    expect(has('баратын', 'бар', 'VERB', { Aspect: 'Imp', VerbForm: 'Part' })).toBe(true);
    expect(has('барар', 'бар', 'VERB', { Tense: 'Fut' })).toBe(true);
    expect(has('бармақ', 'бар', 'VERB', { Mood: 'Des' })).toBe(true);
  });
  it('converbs -ып/-іп/-п, -а/-е/-й, -ғалы', () => {
    expect(best('алып').feats).toMatchObject({ VerbForm: 'Conv', Aspect: 'Perf' });
    expect(best('жеткізіп').lemma).toBe('жеткіз');
    expect(has('бара', 'бар', 'VERB', { VerbForm: 'Conv', Aspect: 'Imp' })).toBe(true);
    expect(has('келгелі', 'кел', 'VERB', { VerbForm: 'Conv' })).toBe(true);
  });
  it('verbal nouns -у, -ғаны', () => {
    expect(best('дамуда').lemma).toBe('дамы');
    expect(best('алуға').feats).toMatchObject({ VerbForm: 'Ger', Case: 'Dat' });
    expect(has('болғанын', 'бол', 'VERB', { VerbForm: 'Ger', Case: 'Acc' })).toBe(true);
  });
  it('negation -ма/-ме/-ба/-бе/-па/-пе', () => {
    expect(best('бермейді').feats).toMatchObject({ Polarity: 'Neg' });
    expect(best('айтпайды').lemma).toBe('айт');
    expect(has('білмеймін', 'біл', 'VERB', { Polarity: 'Neg', Person: '1' })).toBe(true);
    expect(has('көрмеген', 'көр', 'VERB', { Polarity: 'Neg' })).toBe(true);
  });
  it('passive folded into the lemma, causative kept', () => {
    const a = best('сақталып');
    expect(a.lemma).toBe('сақта');
    expect(a.feats.Voice).toBe('Pass');
    expect(best('жасалды').lemma).toBe('жаса');
    expect(best('алынды').lemma).toBe('ал');
    expect(best('енгізілген').lemma).toBe('енгіз');
    expect(best('жеткізді').lemma).toBe('жеткіз');
  });
  it('reciprocal voice', () => {
    expect(has('көрісті', 'көр', 'VERB', { Voice: 'Rcp' })).toBe(true);
  });
});

describe('derivation and alternations', () => {
  it('derived words are their own lemma', () => {
    const a = best('экономикалық');
    expect(a.lemma).toBe('экономикалық');
    expect(a.upos).toBe('ADJ');
    expect(a.guess).toBe(false);
    expect(best('мемлекеттік').lemma).toBe('мемлекеттік');
    expect(best('тәуелсіздік').lemma).toBe('тәуелсіздік');
    expect(has('жұмысшы', 'жұмысшы', 'NOUN')).toBe(true);
    expect(has('балалы', 'балалы', 'ADJ')).toBe(true);
    expect(has('баласыз', 'баласыз', 'ADJ')).toBe(true);
  });
  it('-дағы/-дегі is inflectional', () => {
    const a = best('қаладағы');
    expect(a.lemma).toBe('қала');
    expect(segs(a)).toBe('қала | дағы(LOC.ATTR)');
  });
  it('к→г, қ→ғ, п→б before vowels and vowel drop', () => {
    expect(best('кітабы').lemma).toBe('кітап');
    expect(has('тілегі', 'тілек', 'NOUN')).toBe(true);
    expect(best('халқы').lemma).toBe('халық');
    expect(best('аузы').lemma).toBe('ауыз');
    expect(best('орны').lemma).toBe('орын');
  });
  it('hyphenated compounds', () => {
    const a = best('қарым-қатынас');
    expect(a.lemma).toBe('қарым-қатынас');
    const b = best('қарым-қатынастары');
    expect(b.lemma).toBe('қарым-қатынас');
    expect(b.segments.map((s) => s.text).join('')).toBe('қарым-қатынастары');
  });
});

describe('lemma and headword conventions', () => {
  it('headwords of verbs take -у', () => {
    expect(best('қолдайды').headword).toBe('қолдау');
    expect(best('сақталып').headword).toBe('сақтау');
    expect(best('біріктірді').headword).toBe('біріктіру');
    expect(best('оқиды').headword).toBe('оқу');
    expect(best('жүрді').headword).toBe('жүру');
    expect(headwordOf('қой', 'VERB')).toBe('қою');
    expect(best('мемлекеттің').headword).toBe('мемлекет');
  });
  it('proper nouns keep capitals, others are lower-cased', () => {
    expect(best('Қазақстанның').lemma).toBe('Қазақстан');
    expect(best('Қазақстанның').upos).toBe('PROPN');
    expect(best('Мемлекет').lemma).toBe('мемлекет');
    const g = best('Медведевтің');
    expect(g.lemma).toBe('Медведев');
    expect(g.upos).toBe('PROPN');
  });
  it('unknown words get a guess', () => {
    const a = best('фывапролдың');
    expect(a.guess).toBe(true);
    expect(isKnownForm('фывапролдың')).toBe(false);
    expect(isKnownForm('мемлекеттердің')).toBe(true);
    expect(knownLemma('интеграция')).toBe(true);
  });
});

describe('sentence disambiguation', () => {
  it('one analysis per word', () => {
    const ws = ['Біздің', 'Үкімет', 'бұл', 'жобаны', 'міндетті', 'түрде', 'қолдайды', '.'];
    const r = analyzeSentence(ws);
    expect(r).toHaveLength(ws.length);
    expect(r[2]!.upos).toBe('DET');
    expect(r[6]!.lemma).toBe('қолда');
    expect(r[7]!.upos).toBe('PUNCT');
  });
  it('converb before an auxiliary', () => {
    const r = analyzeSentence(['жоспарланып', 'отыр', '.']);
    expect(r[0]!.lemma).toBe('жоспарла');
    expect(r[1]!.upos).toBe('AUX');
  });
  it('empty sentence', () => {
    expect(analyzeSentence([])).toEqual([]);
  });
});

describe('robustness', () => {
  it('never throws and never returns empty', () => {
    const bad = ['', ' ', '.', ',', '!!!', '123', '12,5', '3.14', 'hello', 'Hello-World', '😀', 'абв😀', '\u0000', '\u0007x',
      '\ud800', 'a\udc00b', 'қ'.repeat(5000), 'x'.repeat(1_000_000), '-', '--', 'ҚР-', '-дан', 'İstanbul', 'ǅ', '\u0301', 'а-', 'ааааааааааааа'];
    for (const w of bad) {
      const r = analyze(w);
      expect(r.length).toBeGreaterThan(0);
      expect(typeof r[0]!.lemma).toBe('string');
      isKnownForm(w);
    }
    expect(analyzeSentence(bad)).toHaveLength(bad.length);
    // @ts-expect-error: runtime guard for non-string input
    expect(analyze(undefined).length).toBe(1);
  });
  it('letters always get an analysis with segments joining to the input', () => {
    for (const w of ['Абай', 'абайдың', 'ЖОҚ', 'ҚазҰУ', 'ҚР-ның']) {
      const a = analyze(w)[0]!;
      expect(a.segments.map((s) => s.text).join('')).toBe(w);
    }
  });
});

describe('more rule families', () => {
  it('й+а → я and й+у → ю in verbs', () => {
    expect(best('қояды').lemma).toBe('қой');
    expect(best('қояды').headword).toBe('қою');
    expect(has('жою', 'жой', 'VERB', { VerbForm: 'Ger' })).toBe(true);
  });
  it('ordinals keep the cardinal as lemma', () => {
    expect(best('бірінші').lemma).toBe('бір');
    expect(best('бірінші').feats.NumType).toBe('Ord');
    expect(best('жетінші').lemma).toBe('жеті');
  });
  it('comparative -рақ/-рек on adjectives', () => {
    expect(best('кішірек').lemma).toBe('кіші');
    expect(best('жақсырақ').lemma).toBe('жақсы');
  });
  it('attributive -ғы/-гі on time adverbs', () => {
    expect(best('қазіргі').lemma).toBe('қазір');
  });
  it('instrumental variant -менен', () => {
    expect(has('ақшаменен', 'ақша', 'NOUN', { Case: 'Ins' })).toBe(true);
  });
  it('loan spelling: double consonant and soft sign dropped before suffixes', () => {
    expect(best('процеске').lemma).toBe('процесс');
    expect(best('фестивалы').lemma).toBe('фестиваль');
  });
  it('pronoun paradigms', () => {
    expect(best('оның').lemma).toBe('ол');
    expect(best('оның').feats).toMatchObject({ Case: 'Gen', Person: '3', PronType: 'Prs' });
    expect(best('маған').lemma).toBe('мен');
    expect(best('бұларға').lemma).toBe('бұл');
  });
  it('guessed unknown words strip inflection and fold the passive', () => {
    const a = best('зымыранқұрылыстарының'); // unknown compound-like stem
    expect(a.guess).toBe(true);
    expect(a.segments.map((s) => s.text).join('')).toBe('зымыранқұрылыстарының');
    expect(best('шұрқылданды').upos).toBe('VERB');
  });
  it('digits before a year word are ordinal in context', () => {
    const r = analyzeSentence(['1997', 'жылы', '.']);
    expect(r[0]!.feats.NumType).toBe('Ord');
    expect(r[1]!.lemma).toBe('жыл');
  });
});

describe('irregular forms', () => {
  it('every listed form is spelt by its segments', () => {
    expect(irregularFormTypos()).toEqual([]);
  });
});

describe('forms of real news text', () => {
  it('reads substantivised plural participles with case (жұқтырғандардың, келетіндерге)', () => {
    expect(has('жұқтырғандардың', 'жұқтыр', 'VERB', { VerbForm: 'Ger', Number: 'Plur', Case: 'Gen' })).toBe(true);
    expect(has('оқитындарға', 'оқы', 'VERB', { VerbForm: 'Ger', Number: 'Plur', Case: 'Dat' })).toBe(true);
    expect(best('ұсынғандар').feats).toMatchObject({ VerbForm: 'Ger', Number: 'Plur', Case: 'Nom' });
  });
  it('reads "according to" in -уынша and ordinals with case', () => {
    expect(has('айтуынша', 'айт', 'VERB', { VerbForm: 'Ger' })).toBe(true);
    expect(best('біріншіден').lemma).toBe('бір');
    expect(best('екіншісіне').feats).toMatchObject({ NumType: 'Ord', Case: 'Dat' });
  });
  it('declines words that end in a lexicalised possessive (отбасы-нан, бәрі-н)', () => {
    expect(best('отбасынан')).toMatchObject({ lemma: 'отбасы', upos: 'NOUN', guess: false });
    expect(segs(best('отбасынан'))).toBe('отбасы | нан(ABL)');
    expect(best('бәрін')).toMatchObject({ lemma: 'бәрі', upos: 'PRON', guess: false });
  });
  it('restores a stem-final т swallowed by a т-suffix (журналистер, туристік)', () => {
    expect(best('журналистердің')).toMatchObject({ lemma: 'журналист', guess: false });
    expect(best('туристік')).toMatchObject({ lemma: 'туристік', upos: 'ADJ', guess: false });
  });
  it('reads compounds with a listed first part (телеарна, теле+радио+кешен)', () => {
    expect(best('телеарнасы')).toMatchObject({ lemma: 'телеарна', upos: 'NOUN', guess: false });
    expect(best('телерадиокешенінің')).toMatchObject({ lemma: 'телерадиокешен', guess: false });
    expect(best('әуекомпаниясы').lemma).toBe('әуекомпания');
  });
  it('folds a double passive into the verb (жасалынған → жаса)', () => {
    expect(best('жасалынған')).toMatchObject({ lemma: 'жаса', upos: 'VERB', guess: false });
  });
  it('reads a lexicalised voice form as its own verb (қатынасу "take part")', () => {
    expect(best('қатынасады').lemma).toBe('қатынас');
    expect(best('қатынайды').lemma).toBe('қатына');
  });
  it('takes hesitation sounds of transcribed speech for interjections, not unknown words', () => {
    for (const w of ['ыы', 'іі', 'эээ', 'ммм', 'і']) expect(best(w)).toMatchObject({ upos: 'INTJ', guess: false });
    expect(best('ауа').upos).not.toBe('INTJ');
  });
});

describe('loans and spelling rules of real text', () => {
  it('takes the suffix harmony of loans from a final к/г/х, a soft sign and a loan у', () => {
    expect(best('банкке')).toMatchObject({ lemma: 'банк', guess: false });
    expect(best('цехта')).toMatchObject({ lemma: 'цех', guess: false });
    expect(best('фестивалінің')).toMatchObject({ lemma: 'фестиваль', guess: false });
    expect(best('госпитальге')).toMatchObject({ lemma: 'госпиталь', guess: false });
    expect(best('ресурстар')).toMatchObject({ lemma: 'ресурс', guess: false });
  });
  it('voices a suffix-final қ/к before a vowel inside a chain (қалғандығы)', () => {
    expect(segs(best('қалғандығы'))).toBe('қал | ған(PTCP.PST) | дығ(NMLZ) | ы(POSS.3)');
  });
  it('reads locative predicates, "as soon as", the negative evidential and the short present', () => {
    expect(segs(best('эфирдесіз'))).toBe('эфир | де(LOC) | сіз(COP.2SG.POL)');
    expect(best('келісімен').lemma).toBe('кел');
    expect(best('келмепті').feats).toMatchObject({ Polarity: 'Neg', Evident: 'Fh' });
    expect(best('тұрсыздар')).toMatchObject({ lemma: 'тұр', upos: 'AUX', guess: false });
    expect(best('жатырсыңдар').feats).toMatchObject({ Number: 'Plur', Person: '2' });
  });
});

describe('words a learner sees in context (issues 10 and 15)', () => {
  const inContext = (sentence: string, word: string): Analysis => {
    const words = sentence.split(/\s+|(?=[.,!?])/).filter(Boolean);
    return analyzeSentence(words)[words.indexOf(word)]!;
  };
  it('reads lexicalised -ты/-ді adjectives as adjectives, the accusative where it is one', () => {
    expect(inContext('Ол қабілетті маман .', 'қабілетті')).toMatchObject({ lemma: 'қабілетті', upos: 'ADJ' });
    expect(inContext('Шартты түрде келісті .', 'Шартты')).toMatchObject({ lemma: 'шартты', upos: 'ADJ' });
    expect(inContext('Экономика қарқынды дамып келеді .', 'қарқынды')).toMatchObject({ lemma: 'қарқынды', upos: 'ADJ' });
    expect(inContext('Бұл маман өте қабілетті .', 'қабілетті').upos).toBe('ADJ');
    expect(inContext('Біз осы шартты орындадық .', 'шартты')).toMatchObject({ lemma: 'шарт', upos: 'NOUN', feats: { Case: 'Acc' } });
  });
  it('picks homographs by context: қала the city, кеше yesterday', () => {
    expect(inContext('Қала болып қалыптасты .', 'Қала')).toMatchObject({ lemma: 'қала', upos: 'NOUN' });
    expect(inContext('Ол қала берді .', 'қала')).toMatchObject({ lemma: 'қал', upos: 'VERB' });
    expect(inContext('Кеше болған оқиға .', 'Кеше')).toMatchObject({ lemma: 'кеше', upos: 'ADV' });
  });
  it('does not take a capitalised common word at a sentence start for a name', () => {
    expect(inContext('Жеңіс күні тойланды .', 'Жеңіс')).toMatchObject({ lemma: 'жеңіс', upos: 'NOUN' });
    expect(inContext('Мақсат айқын .', 'Мақсат').upos).toBe('NOUN');
    expect(inContext('Азамат пен Айгүл ойнайды .', 'Азамат').upos).toBe('PROPN');
    expect(inContext('Бүгін Мақсат келді .', 'Мақсат').upos).toBe('PROPN');
  });
  it('reads a month name in a date as the month', () => {
    expect(inContext('08 Қазан 2015 жылы өтті .', 'Қазан')).toMatchObject({ lemma: 'қазан', upos: 'NOUN' });
    expect(inContext('Қазан айында келді .', 'Қазан')).toMatchObject({ lemma: 'қазан', upos: 'NOUN' });
    expect(inContext('Қазан қаласына барды .', 'Қазан').upos).toBe('PROPN');
  });
  it('жолға is жол + DAT, басым бағыттар the adjective, барды the verb "go"', () => {
    expect(inContext('Жолға қою керек .', 'Жолға')).toMatchObject({ lemma: 'жол', upos: 'NOUN', feats: { Case: 'Dat' } });
    expect(analyze('жолға').every((a) => a.lemma !== 'жолық')).toBe(true);
    expect(inContext('Басым бағыттар айқындалды .', 'Басым')).toMatchObject({ lemma: 'басым', upos: 'ADJ' });
    expect(inContext('Ол мектепке барды .', 'барды')).toMatchObject({ lemma: 'бар', upos: 'VERB', headword: 'бару' });
    expect(inContext('Ол мектепке барды .', 'Ол').upos).toBe('PRON');
  });
  it('keeps a lexicalised verb as its own stem (қатысамын: қатыс, not қат "harden")', () => {
    expect(best('қатысамын')).toMatchObject({ lemma: 'қатыс', headword: 'қатысу' });
    expect(segs(best('қатысамын'))).toBe('қатыс | а(PRS) | мын(COP.1SG)');
  });
  it('builds қою as қой + у: segments keep the morphemes a spelling merged', () => {
    const a = best('қою');
    expect(a).toMatchObject({ lemma: 'қой', headword: 'қою' });
    expect(a.segments).toEqual([{ text: 'қо', label: null, base: 'қой' }, { text: 'ю', label: 'VN', base: 'у' }]);
  });
  it('drops the vowel only of a verb flagged for it (қорқады ← қорық)', () => {
    expect(best('қорқады').lemma).toBe('қорық');
    expect(best('қорқу')).toMatchObject({ lemma: 'қорық', headword: 'қорқу' });
  });
});

describe('UD Kazakh-KTB conventions in context', () => {
  const tags = (sentence: string) => {
    const words = sentence.split(' ');
    return analyzeSentence(words).map((a) => a.upos);
  };
  it('tags the first word of a multi-word verb or noun of the lexicon X (пайда болды, өмір сүреді, ауа райы)', () => {
    expect(tags('жаңа ұйым пайда болды')[2]).toBe('X');
    expect(tags('олар сонда өмір сүреді')[2]).toBe('X');
    expect(tags('ауа райы жақсы')[0]).toBe('X');
    expect(tags('тағы да келді')[0]).not.toBe('X');
  });
  it('reads бір as a numeral before a possessed noun or a verb, a determiner before a bare noun', () => {
    expect(tags('бір күні келді')[0]).toBe('NUM');
    expect(tags('бір кемпір келді')[0]).toBe('DET');
  });
  it('reads да as "and" after a finite verb and in a list', () => {
    expect(tags('ол шығып кетті де үйіне барды')[3]).toBe('CCONJ');
    expect(tags('біз де келдік')[1]).toBe('ADV');
  });
});

describe('errors met on news text, fixed by rules (issue 15, the general glossary\'s report)', () => {
  const inContext = (sentence: string, word: string): Analysis => {
    const words = sentence.split(/\s+|(?=[.,!?])/).filter(Boolean);
    return analyzeSentence(words)[words.indexOf(word)]!;
  };
  it('reads hesitation sounds as interjections, not guessed nouns', () => {
    for (const w of ['ыы', 'ээ', 'аа', 'эээ', 'ммм']) expect(inContext(`Біз ${w} келдік .`, w)).toMatchObject({ upos: 'INTJ', guess: false });
  });
  it('reads the demonstratives on their н-stem: онсыз, ондағы, мұндағы, сондағы', () => {
    expect(inContext('Онсыз ешкім жоқ .', 'Онсыз')).toMatchObject({ lemma: 'ол', upos: 'PRON', feats: { PronType: 'Dem' } });
    expect(inContext('Онсыз ешкім жоқ .', 'ешкім')).toMatchObject({ lemma: 'ешкім', upos: 'PRON' });
    expect(best('ондағы')).toMatchObject({ lemma: 'ол', upos: 'PRON', feats: { Case: 'Loc' } });
    expect(best('мұндағы').lemma).toBe('бұл');
    expect(best('сондағы').lemma).toBe('сол');
    expect(best('оннан').upos).toBe('NUM'); // "from ten": the pronoun's ablative is одан
  });
  it('reads approximate numerals as numerals, not verbs made from numbers', () => {
    for (const [w, lemma] of [['жүздеген', 'жүздеген'], ['мыңдаған', 'мыңдаған'], ['ондаған', 'ондаған'], ['миллиондаған', 'миллиондаған']]) {
      expect(best(w!)).toMatchObject({ lemma, upos: 'NUM' });
      expect(inContext(`${w} адам келді .`, w!).upos).toBe('NUM');
    }
    // no verb is made from a numeral (мың-да-ған "thousand-ed")
    expect(analyze('мыңдаған').some((a) => a.upos === 'VERB')).toBe(false);
  });
  it('gives a guessed verb its unvoiced stem (толығ-ады ← толық, as кітаб-ы ← кітап)', () => {
    const a = analyze('толығады').find((x) => x.upos === 'VERB')!;
    expect(a).toMatchObject({ lemma: 'толық', headword: 'толығу' });
    expect(analyze('жығып').find((x) => x.upos === 'VERB')!.lemma).toBe('жық');
  });
  it('keeps state adjectives in -улы/-улі whole, listed or not (шектеулі, жабулы, ілулі)', () => {
    for (const w of ['шектеулі', 'атаулы', 'жеткілікті', 'жабулы', 'ілулі', 'қамтулы', 'өлшеулі']) expect(best(w), w).toMatchObject({ lemma: w, upos: 'ADJ' });
    expect(inContext('Есік жабулы тұр .', 'жабулы').upos).toBe('ADJ');
  });
  it('reads participles used as nouns as the verb (шеккендер, тапқан)', () => {
    expect(inContext('Зардап шеккендерге көмек берілді .', 'шеккендерге')).toMatchObject({ lemma: 'шек', upos: 'VERB', headword: 'шегу' });
    expect(inContext('Тапқан ақшасын берді .', 'Тапқан')).toMatchObject({ lemma: 'тап', upos: 'VERB', headword: 'табу' });
  });
  it('keeps a listed reciprocal verb whole, folds the passive (араласу, таныс-ты; табыл-ды → тап)', () => {
    expect(best('араласу')).toMatchObject({ lemma: 'аралас', headword: 'араласу' });
    expect(best('танысты')).toMatchObject({ lemma: 'таныс', feats: { Voice: 'Rcp' } });
    expect(best('айналысады').lemma).toBe('айналыс');
    expect(best('сөйлесті').lemma).toBe('сөйлес');
    expect(best('табылды')).toMatchObject({ lemma: 'тап', feats: { Voice: 'Pass' } });
    expect(best('қатысты').lemma).toBe('қатыс');
    expect(best('қатысу').headword).toBe('қатысу');
  });
  it('never takes an inflected form for a lemma (жазда, ойымша, айтуынша)', () => {
    expect(inContext('Біз жазда келеміз .', 'жазда')).toMatchObject({ lemma: 'жаз', feats: { Case: 'Loc' } });
    expect(best('ойымша').lemma).toBe('ой');
    expect(best('айтуынша')).toMatchObject({ lemma: 'айт', headword: 'айту' });
    expect(best('бәрін').lemma).toBe('бәрі');
    expect(best('кеденнен').lemma).toBe('кеден');
  });
  it('keeps verbs whole before negation and the present (жетпейді, өседі), and қалай/қандай apart from verbs', () => {
    expect(best('жетпейді').lemma).toBe('жет');
    expect(best('өседі').lemma).toBe('өс');
    expect(inContext('Біз оны қалаймыз .', 'қалаймыз')).toMatchObject({ lemma: 'қала', upos: 'VERB', headword: 'қалау' });
    expect(inContext('Бұл қандай болды ?', 'қандай').upos).toBe('PRON');
  });
  it('reads paired words whole when the first part is an adverb or inflected (күндіз-түні, жылдан-жылға)', () => {
    expect(best('күндіз-түні')).toMatchObject({ lemma: 'күндіз-түні', upos: 'ADV' });
    expect(best('жылдан-жылға')).toMatchObject({ lemma: 'жылдан-жылға', upos: 'ADV' });
    expect(best('өзін-өзі')).toMatchObject({ lemma: 'өзін-өзі', upos: 'PRON' });
    expect(best('аты-жөні')).toMatchObject({ lemma: 'аты-жөні', upos: 'NOUN' });
    // a bare first part, a listed pair and a converb leave the second part's analysis
    expect(best('ата-анасы').lemma).toBe('ата-ана');
    expect(best('қарым-қатынасымыздың')).toMatchObject({ lemma: 'қарым-қатынас', feats: { Case: 'Gen' } });
    expect(best('тергеп-тексеру').headword).toBe('тергеп-тексеру');
  });
  it('reads a capitalised pair with a name as one name, and бір-бір as "each other"', () => {
    expect(best('Нұр-Сұлтанға')).toMatchObject({ lemma: 'Нұр-Сұлтан', upos: 'PROPN', feats: { Case: 'Dat' } });
    expect(best('Премьер-Министрге')).toMatchObject({ lemma: 'премьер-министр', upos: 'NOUN' });
    expect(best('бір-бірімен')).toMatchObject({ lemma: 'бір-бір', upos: 'PRON', feats: { PronType: 'Rcp', Case: 'Ins' } });
  });
  it('leaves a word before the hyphenated particle -ақ as it is', () => {
    const a = best('минуттарда-ақ');
    expect(a).toMatchObject({ lemma: 'минут', feats: { Case: 'Loc' } });
    expect(a.segments.map((s) => s.text).join('')).toBe('минуттарда-ақ');
  });
  it('possessed pronouns: bare бәрі is possessed like бәрін; өздері "themselves" has plural possessors, not Number=Plur', () => {
    expect(best('бәрі').feats).toMatchObject({ Case: 'Nom', 'Person[psor]': '3', PronType: 'Tot' });
    const a = best('өздерінің');
    expect(a.feats).toMatchObject({ Case: 'Gen', 'Number[psor]': 'Plur', 'Person[psor]': '3', Reflex: 'Yes' });
    expect(a.feats.Number).toBeUndefined();
  });
  it('interrogative adverbs are PronType=Int (неге, қайдан, неліктен), as қайда and қашан are', () => {
    expect(best('неге')).toMatchObject({ upos: 'ADV', feats: { PronType: 'Int' } });
    expect(best('қайдан').feats).toEqual({ PronType: 'Int' });
  });
  it('a plural demonstrative listed under its singular keeps Number=Plur (бұлар, бұлармен, солардың)', () => {
    expect(best('бұлармен')).toMatchObject({ lemma: 'бұл', upos: 'PRON', feats: { Case: 'Ins', Number: 'Plur', PronType: 'Dem' } });
    expect(best('солардың').feats).toMatchObject({ Case: 'Gen', Number: 'Plur' });
    expect(best('бұлар').feats).toMatchObject({ Number: 'Plur' });
  });
  it('collective numerals in -еу/-ау are NumType=Coll (екеуінің, үшеуі), the others Card', () => {
    expect(best('екеуінің').feats).toMatchObject({ NumType: 'Coll', Case: 'Gen' });
    expect(best('алтау').feats).toEqual({ NumType: 'Coll' });
    expect(best('бес').feats).toEqual({ NumType: 'Card' });
  });
  it('quantifiers of amount are PronType=Tot, as UD-KTB has them (бірнеше, көптеген); кейбір stays Ind', () => {
    expect(inContext('бірнеше жыл өтті .', 'бірнеше')).toMatchObject({ upos: 'DET', feats: { PronType: 'Tot' } });
    expect(inContext('көптеген елдер келді .', 'көптеген')).toMatchObject({ upos: 'DET', feats: { PronType: 'Tot' } });
    expect(inContext('кейбір елдер келді .', 'кейбір').feats).toMatchObject({ PronType: 'Ind' });
  });
  it('reads the comparative -рақ/-рек with Degree=Cmp, on known adjectives and adverbs only', () => {
    expect(best('кішірек')).toMatchObject({ lemma: 'кіші', upos: 'ADJ', feats: { Degree: 'Cmp' } });
    expect(best('тезірек').feats).toMatchObject({ Degree: 'Cmp' });
    expect(best('зерек').segments).toHaveLength(1);
  });
  it('reads the negative converb -мастан ("without …ing")', () => {
    expect(best('айтпастан')).toMatchObject({ lemma: 'айт', upos: 'VERB', feats: { Polarity: 'Neg', VerbForm: 'Conv' } });
    expect(best('тоқтамастан').lemma).toBe('тоқта');
  });
  it('reads a noun-or-adjective as the adjective before the noun it qualifies (Орталық Азия)', () => {
    expect(inContext('Орталық Азия елдері .', 'Орталық')).toMatchObject({ lemma: 'орталық', upos: 'ADJ' });
    expect(inContext('Орталық директоры келді .', 'Орталық')).toMatchObject({ lemma: 'орталық', upos: 'NOUN' });
  });
  it('an adjective-or-adverb grading an adjective is the adverb (аса маңызды, едәуір көп), not before an adjective of relation (жедел медициналық)', () => {
    expect(inContext('бұл аса маңызды мәселе .', 'аса')).toMatchObject({ upos: 'ADV' });
    expect(inContext('өткен жылмен салыстырғанда едәуір көп .', 'едәуір')).toMatchObject({ upos: 'ADV' });
    expect(inContext('жедел медициналық бригада келді .', 'жедел')).toMatchObject({ upos: 'ADJ' });
    expect(inContext('мыңнан аса жас келді .', 'аса').upos).not.toBe('ADV');
  });
  it('a -ған form before a determiner is a participle (қабылданған барлық құжаттар), before сайын the verbal noun', () => {
    expect(inContext('қабылданған барлық құжаттар жарияланды .', 'қабылданған').feats).toMatchObject({ VerbForm: 'Part' });
    expect(inContext('экономика артқан сайын халық байиды .', 'артқан').feats).toMatchObject({ VerbForm: 'Ger', Case: 'Nom' });
  });
  it('before an adjective, a noun-or-adjective is the adjective only when the two stack (орталық аумақтық, ірі және орта жеңіл)', () => {
    expect(inContext('орталық аумақтық комиссия құрылды .', 'орталық')).toMatchObject({ upos: 'ADJ' });
    expect(inContext('ірі және орта жеңіл өнеркәсіп .', 'орта')).toMatchObject({ upos: 'ADJ' });
    expect(inContext('ашылған орталық деструктивті ағымда жүрген жандарға көмектеседі .', 'орталық')).toMatchObject({ lemma: 'орталық', upos: 'NOUN' });
    expect(inContext('ауылда науқас бар .', 'науқас')).toMatchObject({ upos: 'NOUN' });
  });
  it('ranks a genitive over the rare familiar past (Серіктестің, жұмыстың), and the copula е takes no endings', () => {
    expect(inContext('Серіктестің жиналысы өтті .', 'Серіктестің')).toMatchObject({ upos: 'NOUN', feats: { Case: 'Gen' } });
    expect(inContext('Бұл жұмыстың .', 'жұмыстың')).toMatchObject({ lemma: 'жұмыс', upos: 'NOUN' });
    expect(analyze('есін').some((a) => a.lemma === 'е')).toBe(false);
    expect(best('еді')).toMatchObject({ lemma: 'е', upos: 'AUX' });
  });
});

describe('мен: "and" or "I" in context', () => {
  const menIn = (sentence: string) => {
    const words = sentence.replace(/([.,])/g, ' $1').split(/\s+/).filter(Boolean);
    const r = analyzeSentence(words);
    return r.filter((_, i) => words[i]!.toLowerCase() === 'мен').map((a) => a.upos);
  };

  it('after a nominal or a verbal noun in the nominative, with the clause going on: the conjunction', () => {
    expect(menIn('Мұнай мен газ салалары дамыды.')).toEqual(['CCONJ']);
    expect(menIn('Ұлттық даму мен қауіпсіздік мәселесі маңызды.')).toEqual(['CCONJ']);
    expect(menIn('Байланыстарын күшейту мен дамыту үрдістері басталды.')).toEqual(['CCONJ']);
    expect(menIn('Тәжірибенің болмауы мен ұлттық мүддеге қайшылық кедергі болды.')).toEqual(['CCONJ']);
    expect(menIn('Күн мен түн теңелді.')).toEqual(['CCONJ']);
  });

  it('the pronoun at the start, after a word of time or a demonstrative, before its own verb', () => {
    expect(menIn('Мен мектепке бардым.')).toEqual(['PRON']);
    expect(menIn('Бүгін мен келдім.')).toEqual(['PRON']);
    expect(menIn('Оны мен көрдім.')).toEqual(['PRON']);
    expect(menIn('Мына мен айтқан жол.')).toEqual(['PRON']);
  });
});

describe('personal names carry their gender (UD-KTB Gender on person names)', () => {
  it('a name flagged masc or fem gets Gender, bare and inflected', () => {
    expect(best('Бекболат').feats).toEqual({ Case: 'Nom', Gender: 'Masc' });
    expect(best('Айгүлден').feats).toEqual({ Case: 'Abl', Gender: 'Fem' });
    expect(best('Назарбаевтың').feats).toMatchObject({ Case: 'Gen', Gender: 'Masc' });
  });
  it('a surname in -ев after a back vowel takes back suffixes (Тоқаевтың), after a consonant front ones', () => {
    expect(best('Назарбаевтың')).toMatchObject({ lemma: 'Назарбаев', guess: false, feats: { Case: 'Gen', Gender: 'Masc' } });
    expect(best('Тоқаевқа')).toMatchObject({ lemma: 'Тоқаев', guess: false, feats: { Case: 'Dat' } });
    expect(best('Медведевтің')).toMatchObject({ lemma: 'Медведев', guess: false });
    expect(best('Назарбаевтің').guess).toBe(true);
  });
  it('names of either sex, surnames that do not inflect for gender and place names have none', () => {
    expect(best('Бақыт').feats.Gender).toBeUndefined();
    expect(best('Обама').feats.Gender).toBeUndefined();
    expect(best('Алматыда').feats.Gender).toBeUndefined();
  });
  const inContext = (sentence: string, word: string): Analysis => {
    const words = sentence.split(' ');
    return analyzeSentence(words)[words.indexOf(word)]!;
  };
  it('a place that ends like a surname has none: listed cities (Ростовқа), and a name before a possessed place noun (Курчатов қаласы, Абай ауданында)', () => {
    expect(best('Ростовқа')).toMatchObject({ lemma: 'Ростов', upos: 'PROPN', guess: false, feats: { Case: 'Dat' } });
    expect(best('Ростовқа').feats.Gender).toBeUndefined();
    expect(inContext('Жданов аулына жол салынды .', 'Жданов').feats.Gender).toBeUndefined();
    expect(inContext('Абай ауданында болды .', 'Абай').feats.Gender).toBeUndefined();
    expect(inContext('Тоқаев облыс әкімдеріне тапсырды .', 'Тоқаев').feats).toMatchObject({ Gender: 'Masc' });
  });
  it('an unknown Russian name in -ий, or a patronymic in -вич/-вна, has its gender (Дмитрий, Зеленскиймен, Абишевич, Петровна)', () => {
    expect(best('Дмитрий').feats).toEqual({ Case: 'Nom', Gender: 'Masc' });
    expect(best('Зеленскиймен').feats).toMatchObject({ Case: 'Ins', Gender: 'Masc' });
    expect(best('Абишевич').feats).toMatchObject({ Gender: 'Masc' });
    expect(best('Петровна').feats).toMatchObject({ Gender: 'Fem' });
    expect(best('Казахстанская').feats.Gender).toBeUndefined();
  });
  it('an unknown patronymic in -ұлы is a name in the nominative (Case=Nom, Gender=Masc)', () => {
    expect(best('Әбішұлы')).toMatchObject({ lemma: 'Әбішұлы', upos: 'PROPN', feats: { Case: 'Nom', Gender: 'Masc' } });
  });
  it('Елбасы is a title of its own, declined as a possessed noun (Елбасының, Елбасымыздың)', () => {
    expect(best('Елбасының')).toMatchObject({ lemma: 'Елбасы', upos: 'PROPN', guess: false, feats: { Case: 'Gen' } });
    expect(best('Елбасымыздың')).toMatchObject({ lemma: 'Елбасы', guess: false, feats: { Case: 'Gen', 'Person[psor]': '1' } });
  });
  it('the common noun beside a name has no gender', () => {
    expect(analyzeSentence(['Ол', 'азамат', 'болды'])[1]).toMatchObject({ upos: 'NOUN', feats: { Case: 'Nom' } });
    expect(analyzeSentence(['Ол', 'азамат', 'болды'])[1]!.feats.Gender).toBeUndefined();
  });
});

describe('causatives of verbs the rules build (UD-KTB keeps the causative in the lemma)', () => {
  it('a causative on a voice form of a lexicon verb: жоспарла-н-дыр, тазала-н-дыр', () => {
    expect(best('жоспарландыру')).toMatchObject({ lemma: 'жоспарландыр', upos: 'VERB', guess: false });
    expect(segs(best('тазаландыру'))).toBe('тазала | н(PASS) | дыр(CAUS) | у(VN)');
  });
  it('a causative on a verb derived from a known noun or adjective: су-ла-н-дыр, мол-ай-т, жақын-дас-тыр', () => {
    expect(best('суландырады')).toMatchObject({ lemma: 'суландыр', upos: 'VERB', guess: false });
    expect(best('молайту')).toMatchObject({ lemma: 'молайт', upos: 'VERB', guess: false });
    expect(best('жақындастыру')).toMatchObject({ lemma: 'жақындастыр', guess: false });
  });
  it('-т only on verbs of state in -ай/-сыра: міндетті is the adjective, not мін-де-т-ті', () => {
    expect(analyze('міндетті').some((a) => a.upos === 'VERB')).toBe(false);
    expect(analyzeSentence(['елімізде', 'міндетті', 'әлеуметтік', 'сақтандыру'])[1]).toMatchObject({ lemma: 'міндетті', upos: 'ADJ' });
  });
  it('only the productive causatives: ту-лар is a plural, not ту-л-ар', () => {
    expect(analyze('тулар').some((a) => a.upos === 'VERB' && !a.guess && a.segments.some((s) => s.label === 'CAUS'))).toBe(false);
  });
});

describe('derivation after a final soft sign', () => {
  it('the soft sign is silent: панель-дік, автомобиль-дік take the suffix of л', () => {
    expect(best('панельдік')).toMatchObject({ lemma: 'панельдік', upos: 'ADJ', guess: false });
    expect(segs(best('автомобильдік'))).toBe('автомобиль | дік(DER.LYQ)');
  });
});

describe('inflected pairs the lexicon lists', () => {
  it('a listed pair is known even when its second part alone is not a word: дәрі-дәрмек-пен, сауда-саттық-ты', () => {
    expect(best('дәрі-дәрмекпен')).toMatchObject({ lemma: 'дәрі-дәрмек', upos: 'NOUN', guess: false, feats: { Case: 'Ins' } });
    expect(best('сауда-саттықты')).toMatchObject({ lemma: 'сауда-саттық', guess: false, feats: { Case: 'Acc' } });
    expect(segs(best('зорлық-зомбылыққа'))).toBe('зорлық-зомбылық | қа(DAT)');
  });
  it('a pair the lexicon does not list stays a guess', () => {
    expect(best('дәрі-дәрмекпенн').guess).toBe(true);
    expect(best('дәрі-пәрмекпен').guess).toBe(true);
  });
});

describe('news words added to the lexicon', () => {
  it('loans and their -лық adjectives, native nouns and verbs', () => {
    expect(best('экзотикалық')).toMatchObject({ lemma: 'экзотикалық', upos: 'ADJ', guess: false });
    expect(best('реактордың')).toMatchObject({ lemma: 'реактор', upos: 'NOUN', guess: false });
    expect(best('омыртқасына')).toMatchObject({ lemma: 'омыртқа', guess: false });
    expect(best('итеріп')).toMatchObject({ lemma: 'итер', upos: 'VERB', guess: false });
  });
  it('a new noun does not take over a verb analysis: таяуда is the adjective', () => {
    expect(best('таяуда')).toMatchObject({ lemma: 'таяу', upos: 'ADJ' });
  });
});

describe('analytic verb forms written as one token (UD-KTB «болған жоқ»)', () => {
  it('past participle + емес/жоқ is the negative past, the copula giving the person', () => {
    expect(best('көрген емеспін')).toMatchObject({ lemma: 'көр', upos: 'VERB', guess: false, feats: { Polarity: 'Neg', Tense: 'Past', VerbForm: 'Fin', Person: '1', Number: 'Sing' } });
    expect(best('ұшырасқан жоқ').feats).toMatchObject({ Polarity: 'Neg', Person: '3', Voice: 'Rcp' });
  });
  it('past participle + екен is the evidential past; conditional + екен the desiderative', () => {
    expect(best('деген екен')).toMatchObject({ lemma: 'де', feats: { Evident: 'Fh', Tense: 'Past', VerbForm: 'Fin' } });
    expect(best('аңдысам екен')).toMatchObject({ lemma: 'аңды', feats: { Mood: 'Des', VerbForm: 'Fin', Person: '1' } });
    expect(segs(best('болған емес'))).toBe('бол | ған(PTCP.PST) |  емес(NEG)');
  });
  it('a noun before жоқ is not a verb form', () => {
    expect(best('бала жоқ').upos).toBe('X');
  });
});

describe('vowel harmony of loans', () => {
  it('ю after a consonant as the last vowel takes front suffixes (гидрокостюмді), as KazNERD writes them', () => {
    expect(best('гидрокостюмді')).toMatchObject({ lemma: 'гидрокостюм', guess: false, feats: { Case: 'Acc' } });
    expect(best('костюмдер')).toMatchObject({ lemma: 'костюм', guess: false, feats: { Number: 'Plur' } });
  });
});

describe('-ушылық: the quality or practice of an agent, from a lexicon verb', () => {
  it('builds the noun (ұйымдастырушылық, адасушылыққа), a verb in ы/і losing it (ауытқы → ауытқушылық)', () => {
    expect(best('ұйымдастырушылық')).toMatchObject({ lemma: 'ұйымдастырушылық', upos: 'NOUN', guess: false });
    expect(best('адасушылыққа')).toMatchObject({ lemma: 'адасушылық', guess: false, feats: { Case: 'Dat' } });
    expect(segs(best('ауытқушылық'))).toBe('ауытқ | ушылық(DER.USHYLYQ)');
  });
});

describe('-ғыш/-гіш/-қыш/-кіш: devices and tendencies from verbs', () => {
  it('builds the noun from a lexicon verb, by harmony and the last sound', () => {
    expect(segs(best('есептегіш'))).toBe('есепте | гіш(DER.GYSH)');
    expect(best('жылытқыштар')).toMatchObject({ lemma: 'жылытқыш', upos: 'NOUN', guess: false, feats: { Number: 'Plur' } });
    expect(best('тоңазытқыш')).toMatchObject({ lemma: 'тоңазытқыш', guess: false });
  });
  it('not with the wrong allomorph: *есептеқыш', () => {
    expect(best('есептеқыш').guess).toBe(true);
  });
});

describe('unknown surnames and patronymics carry their gender', () => {
  it('-ов/-ев and -ұлы a man\'s, -ова/-ева and -қызы a woman\'s', () => {
    expect(best('Сапарбаевтың')).toMatchObject({ lemma: 'Сапарбаев', upos: 'PROPN', feats: { Case: 'Gen', Gender: 'Masc' } });
    expect(best('Есімханова').feats).toMatchObject({ Case: 'Nom', Gender: 'Fem' });
    expect(best('Әбішұлы').feats.Gender).toBe('Masc');
  });
  it('not on other unknown names, nor on lower-case words', () => {
    expect(best('Гливице').feats.Gender).toBeUndefined();
    expect(best('Ербатов'.toLowerCase()).feats.Gender).toBeUndefined();
  });
});

describe('a stem flagged front takes front suffixes despite its back vowels', () => {
  it('хал "state": халі, халге, халде', () => {
    expect(best('халге')).toMatchObject({ lemma: 'хал', upos: 'NOUN', guess: false, feats: { Case: 'Dat' } });
    expect(segs(best('халде'))).toBe('хал | де(LOC)');
  });
  it('other back stems do not: *қалаге', () => {
    expect(best('қалаге').guess).toBe(true);
  });
});

describe('бол after a locative predicate is the auxiliary (UD-KTB copula)', () => {
  it('базарында болды "was at the market", құрамында болып', () => {
    expect(analyzeSentence(['Ол', 'базарында', 'болды', '.'])[2]).toMatchObject({ lemma: 'бол', upos: 'AUX' });
    expect(analyzeSentence(['Қала', 'халифаты', 'құрамында', 'болып', ',', 'дамыды'])[3]).toMatchObject({ lemma: 'бол', upos: 'AUX' });
  });
  it('after an accusative it stays a verb', () => {
    expect(analyzeSentence(['Біз', 'оны', 'болдық'])[2]!.upos).toBe('VERB');
  });
});

describe('participles nominalised with -дық/-дік, also in the plural', () => {
  it('келмейтіндіктерін, келгендіктерін: verb + participle + NMLZ + PL + POSS.3 + ACC', () => {
    expect(best('келмейтіндіктерін')).toMatchObject({ lemma: 'кел', upos: 'VERB', guess: false, feats: { Number: 'Plur', Polarity: 'Neg', Case: 'Acc', VerbForm: 'Ger' } });
    expect(segs(best('келгендіктерін'))).toBe('кел | ген(PTCP.PST) | дік(NMLZ) | тер(PL) | і(POSS.3) | н(ACC)');
  });
});
