// Chromium's own timing of the key presses a browser bench makes, read from a trace of the page
// (decision 009, 2026-12-06 night). A task posted from the requestAnimationFrame that paints the
// change (setTimeout, postMessage, even a user-blocking postTask) does not mark the end of that
// frame here: after a key press Chromium defers such tasks, and in about half the presses they ran
// only after the *next* frame, up to 16 ms after the change was on the screen. So the benches take
// the figures from the trace instead:
// - presented: from the key event to the frame with its effect presented on the display
//   (Chromium's EventLatency for KEY_PRESSED, the figure INP rests on);
// - in the DOM / frame begun / frame done: from the key event to the bench's mark when the change
//   is in the DOM, to the start and the end of the main-thread frame (BeginMainFrame) that holds
//   the bench's requestAnimationFrame mark;
// - work: in the DOM + (frame done − frame begun): the page's work and its frame's, without the
//   wait for the frame clock between them, and without the display's own pipeline after it.
import type { Browser, Page } from 'playwright-core';

/** performance.mark names the bench's page script sets, in this order, once per measured press. */
export const MARK = { press: 'jatta-press', inDom: 'jatta-in-dom', frame: 'jatta-frame' } as const;

export interface KeyTiming {
  presentedMs: number;
  inDomMs: number;
  frameBegunMs: number;
  frameDoneMs: number;
  workMs: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id2?: { local?: string; global?: string };
  id?: string;
  args?: { event_latency?: { event_type?: string } };
}

/** What the measured press changes, as the page script recognises it in the DOM. */
export type PressChange = 'new-card' | 'open-dialog';

/**
 * Waits until the page's last change is painted (two frames), then for a moment spread over the
 * next 16.7 ms: press i waits frac(i × golden ratio) of a frame. A person's key press falls anywhere
 * between two frames; presses right after a frame would all wait a whole one (decision 023).
 */
export async function waitForFramePhase(page: Page, i: number): Promise<void> {
  const delay = ((i * 0.6180339887) % 1) * 16.7;
  await page.evaluate((ms) => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, ms)))), delay);
}

/**
 * Sets the marks for the next key press: the press (keydown), its change in the DOM (a
 * MutationObserver: the study card replaced, or a dialog open) and the frame that paints it
 * (requestAnimationFrame). `afterPress` then waits for the task after that frame.
 */
export async function armPress(page: Page, change: PressChange): Promise<void> {
  await page.evaluate(({ mark, change }) => {
    const win = window as unknown as { jattaPress?: Promise<number> };
    win.jattaPress = new Promise<number>((resolve) => {
      let pressedAt = 0;
      addEventListener('keydown', (e) => { pressedAt = e.timeStamp; performance.mark(mark.press); }, { capture: true, once: true });
      const before = change === 'new-card' ? document.querySelector('article') : null;
      // no named function in here: tsx would wrap it in a helper the page does not have
      const observer = new MutationObserver(() => {
        const now = document.querySelector('article');
        const changed = change === 'open-dialog' ? !!document.querySelector('dialog[open]') : !(now === before && now?.textContent === before?.textContent);
        if (!pressedAt || !changed) return;
        observer.disconnect();
        performance.mark(mark.inDom);
        requestAnimationFrame(() => {
          performance.mark(mark.frame);
          setTimeout(() => resolve(performance.now() - pressedAt), 0);
        });
      });
      // each change watched only where it happens, so the callback adds no work to the measured frame
      if (change === 'open-dialog') observer.observe(document.body, { subtree: true, childList: true, attributes: true });
      else observer.observe(document.querySelector('main')!, { subtree: true, childList: true, characterData: true });
    });
  }, { mark: MARK, change });
}

/** After the armed press: ms from it to the task after its frame (the benches' figure before the trace). */
export function afterPress(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { jattaPress: Promise<number> }).jattaPress);
}

/** One figure of every timing, sorted, for percentiles. */
export function sortedBy(timings: KeyTiming[], pick: (t: KeyTiming) => number): number[] {
  return timings.map(pick).sort((a, b) => a - b);
}

export async function startKeyTrace(browser: Browser, page: Page): Promise<void> {
  // 'benchmark' holds EventLatency and BeginMainFrame; the marks are user timing.
  await browser.startTracing(page, { categories: ['benchmark', 'input', 'blink.user_timing'] });
}

export async function stopKeyTrace(browser: Browser): Promise<KeyTiming[]> {
  return keyTimings(await browser.stopTracing());
}

/** One timing per press mark, in order; throws if a press has no presented frame or no marks. */
export function keyTimings(trace: Buffer | string): KeyTiming[] {
  const parsed = JSON.parse(trace.toString()) as { traceEvents: TraceEvent[] } | TraceEvent[];
  const events = (Array.isArray(parsed) ? parsed : parsed.traceEvents).slice().sort((a, b) => a.ts - b.ts);
  const marks = events.filter((e) => e.name === MARK.press || e.name === MARK.inDom || e.name === MARK.frame);
  const presses = marks.filter((e) => e.name === MARK.press);
  if (!presses.length) return [];
  const mainThread = presses[0]!.tid;
  const frames = events.filter((e) => e.name === 'ProxyMain::BeginMainFrame' && e.ph === 'X' && e.tid === mainThread);
  const open = new Map<string, TraceEvent>();
  const latencies: { begin: number; end: number }[] = [];
  for (const e of events) {
    if (e.name !== 'EventLatency') continue;
    const key = `${e.pid}:${e.id2?.local ?? e.id2?.global ?? e.id}`;
    if (e.ph === 'b') open.set(key, e);
    else if (e.ph === 'e') {
      const begun = open.get(key);
      open.delete(key);
      if (begun?.args?.event_latency?.event_type === 'KEY_PRESSED') latencies.push({ begin: begun.ts, end: e.ts });
    }
  }
  return presses.map((press, i) => {
    const next = presses[i + 1]?.ts ?? Infinity;
    const after = (name: string) => marks.find((m) => m.name === name && m.ts >= press.ts && m.ts < next);
    const inDom = after(MARK.inDom);
    const frameMark = after(MARK.frame);
    // the key event the page's keydown handler ran for: the last one created before it
    const latency = latencies.filter((l) => l.begin <= press.ts && press.ts - l.begin < 50_000).at(-1);
    const frame = frameMark && frames.find((f) => f.ts <= frameMark.ts && frameMark.ts <= f.ts + (f.dur ?? 0));
    if (!inDom || !frameMark || !frame) throw new Error(`press ${i + 1}: its marks or its frame are not in the trace`);
    if (!latency) throw new Error(`press ${i + 1}: Chromium recorded no presented frame for it`);
    const ms = (ts: number) => (ts - latency.begin) / 1000;
    const frameBegunMs = ms(frame.ts);
    const frameDoneMs = ms(frame.ts + (frame.dur ?? 0));
    return { presentedMs: ms(latency.end), inDomMs: ms(inDom.ts), frameBegunMs, frameDoneMs, workMs: ms(inDom.ts) + frameDoneMs - frameBegunMs };
  });
}
