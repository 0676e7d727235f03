import { describe, expect, it } from 'vitest';
import { keyTimings, MARK } from './key-latency';

const MAIN = { pid: 1, tid: 1 };
const COMPOSITOR = { pid: 1, tid: 2 };
const mark = (name: string, ts: number) => ({ name, ph: 'I', ts, ...MAIN });
const frame = (ts: number, dur: number) => ({ name: 'ProxyMain::BeginMainFrame', ph: 'X', ts, dur, ...MAIN });
const latency = (id: string, type: string, begin: number, end: number) => [
  { name: 'EventLatency', ph: 'b', ts: begin, id2: { local: id }, args: { event_latency: { event_type: type } }, ...COMPOSITOR },
  { name: 'EventLatency', ph: 'e', ts: end, id2: { local: id }, ...COMPOSITOR },
];

// times in µs, as in Chromium's traces
const trace = (events: object[]) => JSON.stringify({ traceEvents: events });

describe('keyTimings', () => {
  it('times a press from its key event: presented, in the DOM, its frame begun and done, and the work', () => {
    const events = [
      // an earlier key (the Space that showed the answer) and its release: not this press's
      ...latency('0x1', 'KEY_PRESSED', 1_000, 20_000),
      ...latency('0x2', 'KEY_RELEASED', 100_000, 100_500),
      ...latency('0x3', 'KEY_PRESSED', 200_000, 214_000),
      mark(MARK.press, 200_600),
      mark(MARK.inDom, 206_000),
      frame(209_000, 2_500),
      mark(MARK.frame, 209_200),
      // a frame with no mark of this press in it
      frame(225_000, 1_000),
    ];
    const [t, ...rest] = keyTimings(trace(events));
    expect(rest).toHaveLength(0);
    expect(t).toEqual({ presentedMs: 14, inDomMs: 6, frameBegunMs: 9, frameDoneMs: 11.5, workMs: 8.5 });
  });

  it('keeps the presses apart, each with its own frame, in order', () => {
    const events = [
      mark(MARK.frame, 31_000), // given in any order: sorted by time
      ...latency('0xa', 'KEY_PRESSED', 10_000, 40_000),
      mark(MARK.press, 10_500),
      mark(MARK.inDom, 20_000),
      frame(30_000, 4_000),
      ...latency('0xb', 'KEY_PRESSED', 100_000, 110_000),
      mark(MARK.press, 100_200),
      mark(MARK.inDom, 101_000),
      frame(102_000, 3_000),
      mark(MARK.frame, 102_100),
    ];
    expect(keyTimings(trace(events)).map((t) => [t.presentedMs, t.frameDoneMs])).toEqual([[30, 24], [10, 5]]);
  });

  it('refuses a press whose frame or presentation is missing instead of leaving it out', () => {
    const noFrame = [...latency('0x1', 'KEY_PRESSED', 0, 9_000), mark(MARK.press, 100), mark(MARK.inDom, 4_000), mark(MARK.frame, 5_000)];
    expect(() => keyTimings(trace(noFrame))).toThrow(/frame/);
    const notPresented = [mark(MARK.press, 100), mark(MARK.inDom, 4_000), frame(4_500, 1_000), mark(MARK.frame, 4_600)];
    expect(() => keyTimings(trace(notPresented))).toThrow(/no presented frame/);
  });

  it('reads a trace given as a bare array of events, and none when nothing was pressed', () => {
    expect(keyTimings(JSON.stringify([frame(0, 1)]))).toEqual([]);
  });
});
