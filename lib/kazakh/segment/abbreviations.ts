// Abbreviations that carry a period, used by the tokenizer and the sentence splitter.

/**
 * Dotted abbreviations written with internal periods (matched case-insensitively).
 * "т.б." (тағы басқа) and friends may also end a sentence.
 */
export const SENTENCE_FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'т.б.', 'т.с.с.', 'т.т.', 'т.б.с.', 'т.с.', 'etc.',
]);

/**
 * Single-word abbreviations followed by a period: ж. (жыл), жж. (жылдар), ғ. (ғасыр),
 * ғғ., млн., млрд., мыс. (мысалы), проф., акад., доц., обл., б./с. (бет), қ. (қала). Kept as one token with the
 * period; they do not end a sentence unless a line break follows.
 */
export const WORD_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'ж', 'жж', 'ғ', 'ғғ', 'млн', 'млрд', 'трлн', 'мыс', 'проф', 'акад', 'доц', 'обл', 'ғыл',
  'б', 'с', 'қ', 'т', 'г', 'e.g', 'i.e',
]);
