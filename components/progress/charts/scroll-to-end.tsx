'use client';
// A sideways-scrolling box that opens at its right end: the heatmap's newest weeks (today)
// are what a phone shows first, the older months are a swipe to the left. Focusable, so
// keyboard users can scroll it too.
import { useLayoutEffect, useRef, type ReactNode } from 'react';

export function ScrollToEnd({ label, children }: { label: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (el) el.scrollLeft = el.scrollWidth;
  }, []);
  return (
    <div ref={ref} role="region" aria-label={label} tabIndex={0} data-scroll-x className="overflow-x-auto pb-1">
      {children}
    </div>
  );
}
