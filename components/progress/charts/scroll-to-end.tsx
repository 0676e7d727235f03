'use client';
// A sideways-scrolling box that opens at its right end: the heatmap's newest weeks (today)
// are what a phone shows first, the older months are a swipe to the left. Focusable, so
// keyboard users can scroll it too. A label cut by the left edge there (the end of a month's
// name) is scrolled into sight whole: the right end has room to spare after the last week.
import { useLayoutEffect, useRef, type ReactNode } from 'react';

export function ScrollToEnd({ label, children }: { label: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.scrollLeft = el.scrollWidth;
    const left = el.getBoundingClientRect().left;
    for (const label of el.querySelectorAll('text')) {
      const box = label.getBoundingClientRect();
      if (box.left < left && box.right > left) el.scrollLeft -= left - box.left;
    }
  }, []);
  return (
    <div ref={ref} role="region" aria-label={label} tabIndex={0} data-scroll-x className="overflow-x-auto pb-1">
      {children}
    </div>
  );
}
