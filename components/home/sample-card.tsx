// The landing page's live sample: a real card of the essay deck as the study screen shows
// it once the answer is revealed (meaning, example from the essay, the form's build named in
// the UI language). The build comes from the engine at render time.
import { analyze } from '@/lib/kazakh';
import type { StudyCardContent } from '@/server/study/card-content';
import { resolveGloss } from '../meaning';
import { CardFace } from '../study/card-face';

const SENTENCE = 'Қауіпсіздік идеясы Орталық Азияның жас мемлекеттерінің интеграциясына түрткі болған дәлел бола бастады.';
const FORM = 'интеграциясына';

export function SampleCard({ locale }: { locale: string }) {
  const start = SENTENCE.indexOf(FORM);
  const segments = analyze(FORM).find((a) => a.lemma === 'интеграция')?.segments ?? [{ text: FORM, label: null }];
  const card: StudyCardContent = {
    cardId: 'sample', type: 'recognition', kk: 'интеграция', headword: 'интеграция', lemma: 'интеграция', upos: 'NOUN',
    ru: 'интеграция', en: 'integration', comment: 'из русского', commentEn: 'from Russian',
    examples: [{
      kk: SENTENCE, start, end: start + FORM.length, form: FORM, segments,
      ru: 'Идея безопасности стала доводом, подтолкнувшим молодые государства Центральной Азии к интеграции.',
      en: 'The idea of security became an argument that spurred the integration of the young Central Asian states.',
    }],
    cloze: null,
  };
  return <CardFace card={card} revealed gloss={resolveGloss(null, locale)} />;
}
