'use client';
// Copies a text (the class's join link) and says so; if the browser refuses, says how to
// copy it by hand.
import { useState } from 'react';

export function CopyButton({ text, label, copied, failed }: { text: string; label: string; copied: string; failed: string }) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  }
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button type="button" className="btn-secondary px-3 py-1.5 text-sm" onClick={() => void copy()}>{label}</button>
      <span aria-live="polite" className={`text-sm ${status === 'failed' ? 'text-red-700 dark:text-red-300' : 'text-emerald-700 dark:text-emerald-300'}`}>
        {status === 'copied' ? copied : status === 'failed' ? failed : ''}
      </span>
    </span>
  );
}
