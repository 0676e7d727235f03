// Public types of the typed-answer check. Pure data: codes and structured details that the
// UI renders through its messages (kk/ru/en); no sentence of any language is built here.
import type { Rating } from '../srs';
import type { Script } from '../script';

export type { Script };

export interface AnswerTarget {
  /** The answer as stored (Cyrillic). */
  expected: string;
  /** The note's lemma: analyses of the expected form with this lemma are preferred. */
  lemma?: string | null;
  /** 'word': the card tests the word (production); 'form': the sentence needs this form (cloze). */
  tests: 'word' | 'form';
}

export type Verdict =
  /** equal but for case, ё/е, repeated spaces and final punctuation */
  | 'correct'
  /** equal once Russian look-alike letters are replaced by the Kazakh ones */
  | 'near-miss'
  /** the right word (lemma) with other suffixes */
  | 'wrong-form'
  /** a real form of another word */
  | 'other-word'
  /** anything else */
  | 'wrong'
  | 'empty';

/** One run of the character-level diff of the typed text against the answer. */
export interface DiffPart {
  /** same: typed = answer; extra: typed only; missing: answer only; changed: typed → answer. */
  kind: 'same' | 'extra' | 'missing' | 'changed';
  typed: string;
  expected: string;
}

/** A Kazakh letter typed as its Russian (or plain Latin) look-alike, or the other way round. */
export interface LetterSwap {
  expected: string;
  typed: string;
}

/** Grammatical categories the diagnosis names. */
export type Feature = 'case' | 'number' | 'possessive' | 'person' | 'polarity' | 'verb-form' | 'derivation';

/** One side of a difference: the category's value code and the suffix that writes it (null: none). */
export interface FeaturePart {
  /**
   * case: Nom Gen Acc Dat Loc Abl Ins LocAttr; number: Plur; possessive: 1SG 2SG 2SG.POL 3 1PL;
   * person: 1SG 2SG 2SG.POL 3SG 1PL 2PL 2PL.POL 3PL; polarity: Neg; verb-form and derivation: the
   * engine's suffix label (PST, PRS, VN, PTCP.PST, DER.LY …).
   */
  value: string;
  suffix: string | null;
}

export interface FeatureDifference {
  feature: Feature;
  /** null: the typed form has nothing in this category. */
  typed: FeaturePart | null;
  /** null: the answer has nothing in this category. */
  expected: FeaturePart | null;
}

export type Diagnosis =
  | {
      code: 'same-lemma';
      /** Cyrillic, as the engine gives it. */
      headword: string;
      differences: FeatureDifference[];
      /** the typed and expected words diagnosed (a multi-word answer: the one word that differs) */
      typedWord: string;
      expectedWord: string;
    }
  | { code: 'other-lemma'; typedHeadword: string; expectedHeadword: string };

export interface AnswerCheck {
  verdict: Verdict;
  /** What was typed, trimmed and with spaces collapsed. */
  typed: string;
  /** The answer in the learner's script. */
  expected: string;
  diff: DiffPart[];
  /** Look-alike letters, each pair once. */
  nearMisses: LetterSwap[];
  diagnosis: Diagnosis | null;
  suggestedRating: Rating;
}
