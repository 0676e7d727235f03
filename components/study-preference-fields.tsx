'use client';
// The settings form's study preferences: typed answers, audio autoplay, Kazakh script.
import { useTranslations } from 'next-intl';

export function StudyPreferenceFields({ initial }: { initial: { answerTyping: boolean; audioAutoplay: boolean; kazakhScript: string } }) {
  const t = useTranslations('settings');
  return (
    <>
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 font-medium">{t('studyLegend')}</legend>
        <label className="flex items-center gap-2">
          <input type="checkbox" name="answerTyping" defaultChecked={initial.answerTyping} className="size-5" />
          {t('answerTyping')}
        </label>
        <label className="flex items-center gap-2">
          <input type="checkbox" name="audioAutoplay" defaultChecked={initial.audioAutoplay} className="size-5" />
          {t('audioAutoplay')}
        </label>
      </fieldset>
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 font-medium">{t('kazakhScript')}</legend>
        <label className="flex items-center gap-2">
          <input type="radio" name="kazakhScript" value="cyrl" defaultChecked={initial.kazakhScript !== 'latn'} />
          {t('scriptCyrillic')} <span lang="kk">(Қазақ тілі)</span>
        </label>
        <label className="flex items-center gap-2">
          <input type="radio" name="kazakhScript" value="latn" defaultChecked={initial.kazakhScript === 'latn'} />
          {t('scriptLatin')} <span lang="kk-Latn">(Qazaq tılı)</span>
        </label>
      </fieldset>
    </>
  );
}
