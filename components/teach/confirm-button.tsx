'use client';
// A destructive button that asks first: the first press shows the question with
// "Yes, delete" (which submits) and "Cancel".
import { useState } from 'react';

interface Props {
  action: (form: FormData) => Promise<void>;
  fields: Record<string, string>;
  label: string;
  question: string;
  confirmLabel: string;
  cancelLabel: string;
  small?: boolean;
  /** Said next to the button until it is pressed (the question then says it). */
  hint?: string;
}

export function ConfirmButton({ action, fields, label, question, confirmLabel, cancelLabel, small, hint }: Props) {
  const [asking, setAsking] = useState(false);
  const size = small ? 'px-2 py-1 text-sm' : '';
  if (!asking) {
    const button = <button type="button" className={`btn-secondary ${size} text-red-700 dark:text-red-300`} onClick={() => setAsking(true)}>{label}</button>;
    return hint ? <div className="flex flex-wrap items-center gap-3">{button}<span className="text-sm text-stone-600 dark:text-stone-400">{hint}</span></div> : button;
  }
  return (
    <form action={action} className="flex flex-wrap items-center gap-2" role="group" aria-label={question}>
      {Object.entries(fields).map(([k, v]) => <input key={k} type="hidden" name={k} value={v} />)}
      <span className="text-sm">{question}</span>
      <button type="submit" className={`btn ${size} bg-red-700 text-white hover:bg-red-800`}>{confirmLabel}</button>
      <button type="button" className={`btn-secondary ${size}`} onClick={() => setAsking(false)}>{cancelLabel}</button>
    </form>
  );
}
