'use client';
// The study loop of one page: it shows the next card from what it already holds, never waiting
// for the network, and sends the ratings in the background, in order, through the durable
// outbox (./review-outbox.ts). Every answer to a rating carries the deck's next step (the next
// few cards, the counts), which refreshes what the page holds. Why and how it was measured:
// docs/decisions/009-study-loop-off-the-network.md.
import { useCallback, useEffect, useRef, useState } from 'react';
import { createScheduler, type Rating, type Scheduler, type SrsCard } from '@/lib/srs';
import type { StudyCardContent } from '@/server/study/card-content';
import type { SrsState, StudyStep } from '@/server/study/get-study-step';
import { openOutbox, type Outbox, type PendingRating } from './review-outbox';

/** A learning card due within this long is shown early when nothing else is left (as lib/srs does). */
const LEARN_AHEAD_MS = 20 * 60_000;
const MAX_BACKOFF_MS = 30_000;
const CHANNEL = 'jatta-ratings';

export interface ShownCard {
  content: StudyCardContent;
  srs: SrsCard | null;
  /** shown before it is due, because nothing else is left today */
  earlyBy: number | null;
  shownAt: number;
}

export type LoopProblem = 'offline' | 'signed-out' | null;

export interface StudyLoop {
  card: ShownCard | null;
  intervals: Record<Rating, number> | null;
  counts: StudyStep['counts'];
  nextDueAt: string | null;
  /** ratings of this deck waiting to be sent */
  pending: number;
  problem: LoopProblem;
  /** the last rating was refused: the card had been answered in another tab */
  answeredElsewhere: boolean;
  /** nothing to show until an answer arrives */
  waiting: boolean;
  rate(rating: Rating): void;
}

interface Local {
  srs: SrsCard;
  /** the id of the card's last rating on this page */
  lastRatingId: string;
}

type CountsDelta = StudyStep['counts'];

function srsOf(s: SrsState | null): SrsCard | null {
  return s ? { ...s, due: new Date(s.due), lastReview: s.lastReview ? new Date(s.lastReview) : null } : null;
}

/** How a rating moves a card between the counts (new, learning, review) until the server's next step says. */
function countsDelta(before: SrsCard | null, after: SrsCard): CountsDelta {
  const d = { new: 0, learning: 0, review: 0 };
  const from = before?.state ?? 0;
  if (from === 0) d.new -= 1;
  else if (from === 2) d.review -= 1;
  else d.learning -= 1;
  if (after.state === 1 || after.state === 3) d.learning += 1;
  return d;
}

function tabId(): string {
  return crypto.randomUUID();
}

export function useStudyLoop(deckId: string, initial: StudyStep): StudyLoop {
  // What the page holds, in refs: answers and timers change them without re-rendering the card shown.
  const contents = useRef(new Map<string, StudyCardContent>());
  const step = useRef(initial);
  const local = useRef(new Map<string, Local>());
  const deltas = useRef(new Map<string, CountsDelta>());
  const scheduler = useRef<Scheduler>(createScheduler(initial.scheduler));
  const outbox = useRef<Outbox | null>(null);
  const tab = useRef(tabId());
  const channel = useRef<BroadcastChannel | null>(null);
  const backoff = useRef(0);
  const retryTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const sending = useRef(false);

  const remember = useCallback((s: StudyStep) => {
    for (const item of s.queue) if (item.content) contents.current.set(item.cardId, item.content);
    if (s.card) contents.current.set(s.card.cardId, s.card);
  }, []);
  if (contents.current.size === 0) remember(initial);

  /** The next card by the queue policy, from what the page holds. */
  const pick = useCallback((now: number): ShownCard | null => {
    const held = local.current;
    const dueLocal = [...held.entries()]
      .filter(([, l]) => (l.srs.state === 1 || l.srs.state === 3))
      .sort((a, b) => a[1].srs.due.getTime() - b[1].srs.due.getTime());
    const make = (cardId: string, srs: SrsCard | null, earlyBy: number | null): ShownCard | null => {
      const content = contents.current.get(cardId);
      return content ? { content, srs, earlyBy, shownAt: now } : null;
    };
    // Learning steps first: they are minutes long and lose their point if postponed.
    const firstDue = dueLocal.find(([, l]) => l.srs.due.getTime() <= now);
    if (firstDue) return make(firstDue[0], firstDue[1].srs, null);
    for (const item of step.current.queue) {
      if (held.has(item.cardId)) continue;
      const shown = make(item.cardId, srsOf(item.srs), null);
      if (shown) return shown;
    }
    const ahead = dueLocal.find(([, l]) => l.srs.due.getTime() <= now + LEARN_AHEAD_MS);
    if (ahead) return make(ahead[0], ahead[1].srs, ahead[1].srs.due.getTime() - now);
    return null;
  }, []);

  const [card, setCard] = useState<ShownCard | null>(() => {
    const first = initial.card;
    if (!first) return null;
    const item = initial.queue.find((q) => q.cardId === first.cardId);
    return { content: first, srs: srsOf(item?.srs ?? null), earlyBy: null, shownAt: Date.now() };
  });
  const [version, setVersion] = useState(0);
  const [pending, setPending] = useState(0);
  const [problem, setProblem] = useState<LoopProblem>(null);
  const [answeredElsewhere, setAnsweredElsewhere] = useState(false);
  const cardRef = useRef(card);
  cardRef.current = card;

  const refreshPending = useCallback(async () => {
    const box = outbox.current;
    if (!box) return;
    const all = await box.all();
    setPending(all.filter((p) => p.deckId === deckId).length);
  }, [deckId]);

  /** After the page moved on or learnt more: show the next card if none is shown. */
  const fill = useCallback(() => {
    if (cardRef.current) return;
    const next = pick(Date.now());
    if (next) {
      cardRef.current = next;
      setCard(next);
    }
  }, [pick]);

  const applyAnswer = useCallback((entry: PendingRating, status: number, body: { next?: StudyStep; error?: { code?: string } } | null) => {
    if (entry.deckId !== deckId) return;
    const l = local.current.get(entry.cardId);
    const settled = l?.lastRatingId === entry.id;
    if (status === 409 && body?.error?.code === 'already-answered') setAnsweredElsewhere(true);
    if (body?.next) {
      // The step reflects every rating up to this one: their local stand-ins and count moves go.
      step.current = body.next;
      remember(body.next);
      scheduler.current = createScheduler(body.next.scheduler);
      if (settled) local.current.delete(entry.cardId);
      deltas.current.delete(entry.id);
      for (const [cardId, held] of local.current) {
        if (!deltas.current.has(held.lastRatingId)) local.current.delete(cardId);
      }
    } else if (settled && status >= 400) {
      local.current.delete(entry.cardId);
      deltas.current.delete(entry.id);
    }
    setVersion((v) => v + 1);
    fill();
  }, [deckId, fill, remember]);

  const flush = useCallback(async () => {
    const box = outbox.current;
    if (!box || sending.current) return;
    sending.current = true;
    if (retryTimer.current) clearTimeout(retryTimer.current);
    retryTimer.current = null;
    try {
      await box.exclusive(async () => {
        for (;;) {
          const entry = (await box.all())[0];
          if (!entry) break;
          const { madeAt, tab: madeIn, ...rest } = entry;
          void madeAt;
          void madeIn;
          const have = entry.deckId === deckId ? [...contents.current.keys()].slice(-64) : undefined;
          let res: Response;
          try {
            res = await fetch('/api/reviews', {
              method: 'POST',
              // The request outlives the page: a learner who leaves right after rating loses nothing
              // (and the outbox sends it again, counted once, if it never arrived).
              keepalive: true,
              headers: { 'Content-Type': 'application/json' },
              body: JSON.stringify({ ...rest, have }),
            });
          } catch {
            setProblem('offline');
            throw new Error('offline');
          }
          if (res.status === 401) {
            setProblem('signed-out');
            throw new Error('signed-out');
          }
          // Anything but a server fault or a limit settles the rating: stored (201), stored before
          // (200), refused for good (400, 404, 409). A 5xx or 429 is tried again later.
          if (res.status >= 500 || res.status === 429) {
            setProblem('offline');
            throw new Error(`status ${res.status}`);
          }
          const body = (await res.json().catch(() => null)) as { next?: StudyStep; error?: { code?: string } } | null;
          await box.remove(entry.id);
          backoff.current = 0;
          setProblem(null);
          if (entry.tab === tab.current || entry.deckId === deckId) applyAnswer(entry, res.status, body);
          channel.current?.postMessage({ id: entry.id, tab: entry.tab, status: res.status, code: body?.error?.code ?? null });
          await refreshPending();
        }
      });
    } catch {
      backoff.current = Math.min(MAX_BACKOFF_MS, backoff.current ? backoff.current * 2 : 1_000);
      retryTimer.current = setTimeout(() => void flush(), backoff.current);
    } finally {
      sending.current = false;
      await refreshPending();
    }
  }, [applyAnswer, deckId, refreshPending]);

  // Open the outbox, pick up what a closed tab or an earlier visit left, and listen to other tabs.
  useEffect(() => {
    let closed = false;
    void openOutbox().then(async (box) => {
      if (closed) return;
      outbox.current = box;
      // Ratings made before a reload are not in the step the server rendered: hold those cards back.
      for (const p of await box.all()) {
        if (p.deckId !== deckId) continue;
        deltas.current.set(p.id, { new: 0, learning: 0, review: 0 });
        const srs = step.current.queue.find((q) => q.cardId === p.cardId)?.srs;
        const before = srsOf(srs ?? null) ?? scheduler.current.newCard(new Date(p.reviewedAt));
        local.current.set(p.cardId, { srs: scheduler.current.review(before, p.rating, new Date(p.reviewedAt)).card, lastRatingId: p.id });
      }
      if (cardRef.current && local.current.has(cardRef.current.content.cardId)) {
        cardRef.current = null;
        setCard(null);
      }
      setVersion((v) => v + 1);
      fill();
      await refreshPending();
      void flush();
    });
    const ch = typeof BroadcastChannel !== 'undefined' ? new BroadcastChannel(CHANNEL) : null;
    channel.current = ch;
    if (ch) {
      ch.onmessage = (e: MessageEvent<{ id: string; tab: string; status: number; code: string | null }>) => {
        if (e.data.tab === tab.current) {
          // Another tab sent this tab's rating: its count move is settled (the card stays held
          // back until this tab's next answer brings the server's view).
          deltas.current.delete(e.data.id);
          if (e.data.code === 'already-answered') setAnsweredElsewhere(true);
          setVersion((v) => v + 1);
        }
        void refreshPending();
      };
    }
    const online = () => void flush();
    window.addEventListener('online', online);
    return () => {
      closed = true;
      ch?.close();
      window.removeEventListener('online', online);
      if (retryTimer.current) clearTimeout(retryTimer.current);
    };
  }, [deckId, fill, flush, refreshPending]);

  // A learning card that comes back: wake up when the earliest one is due, if nothing is shown.
  useEffect(() => {
    if (card) return;
    const dues = [...local.current.values()].filter((l) => l.srs.state === 1 || l.srs.state === 3).map((l) => l.srs.due.getTime());
    if (!dues.length) return;
    const wait = Math.max(0, Math.min(...dues) - LEARN_AHEAD_MS - Date.now()) + 50;
    const timer = setTimeout(() => fill(), Math.min(wait, 2 ** 31 - 1));
    return () => clearTimeout(timer);
  }, [card, version, fill]);

  const rate = useCallback((rating: Rating) => {
    const shown = cardRef.current;
    if (!shown) return;
    const now = new Date();
    const id = crypto.randomUUID();
    const before = shown.srs;
    const after = scheduler.current.review(before ?? scheduler.current.newCard(now), rating, now).card;
    const entry: PendingRating = {
      id, deckId, cardId: shown.content.cardId, rating, reviewedAt: now.toISOString(),
      durationMs: Math.max(0, Math.min(now.getTime() - shown.shownAt, 24 * 3600_000)),
      baseReps: before?.reps ?? 0, madeAt: now.getTime(), tab: tab.current,
    };
    local.current.set(entry.cardId, { srs: after, lastRatingId: id });
    deltas.current.set(id, countsDelta(before, after));
    setAnsweredElsewhere(false);
    // The next card now, from what the page holds; the rating goes out behind it.
    const next = pick(now.getTime());
    cardRef.current = next;
    setCard(next);
    setVersion((v) => v + 1);
    setPending((p) => p + 1);
    const box = outbox.current;
    if (box) void box.put(entry).then(() => flush());
    else void openOutbox().then(async (b) => {
      outbox.current = b;
      await b.put(entry);
      await flush();
    });
  }, [deckId, flush, pick]);

  const counts = { ...step.current.counts };
  for (const d of deltas.current.values()) {
    counts.new = Math.max(0, counts.new + d.new);
    counts.learning = Math.max(0, counts.learning + d.learning);
    counts.review = Math.max(0, counts.review + d.review);
  }
  const intervals = card ? previewIntervals(scheduler.current, card.srs) : null;
  void version;
  return { card, intervals, counts, nextDueAt: step.current.nextDueAt, pending, problem, answeredElsewhere, waiting: card === null && pending > 0, rate };
}

function previewIntervals(scheduler: Scheduler, srs: SrsCard | null): Record<Rating, number> {
  const now = new Date();
  const p = scheduler.preview(srs ?? scheduler.newCard(now), now);
  return { 1: p[1].intervalMs, 2: p[2].intervalMs, 3: p[3].intervalMs, 4: p[4].intervalMs };
}
