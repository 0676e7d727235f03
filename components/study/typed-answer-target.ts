// What a typed answer is checked against on each card type (production: the headword;
// cloze: the blanked form in its sentence); null where cards are not typed.
import type { AnswerTarget } from '@/lib/answers';
import type { StudyCardContent } from '@/server/study/card-content';

export function typedAnswerTarget(card: StudyCardContent): AnswerTarget | null {
  if (card.type === 'production') return { expected: card.headword ?? card.kk, lemma: card.lemma, tests: 'word' };
  if (card.type === 'cloze' && card.cloze) {
    const { sentence, start, end } = card.cloze;
    if (start < 0 || end > sentence.length || start >= end) return null;
    return { expected: sentence.slice(start, end), lemma: card.lemma, tests: 'form' };
  }
  return null;
}
