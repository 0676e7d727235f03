'use client';
// The typed-answer check's codes and details as sentences in the UI language, with Kazakh
// (suffixes, words) in the learner's script.
import { useTranslations } from 'next-intl';
import type { AnswerCheck, FeatureDifference, FeaturePart } from '@/lib/answers';
import { useKazakh } from '../preferences';

export function useAnswerTexts() {
  const t = useTranslations('answer');
  const { kk } = useKazakh();

  const valueName = (feature: FeatureDifference['feature'], value: string): string => {
    const key = `values.${feature}.${value.replace(/\./g, '_')}`;
    if (t.has(key as 'values.case.Nom')) return t(key as 'values.case.Nom');
    // OPT.3, IMP.PL …: the family's name; anything else: "verb form" / "suffix"
    const family = `values.${feature}.${value.split(/[.+]/)[0]}`;
    if (t.has(family as 'values.case.Nom')) return t(family as 'values.case.Nom');
    return t(feature === 'verb-form' ? 'values.verb-form.other' : 'values.derivation.other');
  };
  const part = (feature: FeatureDifference['feature'], p: FeaturePart): string =>
    p.suffix ? t('part', { name: valueName(feature, p.value), suffix: kk(p.suffix) }) : t('partBare', { name: valueName(feature, p.value) });

  const difference = (d: FeatureDifference, where: 'word' | 'form'): string => {
    const f = d.feature;
    if (d.typed && d.expected) {
      return t(`changed.${f}`, { typed: part(f, d.typed), expected: part(f, d.expected), where });
    }
    if (d.expected) return t(`missing.${f}`, { expected: part(f, d.expected), suffix: kk(d.expected.suffix ?? ''), where });
    const typed = d.typed!;
    return t(`extra.${f}`, { typed: part(f, typed), suffix: kk(typed.suffix ?? ''), where });
  };

  /** Every line the check says beyond its verdict. */
  const lines = (check: AnswerCheck, where: 'word' | 'form'): string[] => {
    const out = check.nearMisses.map((s) => t('nearMiss', { expected: s.expected, typed: s.typed }));
    const d = check.diagnosis;
    if (d?.code === 'same-lemma') {
      if (d.differences.length === 0) out.push(t('sameGrammar'));
      for (const x of d.differences) out.push(difference(x, where));
    } else if (d?.code === 'other-lemma') {
      out.push(t('otherWord', { typed: kk(d.typedHeadword), expected: kk(d.expectedHeadword) }));
    }
    return out;
  };

  return { verdict: (check: AnswerCheck) => t(`verdict.${check.verdict}`), lines };
}
