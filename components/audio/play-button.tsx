'use client';
// A button that speaks a Kazakh text (GET /api/audio, MP3 made by the server). The <audio>
// element exists from the first play on; a failure shows the server's reason in the UI
// language. `autoPlay` speaks once when the button appears (the learner's setting).
import { forwardRef, useCallback, useEffect, useImperativeHandle, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import { useKazakh } from '../preferences';

export function audioUrl(text: string): string {
  return `/api/audio?voice=kk&text=${encodeURIComponent(text)}`;
}

const KNOWN_ERRORS = ['too-long', 'unspeakable', 'quota', 'failed', 'unauthenticated'] as const;
type AudioError = (typeof KNOWN_ERRORS)[number];

export interface PlayHandle {
  play: () => void;
}

interface Props {
  /** the stored (Cyrillic) text: speech is made from it whatever the learner's script */
  text: string;
  autoPlay?: boolean;
  size?: 'sm' | 'md';
  keyShortcut?: string;
}

export const PlayButton = forwardRef<PlayHandle, Props>(function PlayButton({ text, autoPlay, size = 'md', keyShortcut }, ref) {
  const t = useTranslations('audio');
  const { kk } = useKazakh();
  // "Listen: мемлекет", in the learner's script
  const label = t('play', { text: kk(text) });
  const audio = useRef<HTMLAudioElement>(null);
  const [src, setSrc] = useState<string | null>(null);
  const [playing, setPlaying] = useState(false);
  const [error, setError] = useState<AudioError | null>(null);

  const play = useCallback(() => {
    setError(null);
    const url = audioUrl(text);
    const el = audio.current;
    if (!el || el.getAttribute('src') !== url) {
      setSrc(url);
      return; // the effect below plays once the element has its source
    }
    el.currentTime = 0;
    el.play().catch(() => undefined);
  }, [text]);

  useImperativeHandle(ref, () => ({ play }), [play]);

  useEffect(() => {
    if (src && audio.current) audio.current.play().catch(() => undefined);
  }, [src]);

  useEffect(() => {
    if (autoPlay) play();
    // once per text
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [text]);

  const onError = async () => {
    setPlaying(false);
    try {
      const res = await fetch(audioUrl(text), { cache: 'no-store' });
      const body = (await res.json().catch(() => null)) as { error?: { code?: string } } | null;
      const code = body?.error?.code;
      setError(KNOWN_ERRORS.includes(code as AudioError) ? (code as AudioError) : 'failed');
    } catch {
      setError('failed');
    }
  };

  const dims = size === 'sm' ? 'size-9' : 'size-11';
  return (
    <span className="inline-flex items-center gap-2 align-middle">
      <button
        type="button"
        onClick={play}
        aria-label={label}
        aria-keyshortcuts={keyShortcut}
        title={label}
        className={`inline-flex ${dims} shrink-0 items-center justify-center rounded-full border border-stone-300 bg-white text-brand-700 hover:bg-stone-100 focus-visible:outline focus-visible:outline-2 focus-visible:outline-brand-600 dark:border-stone-700 dark:bg-stone-900 dark:text-brand-100 dark:hover:bg-stone-800`}
        data-playing={playing || undefined}
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5" fill="currentColor">
          <path d="M3 10v4h4l5 4V6L7 10H3zm13.5 2A4.5 4.5 0 0 0 14 8v8a4.5 4.5 0 0 0 2.5-4zM14 3.2v2.1a7 7 0 0 1 0 13.4v2.1a9 9 0 0 0 0-17.6z" />
        </svg>
      </button>
      <audio
        ref={audio}
        src={src ?? undefined}
        preload={src ? 'auto' : 'none'}
        data-testid="speech"
        onPlay={() => setPlaying(true)}
        onEnded={() => setPlaying(false)}
        onError={() => void (src ? onError() : undefined)}
        hidden
      />
      {error ? <span role="alert" className="text-sm text-red-800 dark:text-red-200">{t(`errors.${error}`)}</span> : null}
    </span>
  );
});
