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
import { notReflected, parseSent, withoutSent, withSent, type SentRating } from './recently-sent';
import { countsDelta, holdBackUnseen, srsOf, type CountsDelta, type HeldCard } from './held-back';
import { clockOffset } from './page-clock';

/** A learning card due within this long is shown early when nothing else is left (as lib/srs does). */
const LEARN_AHEAD_MS = 20 * 60_000;
const MAX_BACKOFF_MS = 30_000;
const CHANNEL = 'jatta-ratings';
/**
 * A rating asks for the deck's next step (the next cards, the counts) when the page holds fewer
 * cards than this, or when this many ratings went by without one: the server then builds a step
 * for every few ratings, not for each (docs/decisions/009).
 */
const REFILL_BELOW = 4;
const REFRESH_EVERY = 4;
/** How long the Undo button stays after a rating (Ctrl+Z works for as long as the rating is the last). */
const UNDO_OFFERED_MS = 8_000;

export interface ShownCard {
  content: StudyCardContent;
  srs: SrsCard | null;
  /** shown before it is due, because nothing else is left today */
  earlyBy: number | null;
  shownAt: number;
}

/** Why ratings wait: no connection, no session, or a session of someone else than the learner they were made for. */
export type LoopProblem = 'offline' | 'signed-out' | 'other-learner' | null;

/** How the last Undo went, for the page to say. */
export type UndoResult = 'undone' | 'failed' | 'not-last' | null;

export interface StudyLoop {
  card: ShownCard | null;
  intervals: Record<Rating, number> | null;
  counts: StudyStep['counts'];
  nextDueAt: string | null;
  /** new cards of this deck held back by today's limit (the server's last word on it) */
  newHeldBack: StudyStep['newHeldBack'];
  /** ratings of this deck waiting to be sent */
  pending: number;
  /** false until this browser's outbox has been read: until then `pending` does not know what an earlier visit left */
  outboxRead: boolean;
  problem: LoopProblem;
  /** the last rating was refused: the card had been answered in another tab */
  answeredElsewhere: boolean;
  /** ratings the server refused for good since the page opened (not saved: a card gone, a rating too old) */
  refused: number;
  /** what the page adds to the device's clock to keep the server's time (./page-clock.ts) */
  clockOffsetMs: number;
  /** nothing to show until an answer arrives */
  waiting: boolean;
  rate(rating: Rating): void;
  /** the last rating on this page can be taken back (also after a reload) */
  canUndo: boolean;
  /** a few seconds after each rating: the page shows its Undo button */
  undoOffered: boolean;
  /** true when the rating was taken back */
  undo(): Promise<boolean>;
  undoResult: UndoResult;
}

interface LastRating {
  id: string;
  cardId: string;
  /** the card as it was shown, when this page made the rating (not after a reload) */
  shown?: { srs: SrsCard | null };
  madeAt: number;
}

/** What this page keeps in storage is kept per learner and deck: a browser can be shared (a school's computers). */
const scopeOf = (learnerId: string, deckId: string) => `${learnerId}:${deckId}`;
const lastRatingKey = (scope: string) => `jatta:last-rating:${scope}`;

function readLastRating(scope: string): LastRating | null {
  try {
    const raw = localStorage.getItem(lastRatingKey(scope));
    const v = raw ? (JSON.parse(raw) as LastRating) : null;
    return v && typeof v.id === 'string' && typeof v.cardId === 'string' ? { id: v.id, cardId: v.cardId, madeAt: Number(v.madeAt) || 0 } : null;
  } catch {
    return null;
  }
}

function writeLastRating(scope: string, last: LastRating | null): void {
  try {
    if (last) localStorage.setItem(lastRatingKey(scope), JSON.stringify({ id: last.id, cardId: last.cardId, madeAt: last.madeAt }));
    else localStorage.removeItem(lastRatingKey(scope));
  } catch {
    // storage full or off: undo then works until the page is left
  }
}

const sentKey = (scope: string) => `jatta:sent-ratings:${scope}`;

function readSent(scope: string): SentRating[] {
  try {
    return parseSent(localStorage.getItem(sentKey(scope)));
  } catch {
    return [];
  }
}

function updateSent(scope: string, change: (list: SentRating[]) => SentRating[]): void {
  try {
    localStorage.setItem(sentKey(scope), JSON.stringify(change(readSent(scope))));
  } catch {
    // storage full or off: a reload racing a rating may then show its card once more
  }
}

function tabId(): string {
  return crypto.randomUUID();
}

export function useStudyLoop(deckId: string, initial: StudyStep, learnerId: string): StudyLoop {
  const scope = scopeOf(learnerId, deckId);
  /** The ratings this page sends: its learner's (and those stored before ratings named their learner). */
  const mine = useCallback((p: PendingRating) => p.learnerId === undefined || p.learnerId === learnerId, [learnerId]);
  // What the page holds, in refs: answers and timers change them without re-rendering the card shown.
  const contents = useRef(new Map<string, StudyCardContent>());
  const step = useRef(initial);
  const local = useRef(new Map<string, HeldCard>());
  const deltas = useRef(new Map<string, CountsDelta>());
  const scheduler = useRef<Scheduler>(createScheduler(initial.scheduler));
  const outbox = useRef<Outbox | null>(null);
  const tab = useRef(tabId());
  const channel = useRef<BroadcastChannel | null>(null);
  const backoff = useRef(0);
  const retryTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const sending = useRef(false);
  const sinceStep = useRef(0);
  /** ratings the server stored since its last step: the next step will reflect them */
  const acked = useRef(new Set<string>());
  /** the correction of the device's clock, from the server's steps (./page-clock.ts) */
  const offset = useRef<number | null>(null);
  if (offset.current === null) offset.current = clockOffset(0, initial.at, Date.now());
  /** Now by the page's clock: the time ratings are stamped with and cards fall due by. */
  const pageNow = useCallback(() => Date.now() + (offset.current ?? 0), []);

  const remember = useCallback((s: StudyStep) => {
    for (const item of s.queue) {
      if (item.content) contents.current.set(item.cardId, item.content);
    }
    if (s.card) contents.current.set(s.card.cardId, s.card);
  }, []);
  if (contents.current.size === 0) remember(initial);

  /** A step from the server (after a rating or an undo) becomes what the page holds and schedules by. */
  const takeStep = useCallback((next: StudyStep) => {
    step.current = next;
    offset.current = clockOffset(offset.current ?? 0, next.at, Date.now());
    remember(next);
    scheduler.current = createScheduler(next.scheduler);
  }, [remember]);

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
      const srs = srsOf(item.srs);
      // The server lines up a learning card ahead of time when nothing else is left.
      const early = srs && (srs.state === 1 || srs.state === 3) && srs.due.getTime() > now ? srs.due.getTime() - now : null;
      const shown = make(item.cardId, srs, early);
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
    const srs = srsOf(item?.srs ?? null);
    const shownAt = pageNow();
    const early = srs && (srs.state === 1 || srs.state === 3) && srs.due.getTime() > shownAt ? srs.due.getTime() - shownAt : null;
    return { content: first, srs, earlyBy: early, shownAt };
  });
  const [version, setVersion] = useState(0);
  const [pending, setPending] = useState(0);
  const [outboxRead, setOutboxRead] = useState(false);
  const [problem, setProblem] = useState<LoopProblem>(null);
  const [answeredElsewhere, setAnsweredElsewhere] = useState(false);
  const [refused, setRefused] = useState(0);
  const [lastRating, setLastRatingState] = useState<LastRating | null>(null);
  const [undoResult, setUndoResult] = useState<UndoResult>(null);
  const [undoOffered, setUndoOffered] = useState(false);
  const undoTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const setLastRating = useCallback((last: LastRating | null) => {
    writeLastRating(scope, last);
    setLastRatingState(last);
  }, [scope]);
  const cardRef = useRef(card);
  cardRef.current = card;

  const refreshPending = useCallback(async () => {
    const box = outbox.current;
    if (!box) return;
    const all = await box.all();
    setPending(all.filter((p) => p.deckId === deckId && mine(p)).length);
  }, [deckId, mine]);

  /**
   * After the page moved on or learnt more: show the next card if none is shown, or if the one
   * shown is a learning card offered early only because the page had run out of cards. A learner
   * faster than the server's answers meets that case; the answer's step then brings cards due
   * now, and those come first (the queue policy's order), not a wait for a card not yet due.
   */
  const fill = useCallback(() => {
    const shown = cardRef.current;
    if (shown && shown.earlyBy === null) return;
    const next = pick(pageNow());
    if (next && (!shown || next.earlyBy === null)) {
      cardRef.current = next;
      setCard(next);
    }
  }, [pageNow, pick]);

  const applyAnswer = useCallback((entry: PendingRating, status: number, body: { next?: StudyStep; error?: { code?: string } } | null) => {
    if (entry.deckId !== deckId) return;
    if (status === 409 && body?.error?.code === 'already-answered') setAnsweredElsewhere(true);
    if (status === 200 || status === 201) acked.current.add(entry.id);
    else {
      // Refused (answered elsewhere, card gone, invalid): it never counted here.
      deltas.current.delete(entry.id);
      const l = local.current.get(entry.cardId);
      if (l?.lastRatingId === entry.id && status !== 409) local.current.delete(entry.cardId);
    }
    if (body?.next) {
      // The step reflects every rating answered so far: their local stand-ins and count moves go.
      takeStep(body.next);
      for (const id of acked.current) deltas.current.delete(id);
      deltas.current.delete(entry.id);
      for (const [cardId, held] of local.current) {
        if (acked.current.has(held.lastRatingId) || held.lastRatingId === entry.id) local.current.delete(cardId);
      }
      acked.current.clear();
    }
    setVersion((v) => v + 1);
    fill();
  }, [deckId, fill, takeStep]);

  const flush = useCallback(async () => {
    const box = outbox.current;
    if (!box || sending.current) return;
    sending.current = true;
    if (retryTimer.current) clearTimeout(retryTimer.current);
    retryTimer.current = null;
    try {
      await box.exclusive(async () => {
        for (;;) {
          const entry = (await box.all()).find(mine);
          if (!entry) break;
          const { madeAt, tab: madeIn, ...rest } = entry;
          void madeAt;
          void madeIn;
          const ours = entry.deckId === deckId;
          const held = step.current.queue.filter((q) => !local.current.has(q.cardId)).length;
          const wantNext = ours && (held < REFILL_BELOW || sinceStep.current + 1 >= REFRESH_EVERY);
          const have = wantNext ? [...contents.current.keys()].slice(-64) : undefined;
          let res: Response;
          try {
            res = await fetch('/api/reviews', {
              method: 'POST',
              // The request outlives the page: a learner who leaves right after rating loses nothing
              // (and the outbox sends it again, counted once, if it never arrived).
              keepalive: true,
              headers: { 'Content-Type': 'application/json' },
              body: JSON.stringify({ ...rest, deckId: wantNext ? rest.deckId : undefined, have }),
            });
          } catch {
            setProblem('offline');
            throw new Error('offline');
          }
          if (res.status === 401) {
            const refusal = (await res.json().catch(() => null)) as { error?: { code?: string } } | null;
            const why = refusal?.error?.code === 'other-learner' ? 'other-learner' : 'signed-out';
            setProblem(why);
            throw new Error(why);
          }
          // Anything but a server fault or a limit settles the rating: stored (201), stored before
          // (200), refused for good (400, 404, 409). A 5xx or 429 is tried again later.
          if (res.status >= 500 || res.status === 429) {
            setProblem('offline');
            throw new Error(`status ${res.status}`);
          }
          const body = (await res.json().catch(() => null)) as { next?: StudyStep; error?: { code?: string } } | null;
          sinceStep.current = body?.next ? 0 : sinceStep.current + 1;
          if (res.status === 200 || res.status === 201) {
            const sentAt = Date.now();
            updateSent(scopeOf(learnerId, entry.deckId), (list) => withSent(list, {
              id: entry.id, cardId: entry.cardId, rating: entry.rating, reviewedAt: entry.reviewedAt, baseReps: entry.baseReps, sentAt,
            }, sentAt));
          }
          // Refused for good, for another reason than another tab's answer: not saved, and the learner is told.
          if (res.status >= 400 && !(res.status === 409 && body?.error?.code === 'already-answered')) setRefused((n) => n + 1);
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
  }, [applyAnswer, deckId, learnerId, mine, refreshPending]);

  // Open the outbox, pick up what a closed tab or an earlier visit left, and listen to other tabs.
  useEffect(() => {
    let closed = false;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- read once from this browser's storage after hydration
    setLastRatingState(readLastRating(scope));
    void openOutbox().then(async (box) => {
      if (closed) return;
      outbox.current = box;
      // Ratings made before a reload that the step the server rendered may not reflect (./held-back.ts):
      // those in the outbox, and, when the reload raced them, those stored just before it.
      const waiting = (await box.all()).filter((p) => p.deckId === deckId && mine(p));
      const inOutbox = new Set(waiting.map((p) => p.id));
      const stored = notReflected(readSent(scope), step.current.queue, Date.now()).filter((s) => !inOutbox.has(s.id));
      const found = holdBackUnseen([...waiting, ...stored], step.current.queue, scheduler.current);
      // A card this page rated since it opened is held by that newer rating.
      for (const [cardId, held] of found.held) if (!local.current.has(cardId)) local.current.set(cardId, held);
      for (const [id, delta] of found.deltas) deltas.current.set(id, delta);
      for (const s of stored) acked.current.add(s.id);
      if (cardRef.current && local.current.has(cardRef.current.content.cardId)) {
        cardRef.current = null;
        setCard(null);
      }
      setVersion((v) => v + 1);
      fill();
      await refreshPending();
      setOutboxRead(true);
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
  }, [deckId, fill, flush, mine, refreshPending, scope]);

  // A learning card that comes back: wake up when the earliest one is due, if nothing is shown.
  useEffect(() => {
    if (card) return;
    const dues = [...local.current.values()].filter((l) => l.srs.state === 1 || l.srs.state === 3).map((l) => l.srs.due.getTime());
    if (!dues.length) return;
    const wait = Math.max(0, Math.min(...dues) - LEARN_AHEAD_MS - pageNow()) + 50;
    const timer = setTimeout(() => fill(), Math.min(wait, 2 ** 31 - 1));
    return () => clearTimeout(timer);
  }, [card, version, fill, pageNow]);

  const rate = useCallback((rating: Rating) => {
    const shown = cardRef.current;
    if (!shown) return;
    const now = new Date(pageNow());
    const id = crypto.randomUUID();
    const before = shown.srs;
    const after = scheduler.current.review(before ?? scheduler.current.newCard(now), rating, now, shown.content.cardId).card;
    const entry: PendingRating = {
      id, deckId, cardId: shown.content.cardId, rating, reviewedAt: now.toISOString(),
      durationMs: Math.max(0, Math.min(now.getTime() - shown.shownAt, 24 * 3600_000)),
      // madeAt orders the outbox: the device's clock, which a new correction does not move
      baseReps: before?.reps ?? 0, madeAt: Date.now(), tab: tab.current, learnerId,
    };
    local.current.set(entry.cardId, { srs: after, lastRatingId: id });
    deltas.current.set(id, countsDelta(before, after));
    setAnsweredElsewhere(false);
    setUndoResult(null);
    setLastRating({ id, cardId: entry.cardId, shown: { srs: before }, madeAt: entry.madeAt });
    setUndoOffered(true);
    if (undoTimer.current) clearTimeout(undoTimer.current);
    undoTimer.current = setTimeout(() => setUndoOffered(false), UNDO_OFFERED_MS);
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
  }, [deckId, flush, learnerId, pageNow, pick, setLastRating]);

  /** Takes back the last rating: from the outbox if it was not sent yet, else on the server. The card comes back. */
  const undo = useCallback(async () => {
    const last = lastRating;
    const box = outbox.current;
    if (!last || !box) return false;
    // Under the outbox's lock: no send of this rating is half done meanwhile.
    const result = await box.exclusive(async (): Promise<{ srs: SrsCard | null } | UndoResult> => {
      if ((await box.all()).some((p) => p.id === last.id)) {
        await box.remove(last.id);
        return { srs: last.shown?.srs ?? srsOf(step.current.queue.find((q) => q.cardId === last.cardId)?.srs ?? null) };
      }
      let res: Response;
      try {
        res = await fetch('/api/reviews/undo', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ id: last.id, deckId, have: [...contents.current.keys()].slice(-64) }),
        });
      } catch {
        return 'failed';
      }
      if (res.status === 409) return 'not-last';
      if (res.status === 404) return 'failed';
      if (!res.ok) return 'failed';
      updateSent(scope, (list) => withoutSent(list, last.id));
      const body = (await res.json()) as { undone: { cardId: string; srs: SrsState | null; content: StudyCardContent | null }; next?: StudyStep };
      if (body.undone.content) contents.current.set(body.undone.cardId, body.undone.content);
      if (body.next) {
        takeStep(body.next);
        acked.current.clear();
        deltas.current.clear();
      }
      return { srs: srsOf(body.undone.srs) };
    });
    await refreshPending();
    if (result === null || typeof result === 'string') {
      setUndoResult(result);
      if (result === 'not-last') setLastRating(null);
      return false;
    }
    // The card comes back, as it was before the rating.
    local.current.delete(last.cardId);
    deltas.current.delete(last.id);
    acked.current.delete(last.id);
    const content = contents.current.get(last.cardId);
    setLastRating(null);
    setUndoOffered(false);
    setUndoResult('undone');
    if (content) {
      const back = { content, srs: result.srs, earlyBy: null, shownAt: pageNow() };
      cardRef.current = back;
      setCard(back);
    }
    setVersion((v) => v + 1);
    return true;
  }, [deckId, lastRating, pageNow, refreshPending, scope, setLastRating, takeStep]);

  const counts = { ...step.current.counts };
  for (const d of deltas.current.values()) {
    counts.new = Math.max(0, counts.new + d.new);
    counts.learning = Math.max(0, counts.learning + d.learning);
    counts.review = Math.max(0, counts.review + d.review);
  }
  const intervals = card ? previewIntervals(scheduler.current, card.srs, new Date(pageNow()), card.content.cardId) : null;
  void version;
  return {
    card, intervals, counts, nextDueAt: step.current.nextDueAt, newHeldBack: step.current.newHeldBack, pending, outboxRead, problem, answeredElsewhere, refused, clockOffsetMs: offset.current ?? 0, waiting: card === null && pending > 0, rate,
    canUndo: lastRating !== null, undoOffered: undoOffered && lastRating !== null, undo, undoResult,
  };
}

function previewIntervals(scheduler: Scheduler, srs: SrsCard | null, now: Date, cardId: string): Record<Rating, number> {
  const p = scheduler.preview(srs ?? scheduler.newCard(now), now, cardId);
  return { 1: p[1].intervalMs, 2: p[2].intervalMs, 3: p[3].intervalMs, 4: p[4].intervalMs };
}
