import { describe, expect, it } from 'vitest';
import { checkAnswer, cyrillicCandidates, isLookAlike, likelyCyrillic, suggestRating, type AnswerCheck, type Script, type Verdict } from './index';

/** A check's outcome written compactly: differences as feature:typed>expected, swaps as kazakh/typed. */
function summary(r: AnswerCheck): string {
  const swaps = r.nearMisses.map((s) => `${s.expected}/${s.typed}`).join(',');
  const d = r.diagnosis;
  let diag = '';
  if (d?.code === 'same-lemma') {
    const part = (p: { value: string; suffix: string | null } | null) => (p ? `${p.value}${p.suffix ? `-${p.suffix}` : ''}` : '∅');
    diag = d.differences.map((x) => `${x.feature}:${part(x.typed)}>${part(x.expected)}`).join(' ') || 'same-grammar';
  } else if (d?.code === 'other-lemma') diag = `other:${d.typedHeadword}`;
  return [r.verdict, swaps, diag].filter(Boolean).join(' ');
}

type Row = [typed: string, expected: string, lemma: string | null, tests: 'word' | 'form', script: Script, outcome: string];

// 48 typed forms: what a learner types, the card's answer, and what Jatta must say.
const TABLE: Row[] = [
  // tolerant comparison
  ['интеграцияны', 'интеграцияны', 'интеграция', 'form', 'cyrl', 'correct'],
  ['Интеграцияны.', 'интеграцияны', 'интеграция', 'form', 'cyrl', 'correct'],
  ['  ИНТЕГРАЦИЯНЫ!  ', 'интеграцияны', 'интеграция', 'form', 'cyrl', 'correct'],
  ['Орталық   Азия', 'Орталық Азия', null, 'word', 'cyrl', 'correct'],
  ['ёлка', 'елка', null, 'word', 'cyrl', 'correct'],
  ['елка', 'ёлка', null, 'word', 'cyrl', 'correct'],
  ['қарым–қатынас', 'қарым-қатынас', 'қарым-қатынас', 'word', 'cyrl', 'correct'],
  ['«мемлекет»', 'мемлекет', 'мемлекет', 'word', 'cyrl', 'correct'],
  ['', 'мемлекет', 'мемлекет', 'word', 'cyrl', 'empty'],
  ['  …  ', 'мемлекет', 'мемлекет', 'word', 'cyrl', 'empty'],
  // Russian look-alike letters
  ['аймактағы', 'аймақтағы', 'аймақ', 'form', 'cyrl', 'near-miss қ/к'],
  ['ынтымактастык', 'ынтымақтастық', 'ынтымақтастық', 'word', 'cyrl', 'near-miss қ/к'],
  ['тәуелсиздик', 'тәуелсіздік', 'тәуелсіздік', 'word', 'cyrl', 'near-miss і/и'],
  ['тауелсіздік', 'тәуелсіздік', 'тәуелсіздік', 'word', 'cyrl', 'near-miss ә/а'],
  ['онер', 'өнер', 'өнер', 'word', 'cyrl', 'near-miss ө/о'],
  ['мүмкиндик', 'мүмкіндік', null, 'word', 'cyrl', 'near-miss і/и'],
  ['тыл', 'тіл', 'тіл', 'word', 'cyrl', 'near-miss і/ы'],
  ['кугам', 'қоғам', null, 'word', 'cyrl', 'wrong'],
  ['когам', 'қоғам', 'қоғам', 'word', 'cyrl', 'near-miss қ/к,ғ/г'],
  ['сонымен катар', 'сонымен қатар', null, 'word', 'cyrl', 'near-miss қ/к'],
  ['жана', 'жаңа', 'жаңа', 'word', 'cyrl', 'near-miss ң/н'],
  ['улт', 'ұлт', 'ұлт', 'word', 'cyrl', 'near-miss ұ/у'],
  ['уш', 'үш', 'үш', 'word', 'cyrl', 'near-miss ү/у'],
  ['гаухар', 'гауһар', null, 'word', 'cyrl', 'near-miss һ/х'],
  ['Орталык Азия', 'Орталық Азия', null, 'word', 'cyrl', 'near-miss қ/к'],
  // the right lemma with other suffixes
  ['интеграцияның', 'интеграцияны', 'интеграция', 'form', 'cyrl', 'wrong-form case:Gen-ның>Acc-ны'],
  ['интеграцияға', 'интеграциясына', 'интеграция', 'form', 'cyrl', 'wrong-form possessive:∅>3-сы'],
  ['интеграциясында', 'интеграцияны', 'интеграция', 'form', 'cyrl', 'wrong-form possessive:3-сы>∅ case:Loc-нда>Acc-ны'],
  ['интеграциясы', 'интеграция', 'интеграция', 'word', 'cyrl', 'wrong-form possessive:3-сы>∅'],
  ['мемлекеттерге', 'мемлекеттердің', 'мемлекет', 'form', 'cyrl', 'wrong-form case:Dat-ге>Gen-дің'],
  ['мемлекет', 'мемлекеттердің', 'мемлекет', 'form', 'cyrl', 'wrong-form number:∅>Plur-тер case:Nom>Gen-дің'],
  ['мемлекетімізге', 'мемлекеттердің', 'мемлекет', 'form', 'cyrl', 'wrong-form number:∅>Plur-тер possessive:1PL-іміз>∅ case:Dat-ге>Gen-дің'],
  ['елі', 'елдері', 'ел', 'form', 'cyrl', 'wrong-form number:∅>Plur-дер'],
  ['елдерін', 'елдері', 'ел', 'form', 'cyrl', 'wrong-form case:Acc-н>Nom'],
  ['сөздер', 'сөз', 'сөз', 'word', 'cyrl', 'wrong-form number:Plur-дер>∅'],
  ['аймақтан', 'аймақтағы', 'аймақ', 'form', 'cyrl', 'wrong-form case:Abl-тан>LocAttr-тағы'],
  ['аймақта', 'аймақтағы', 'аймақ', 'form', 'cyrl', 'wrong-form case:Loc-та>LocAttr-тағы'],
  ['аймактың', 'аймақтағы', 'аймақ', 'form', 'cyrl', 'wrong-form қ/к case:Gen-тың>LocAttr-тағы'],
  ['дамуы', 'дамуында', 'дамы', 'form', 'cyrl', 'wrong-form case:Nom>Loc-нда'],
  ['қарым-қатынас', 'қарым-қатынасы', null, 'form', 'cyrl', 'wrong-form possessive:∅>3-ы'],
  ['Орталық Азияның', 'Орталық Азияда', null, 'form', 'cyrl', 'wrong-form case:Gen-ның>Loc-да'],
  ['қолдады', 'қолдайды', 'қолда', 'form', 'cyrl', 'wrong-form verb-form:PST-ды>PRS-й'],
  ['қолдаймын', 'қолдайды', 'қолда', 'form', 'cyrl', 'wrong-form person:1SG-мын>3SG-ды'],
  ['қолдамайды', 'қолдайды', 'қолда', 'form', 'cyrl', 'wrong-form polarity:Neg-ма>∅'],
  // another lemma, or nothing the engine knows
  ['сыртқы', 'интеграцияны', 'интеграция', 'form', 'cyrl', 'other-word other:сыртқы'],
  ['ел', 'мемлекет', 'мемлекет', 'word', 'cyrl', 'other-word other:ел'],
  ['дамыту', 'дамуында', 'дамы', 'form', 'cyrl', 'other-word other:дамыту'],
  ['экономика', 'экономикалық', 'экономикалық', 'word', 'cyrl', 'other-word other:экономика'],
  ['интеграцыя', 'интеграция', 'интеграция', 'word', 'cyrl', 'wrong'],
  ['ел дер', 'елдер', 'ел', 'word', 'cyrl', 'wrong'],
  // the Latin alphabet
  ['integratsiiany', 'интеграцияны', 'интеграция', 'form', 'latn', 'correct'],
  ['Qazaqstan', 'Қазақстан', null, 'word', 'latn', 'correct'],
  ['qarym-qatynas', 'қарым-қатынас', null, 'word', 'latn', 'correct'],
  ['Integratsiia', 'интеграция', 'интеграция', 'word', 'latn', 'correct'],
  ['қолдайды', 'қолдайды', 'қолда', 'form', 'latn', 'correct'],
  ['Kazakstan', 'Қазақстан', null, 'word', 'latn', 'near-miss q/k'],
  ['aimaktagy', 'аймақтағы', 'аймақ', 'form', 'latn', 'near-miss q/k,ğ/g'],
  ['tauelsizdik', 'тәуелсіздік', null, 'word', 'latn', 'near-miss ä/a,ı/i'],
  ['integratsiianyñ', 'интеграцияны', 'интеграция', 'form', 'latn', 'wrong-form case:Gen-ның>Acc-ны'],
  ['qoldady', 'қолдайды', 'қолда', 'form', 'latn', 'wrong-form verb-form:PST-ды>PRS-й'],
  ['memlekettiñ', 'мемлекетке', 'мемлекет', 'form', 'latn', 'wrong-form case:Gen-тің>Dat-ке'],
  ['syrtqy', 'интеграцияны', 'интеграция', 'form', 'latn', 'other-word other:сыртқы'],
];

describe('checkAnswer', () => {
  it('holds a table of at least 40 typed forms', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(40);
  });
  it.each(TABLE)('%s for %s (%s, %s, %s) → %s', (typed, expected, lemma, tests, script, outcome) => {
    expect(summary(checkAnswer(typed, { expected, lemma, tests }, script))).toBe(outcome);
  });

  it('shows the answer in the learner script and a diff against it', () => {
    const r = checkAnswer('aimaktagy', { expected: 'аймақтағы', lemma: 'аймақ', tests: 'form' }, 'latn');
    expect(r.expected).toBe('aimaqtağy');
    expect(r.diff).toEqual([
      { kind: 'same', typed: 'aima', expected: 'aima' },
      { kind: 'changed', typed: 'k', expected: 'q' },
      { kind: 'same', typed: 'ta', expected: 'ta' },
      { kind: 'changed', typed: 'g', expected: 'ğ' },
      { kind: 'same', typed: 'y', expected: 'y' },
    ]);
  });

  it('marks missing and extra letters', () => {
    expect(checkAnswer('мемлекет', { expected: 'мемлекетке', tests: 'form' }, 'cyrl').diff).toEqual([
      { kind: 'same', typed: 'мемлекет', expected: 'мемлекет' },
      { kind: 'missing', typed: '', expected: 'ке' },
    ]);
    expect(checkAnswer('интеграцияның', { expected: 'интеграцияны', tests: 'form' }, 'cyrl').diff).toEqual([
      { kind: 'same', typed: 'интеграцияны', expected: 'интеграцияны' },
      { kind: 'extra', typed: 'ң', expected: '' },
    ]);
  });

  it('keeps the typed text as typed (trimmed, spaces collapsed) and cuts very long input', () => {
    expect(checkAnswer('  Орталық   Азия ', { expected: 'Орталық Азия', tests: 'word' }, 'cyrl').typed).toBe('Орталық Азия');
    expect(checkAnswer('а'.repeat(5000), { expected: 'ел', tests: 'word' }, 'cyrl').typed.length).toBeLessThanOrEqual(500);
  });
});

describe('suggestRating', () => {
  const rows: [Verdict, 'word' | 'form', number][] = [
    ['correct', 'form', 3], ['correct', 'word', 3], ['near-miss', 'form', 2], ['wrong-form', 'word', 2],
    ['wrong-form', 'form', 1], ['other-word', 'word', 1], ['wrong', 'form', 1], ['empty', 'word', 1],
  ];
  it.each(rows)('%s on a %s card → %i', (verdict, tests, rating) => {
    expect(suggestRating(verdict, tests)).toBe(rating);
  });
  it('is what checkAnswer suggests', () => {
    expect(checkAnswer('онер', { expected: 'өнер', tests: 'word' }, 'cyrl').suggestedRating).toBe(2);
  });
});

describe('look-alike letters', () => {
  const pairs: [string, string, Script, boolean][] = [
    ['к', 'қ', 'cyrl', true], ['қ', 'к', 'cyrl', true], ['Н', 'ң', 'cyrl', true], ['у', 'ұ', 'cyrl', true], ['у', 'ү', 'cyrl', true],
    ['о', 'ө', 'cyrl', true], ['а', 'ә', 'cyrl', true], ['г', 'ғ', 'cyrl', true], ['и', 'і', 'cyrl', true], ['ы', 'і', 'cyrl', true],
    ['х', 'һ', 'cyrl', true], ['и', 'ы', 'cyrl', false], ['т', 'д', 'cyrl', false], ['k', 'q', 'latn', true], ['k', 'q', 'cyrl', false],
    ['s', 'ş', 'latn', true], ['i', 'ı', 'latn', true], ['y', 'ı', 'latn', true], ['e', 'ä', 'latn', false],
  ];
  it.each(pairs)('%s for %s (%s) → %s', (typed, expected, script, yes) => {
    expect(isLookAlike(typed, expected, script)).toBe(yes);
  });
});

describe('cyrillicCandidates', () => {
  const rows: [string, string][] = [
    ['qoldaidy', 'қолдайды'], ['integratsiia', 'интеграция'], ['Qazaqstan', 'қазақстан'], ['mäselesı', 'мәселесі'], ['memlekettıñ', 'мемлекеттің'],
  ];
  it.each(rows)('%s → %s first', (latin, cyrillic) => {
    expect(cyrillicCandidates(latin)[0]).toBe(cyrillic);
  });
  it('also offers і for a plain i typed for ı, after the exact spellings', () => {
    expect(cyrillicCandidates('memlekettiñ')).toEqual(['мемлекеттиң', 'мемлекеттйң', 'мемлекеттің']);
  });
  it('offers nothing for letters outside the alphabet', () => {
    expect(cyrillicCandidates('wxyz')).toEqual([]);
  });
});

describe('likelyCyrillic', () => {
  it('reads a Latin word in one pass when the reading writes back exactly', () => {
    expect(likelyCyrillic('aimaqtyñ')).toBe('аймақтың');
    expect(likelyCyrillic('integratsiiasyna')).toBe('интеграциясына');
    expect(likelyCyrillic('wx')).toBeNull();
  });
});
