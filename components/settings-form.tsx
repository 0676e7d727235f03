'use client';

import { useActionState, useEffect, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import type { SettingsFormState } from './form-states';
import type { IssueField } from '@/lib/errors';
import { useIssueText } from './issues';
import { StudyPreferenceFields } from './study-preference-fields';
import { MAX_NEW_PER_DAY, MAX_REVIEWS_PER_DAY, MIN_REVIEWS_PER_DAY } from '@/lib/srs';

interface Props {
  action: (state: SettingsFormState, form: FormData) => Promise<SettingsFormState>;
  initial: {
    glossLanguage: string | null; timeZone: string; newCardsPerDay: number; reviewsPerDay: number | null; desiredRetention: number; autoFit: boolean; role: string;
    answerTyping: boolean; audioAutoplay: boolean; kazakhScript: string;
  };
  timeZones: string[];
}

export function SettingsForm({ action, initial, timeZones }: Props) {
  const t = useTranslations('settings');
  const ta = useTranslations('auth');
  const [state, formAction, pending] = useActionState(action, {});
  const issueText = useIssueText();
  // The Save button is disabled while it sends, which takes the focus away: a refused form
  // gives it to the first field it refused (or the summary), a saved one back to Save.
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (!state.at || !form.current) return;
    const target = state.status === 'invalid'
      ? form.current.querySelector<HTMLElement>('[aria-invalid="true"]') ?? form.current.querySelector<HTMLElement>('[role="alert"]')
      : form.current.querySelector<HTMLElement>('button[type="submit"]');
    target?.focus();
  }, [state.at, state.status]);
  // A field's error goes away as soon as it is changed; the next answer brings its own.
  const [edited, setEdited] = useState<{ at?: number; fields: string[] }>({ fields: [] });
  const changed = edited.at === state.at ? edited.fields : [];
  const issueOf = (f: IssueField) => (changed.includes(f) ? undefined : state.issues?.find((i) => i.field === f));
  const bad = (f: IssueField) => (issueOf(f) ? { 'aria-invalid': true, 'aria-describedby': `${f}-issue` } : {});
  /** Under a field: what is wrong with it. */
  const issueLine = (f: IssueField) => {
    const issue = issueOf(f);
    return issue ? <span id={`${f}-issue`} className="text-sm text-red-700 dark:text-red-300">{issueText(issue)}</span> : null;
  };
  const formIssues = state.issues?.filter((i) => !i.field) ?? [];
  const stillWrong = formIssues.length > 0 || (state.issues ?? []).some((i) => i.field && !changed.includes(i.field));
  // A refused form shows what was typed, not the old values.
  const value = (name: string, fallback: string | number) => state.values?.[name] ?? String(fallback);
  const role = value('role', initial.role === 'teacher' || initial.role === 'admin' ? 'teacher' : 'learner');
  const onChange = (e: React.FormEvent<HTMLFormElement>) => {
    const name = (e.target as HTMLInputElement).name;
    if (name && !changed.includes(name)) setEdited({ at: state.at, fields: [...changed, name] });
  };
  return (
    // noValidate: the server checks every field and answers in the learner's language (a
    // browser's own bubble speaks the browser's); min/max still bound the spinners.
    <form ref={form} action={formAction} onChange={onChange} noValidate className="card-surface flex flex-col gap-5 p-6">
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 font-medium">{t('glossLanguage')}</legend>
        {(['auto', 'ru', 'en', 'both'] as const).map((v) => (
          <label key={v} className="flex items-center gap-2">
            <input type="radio" name="glossLanguage" value={v} defaultChecked={value('glossLanguage', initial.glossLanguage ?? 'auto') === v} />
            {t(v === 'auto' ? 'glossAuto' : v === 'ru' ? 'glossRu' : v === 'en' ? 'glossEn' : 'glossBoth')}
          </label>
        ))}
        {issueLine('glossLanguage')}
      </fieldset>
      <label className="flex flex-col gap-1">
        <span className="font-medium">{t('timeZone')}</span>
        <input name="timeZone" list="time-zones" defaultValue={value('timeZone', initial.timeZone)} className="field" {...bad('timeZone')} />
        <datalist id="time-zones">
          {timeZones.map((z) => <option key={z} value={z} />)}
        </datalist>
        {issueLine('timeZone')}
      </label>
      <label className="flex flex-col gap-1">
        <span className="font-medium">{t('newPerDay')}</span>
        <input name="newCardsPerDay" type="number" min={0} max={MAX_NEW_PER_DAY} defaultValue={value('newCardsPerDay', initial.newCardsPerDay)} className="field" {...bad('newCardsPerDay')} />
        {issueLine('newCardsPerDay')}
      </label>
      <label className="flex flex-col gap-1">
        <span className="font-medium">{t('reviewsPerDay')}</span>
        <input name="reviewsPerDay" type="number" min={MIN_REVIEWS_PER_DAY} max={MAX_REVIEWS_PER_DAY} defaultValue={value('reviewsPerDay', initial.reviewsPerDay ?? '')} className="field" aria-describedby="reviewsPerDay-hint" {...bad('reviewsPerDay')} />
        <span id="reviewsPerDay-hint" className="text-sm text-stone-600 dark:text-stone-400">{t('reviewsPerDayHint')}</span>
        {issueLine('reviewsPerDay')}
      </label>
      <label className="flex flex-col gap-1">
        <span className="font-medium">{t('retention')} (%)</span>
        <input name="desiredRetentionPercent" type="number" min={70} max={97} step={1} defaultValue={value('desiredRetentionPercent', Math.round(initial.desiredRetention * 100))} className="field" {...bad('desiredRetentionPercent')} />
        <span className="text-sm text-stone-600 dark:text-stone-400">{t('retentionHint')}</span>
        {issueLine('desiredRetentionPercent')}
      </label>
      <div className="flex flex-col gap-1">
        <label className="flex items-center gap-2">
          {/* keyed by the stored value: "Go back to the default parameters" turns it off from
              another form, and the box must not send the old value with the next save */}
          <input key={String(initial.autoFit)} type="checkbox" name="autoFit" defaultChecked={initial.autoFit} className="size-5" aria-describedby="autoFit-hint" />
          <span className="font-medium">{t('autoFit')}</span>
        </label>
        <span id="autoFit-hint" className="text-sm text-stone-600 dark:text-stone-400">{t('autoFitHint')}</span>
      </div>
      <StudyPreferenceFields initial={initial} />
      <fieldset className="flex flex-col gap-1">
        <legend className="mb-1 font-medium">{ta('role')}</legend>
        <div className="flex gap-4">
          <label className="flex items-center gap-2"><input type="radio" name="role" value="learner" defaultChecked={role === 'learner'} /> {ta('roleLearner')}</label>
          <label className="flex items-center gap-2"><input type="radio" name="role" value="teacher" defaultChecked={role === 'teacher'} /> {ta('roleTeacher')}</label>
        </div>
        {issueLine('role')}
      </fieldset>
      <div aria-live="polite">
        {state.status === 'saved' ? <p className="text-emerald-700 dark:text-emerald-300">{t('saved')}</p> : null}
        {state.status === 'invalid' && (stillWrong || !state.issues?.length) ? (
          <div role="alert" tabIndex={-1} className="text-red-700 focus:outline-none dark:text-red-300">
            <p>{t('errors.invalid')}</p>
            {formIssues.map((issue, i) => <p key={i}>{issueText(issue)}</p>)}
          </div>
        ) : null}
      </div>
      <button type="submit" className="btn-primary self-start" disabled={pending}>{t('save')}</button>
    </form>
  );
}
