// A text under repair: successive passes edit the current text while every change stays
// expressed against the ORIGINAL text (offset, before, after). An edit that touches text
// produced by an earlier edit absorbs that earlier change, so changes never overlap and
// applying them in order to the original reproduces the current text.

import type { ChangeReason, TextChange } from '../types';

/** A replacement in the coordinates of the current text. */
export interface Edit {
  start: number;
  end: number;
  after: string;
  reason: ChangeReason;
}

interface Piece {
  /** Original range this piece stands for. */
  o0: number;
  o1: number;
  text: string;
  changed: boolean;
  reason: ChangeReason | null;
}

export class EditBuffer {
  private pieces: Piece[];
  private cached: string;

  constructor(readonly original: string) {
    this.pieces = original.length
      ? [{ o0: 0, o1: original.length, text: original, changed: false, reason: null }]
      : [];
    this.cached = original;
  }

  get text(): string {
    return this.cached;
  }

  /** Applies edits given in current-text coordinates (any order; overlapping ones are dropped). */
  apply(edits: Edit[]): void {
    const cur = this.cached;
    const sorted = edits
      .filter((e) => e.start >= 0 && e.end >= e.start && e.end <= cur.length)
      .filter((e) => cur.slice(e.start, e.end) !== e.after)
      .sort((a, b) => a.start - b.start || a.end - b.end);
    const clean: Edit[] = [];
    let lastEnd = -1;
    for (const e of sorted) {
      if (e.start < lastEnd || (e.start === lastEnd && e.start === e.end)) continue;
      clean.push(e);
      lastEnd = e.end;
    }
    if (clean.length === 0) return;

    const src = this.pieces;
    const out: Piece[] = [];
    let i = 0;
    let pos = 0; // current-text offset of `head`
    let head: Piece | undefined = src[0];
    const advance = () => {
      if (head) pos += head.text.length;
      i++;
      head = src[i];
    };
    // The merged piece being built; `rest` is old text from restStart up to pos still to copy.
    let pend: { o0: number; o1: number; text: string; reason: ChangeReason; rest: string; restStart: number } | null =
      null;
    const flush = () => {
      if (pend) out.push({ o0: pend.o0, o1: pend.o1, text: pend.text + pend.rest, changed: true, reason: pend.reason });
      pend = null;
    };
    /** Consumes old text from pos up to e; returns the original end and the leftover suffix. */
    const consume = (e: number, o1: number): { o1: number; suffix: string } => {
      let suffix = '';
      while (head && pos < e) {
        const L = head.text.length;
        if (pos + L <= e) {
          o1 = head.o1;
          advance();
        } else if (head.changed) {
          o1 = head.o1;
          suffix = head.text.slice(e - pos);
          advance();
          break;
        } else {
          const k = e - pos;
          o1 = head.o0 + k;
          head = { o0: o1, o1: head.o1, text: head.text.slice(k), changed: false, reason: null };
          pos = e;
          break;
        }
      }
      return { o1, suffix };
    };

    for (const ed of clean) {
      const s = ed.start;
      const e = ed.end;
      if (pend && s < pos) {
        // inside text already merged into the pending change
        pend.text += pend.rest.slice(0, s - pend.restStart) + ed.after;
        pend.reason = ed.reason;
        if (e <= pos) {
          pend.rest = pend.rest.slice(e - pend.restStart);
          pend.restStart = e;
        } else {
          const r = consume(e, pend.o1);
          pend.o1 = r.o1;
          pend.rest = r.suffix;
          pend.restStart = e;
        }
        continue;
      }
      flush();
      // 1. pieces wholly before s
      while (head && (head.text.length === 0 || pos + head.text.length <= s)) {
        out.push(head);
        advance();
      }
      // 2. start of the merged piece
      let o0: number;
      let prefix = '';
      if (!head) {
        o0 = this.original.length;
      } else if (head.changed) {
        o0 = head.o0;
        if (s === e && s === pos) {
          out.push({ o0, o1: o0, text: ed.after, changed: true, reason: ed.reason });
          continue;
        }
        prefix = head.text.slice(0, s - pos);
      } else {
        const k = s - pos;
        if (k > 0) {
          out.push({ o0: head.o0, o1: head.o0 + k, text: head.text.slice(0, k), changed: false, reason: null });
          head = { o0: head.o0 + k, o1: head.o1, text: head.text.slice(k), changed: false, reason: null };
          pos = s;
        }
        o0 = head.o0;
      }
      // 3. consume through e
      let o1 = o0;
      let suffix = '';
      if (s === e) {
        if (head && head.changed && pos < s) {
          o1 = head.o1;
          suffix = head.text.slice(s - pos);
          advance();
        }
      } else {
        const r = consume(e, o0);
        o1 = r.o1;
        suffix = r.suffix;
      }
      pend = { o0, o1, text: prefix + ed.after, reason: ed.reason, rest: suffix, restStart: e };
    }
    flush();
    while (head) {
      out.push(head);
      advance();
    }
    this.pieces = out;
    this.cached = out.map((p) => p.text).join('');
  }

  /** Changes against the original text, in order, non-overlapping. */
  changes(): TextChange[] {
    const out: TextChange[] = [];
    for (const p of this.pieces) {
      if (!p.changed || p.reason === null) continue;
      const before = this.original.slice(p.o0, p.o1);
      if (before === p.text) continue;
      out.push({ offset: p.o0, before, after: p.text, reason: p.reason });
    }
    return out;
  }
}

/** Applies changes (as returned by normalize) to the original text. */
export function applyChanges(original: string, changes: readonly TextChange[]): string {
  let out = '';
  let pos = 0;
  for (const c of changes) {
    if (c.offset < pos) continue;
    out += original.slice(pos, c.offset) + c.after;
    pos = c.offset + c.before.length;
  }
  return out + original.slice(pos);
}
