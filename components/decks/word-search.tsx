'use client';
// The word list's search box: the list follows as you type (the page re-renders on the
// server with ?q=…, a moment after the last key), and the form still works without
// JavaScript (a plain GET).
import { useEffect, useRef, useState, useTransition } from 'react';
import { usePathname, useRouter } from '@/i18n/navigation';

/** `placeholder` is short (it fits a phone's field); `hint`, shown under the field, says what can be typed. */
export function WordSearch({ initial, label, placeholder, hint, button, searching }: { initial: string; label: string; placeholder: string; hint: string; button: string; searching: string }) {
  const router = useRouter();
  const pathname = usePathname();
  const [value, setValue] = useState(initial);
  const [pending, startTransition] = useTransition();
  const last = useRef(initial);

  useEffect(() => {
    const q = value.trim();
    if (q === last.current) return;
    const timer = setTimeout(() => {
      last.current = q;
      startTransition(() => router.replace(q ? { pathname, query: { q } } : pathname, { scroll: false }));
    }, 250);
    return () => clearTimeout(timer);
  }, [value, pathname, router]);

  return (
    <form role="search" className="flex flex-col gap-1" method="get" aria-label={label}>
      <label className="sr-only" htmlFor="deck-search">{label}</label>
      <div className="flex gap-2">
        <input
          id="deck-search" name="q" type="search" value={value} onChange={(e) => setValue(e.target.value)}
          maxLength={100} placeholder={placeholder} className="field" autoComplete="off" lang="kk" aria-describedby="deck-search-hint deck-search-status"
        />
        <button type="submit" className="btn-secondary">{button}</button>
      </div>
      <p id="deck-search-hint" className="text-sm text-stone-600 dark:text-stone-400">{hint}</p>
      <span id="deck-search-status" className="sr-only" aria-live="polite">{pending ? searching : ''}</span>
    </form>
  );
}
