'use client';
// The draft editor's outbox: every edit goes to the server in order, a batch at a time,
// debounced while the teacher types. A batch the server did not get (no connection, a
// restart) is sent again, and what came after waits behind it, so the order holds.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DraftEdit } from '@/lib/drafts';
import type { EditAnswer } from '../form-states';

export type SaveStatus = 'saved' | 'saving' | 'failed';


const DEBOUNCE_MS = 600;
const RETRY_MS = 3000;

/** Two edits of the same field in one batch: only the last one counts. */
function sameField(a: DraftEdit, b: DraftEdit): boolean {
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case 'title':
    case 'description':
      return true;
    case 'gloss':
    case 'translation':
      return a.key === (b as typeof a).key && a.lang === (b as typeof a).lang;
    default:
      return false;
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function useDraftEditQueue<T>(send: (edits: DraftEdit[]) => Promise<EditAnswer<T>>, onSent: (answer: T) => void) {
  const [status, setStatus] = useState<SaveStatus>('saved');
  const queue = useRef<DraftEdit[]>([]);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const inFlight = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef({ send, onSent });
  useEffect(() => {
    latest.current = { send, onSent };
  });

  const dispatch = useCallback((batch: DraftEdit[]) => {
    inFlight.current++;
    chain.current = chain.current.then(async () => {
      let failed = false;
      for (;;) {
        const answer: EditAnswer<T> = await latest.current.send(batch).catch(() => ({ ok: false, retry: true }));
        if (answer.ok) {
          latest.current.onSent(answer.value);
          break;
        }
        setStatus('failed');
        if (!answer.retry) {
          failed = true;
          break;
        }
        await pause(RETRY_MS);
      }
      inFlight.current--;
      if (!failed && !inFlight.current && !queue.current.length) setStatus('saved');
    });
    return chain.current;
  }, []);

  /** Sends what is waiting now; resolves when everything sent so far has an answer. */
  const flush = useCallback((): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const batch = queue.current;
    queue.current = [];
    return batch.length ? dispatch(batch) : chain.current;
  }, [dispatch]);

  const push = useCallback((edit: DraftEdit) => {
    queue.current = [...queue.current.filter((e) => !sameField(e, edit)), edit];
    setStatus('saving');
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), DEBOUNCE_MS);
  }, [flush]);

  /** Sends `edit` at once in a batch of its own, after everything before it. */
  const sendAlone = useCallback((edit: DraftEdit): Promise<void> => {
    void flush();
    setStatus('saving');
    return dispatch([edit]);
  }, [dispatch, flush]);

  // What is waiting goes out when the tab is hidden or closed; closing or reloading while edits
  // are still on their way asks first (a request sent as the page unloads may not arrive).
  useEffect(() => {
    const unsent = (e: BeforeUnloadEvent) => {
      if (queue.current.length || inFlight.current) e.preventDefault();
    };
    window.addEventListener('beforeunload', unsent);
    return () => window.removeEventListener('beforeunload', unsent);
  }, []);
  useEffect(() => {
    const away = () => void flush();
    const hidden = () => {
      if (document.visibilityState === 'hidden') away();
    };
    window.addEventListener('pagehide', away);
    document.addEventListener('visibilitychange', hidden);
    return () => {
      window.removeEventListener('pagehide', away);
      document.removeEventListener('visibilitychange', hidden);
    };
  }, [flush]);

  return { status, push, sendAlone, flush };
}
