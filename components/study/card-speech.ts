'use client';
// The card's main Kazakh text can be heard with P (the same key on Russian and English
// layouts: e.code KeyP), as the keyboard help says.
import { useEffect, type RefObject } from 'react';
import type { PlayHandle } from '../audio/play-button';

export function usePlayShortcut(player: RefObject<PlayHandle | null>): void {
  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (e.altKey || e.ctrlKey || e.metaKey || e.code !== 'KeyP') return;
      const target = e.target as HTMLElement | null;
      if (target && (['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || target.isContentEditable)) return;
      if (!player.current) return;
      e.preventDefault();
      player.current.play();
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [player]);
}
