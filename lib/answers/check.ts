// checkAnswer(): compares a typed answer with the card's, names look-alike letters, asks the
// engine what differs, and suggests a rating. Pure; runs in the browser.
import type { Rating } from '../srs';
import { toLatin } from '../kazakh';
import { letters, sameAnswer, tidy } from './compare';
import { diagnose } from './diagnose';
import { diffLetters } from './diff';
import { isLatinText } from './from-latin';
import { repairLookAlikes } from './near-miss';
import type { AnswerCheck, AnswerTarget, Diagnosis, Script, Verdict } from './types';

/** Typed answers longer than this are cut: no card's answer comes near it. */
export const MAX_TYPED_LENGTH = 500;

/** The rating a verdict suggests; the learner's own key press overrides it. */
export function suggestRating(verdict: Verdict, tests: AnswerTarget['tests']): Rating {
  switch (verdict) {
    case 'correct':
      return 3;
    case 'near-miss':
      return 2;
    case 'wrong-form':
      // On a production card the word was recalled; a cloze asks for this very form.
      return tests === 'word' ? 2 : 1;
    default:
      return 1;
  }
}

/** The answer as the learner reads it, and the spellings accepted for it. */
function expectedIn(script: Script, expected: string): { shown: string; accepted: string[] } {
  const tidied = tidy(expected);
  if (script === 'cyrl') return { shown: tidied, accepted: [tidied] };
  const shown = toLatin(tidied);
  // ё/е: the Latin spellings differ (io / e), so both are accepted.
  return { shown, accepted: [...new Set([shown, toLatin(tidied.replace(/ё/gu, 'е').replace(/Ё/gu, 'Е'))])] };
}

export function checkAnswer(typedRaw: string, target: AnswerTarget, script: Script): AnswerCheck {
  const typed = tidy(typedRaw.slice(0, MAX_TYPED_LENGTH));
  // An answer typed in the other script is read in that script (a Kazakh keyboard in Latin mode).
  const typedScript: Script = isLatinText(typed) ? 'latn' : 'cyrl';
  const { shown, accepted } = expectedIn(script, target.expected);
  const { accepted: compareWith } = typedScript === script ? { accepted } : expectedIn(typedScript, target.expected);
  const result = (verdict: Verdict, extra: Partial<AnswerCheck> = {}): AnswerCheck => ({
    verdict,
    typed,
    expected: shown,
    diff: [],
    nearMisses: [],
    diagnosis: null,
    suggestedRating: suggestRating(verdict, target.tests),
    ...extra,
  });
  if (!typed) return result('empty');

  const t = letters(typed);
  if (compareWith.some((a) => sameAnswer(t, letters(a)))) {
    return result('correct', { diff: [{ kind: 'same', typed, expected: shown }] });
  }
  const against = compareWith[0]!;
  const diff = diffLetters(t, letters(against));
  const { repaired, swaps } = repairLookAlikes(diff, typedScript);
  if (swaps.length > 0 && sameAnswer(letters(repaired), letters(against))) {
    return result('near-miss', { diff, nearMisses: swaps });
  }
  const differs = (a: string, b: string) => !sameAnswer(letters(a), letters(b));
  // Look-alike letters repaired first, so "аймактан" is still read as a form of аймақ.
  const diagnosis: Diagnosis | null = diagnose({ typed: repaired, expected: against, expectedCyrillic: tidy(target.expected), lemma: target.lemma, differs });
  const verdict: Verdict = diagnosis?.code === 'same-lemma' ? 'wrong-form' : diagnosis?.code === 'other-lemma' ? 'other-word' : 'wrong';
  return result(verdict, { diff, nearMisses: swaps, diagnosis });
}
