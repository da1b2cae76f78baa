/**
 * Where context cues reach (context.ts): cue and claim matches as spans of
 * token indices, kept sorted by start, and the primitive questions the
 * context rules ask of them (a cue in a range, a cue right before a claim,
 * no clause break in between).
 */
import type { Claim } from './compile.ts';
import { Brk, type Tokens } from './tokenize.ts';

/** Tokens `first` to `end` (exclusive) of a text. */
export interface Span {
  first: number;
  end: number;
}

/** A cue of this kind in [from, to), not made of the claim's own words. */
export function hasCue(list: readonly Span[], from: number, to: number, c: Span, claim: Claim, t: Tokens): boolean {
  for (let k = lowerBound(list, from); k < list.length && list[k]!.first < to; k++) {
    const q = list[k]!;
    if (q.end > to) continue;
    if (q.first >= c.first && q.end <= c.end && ownWords(q, claim, t)) continue;
    return true;
  }
  return false;
}

/** Whether a cue of this list starts exactly at token `j`. */
export function startsAt(list: readonly Span[], j: number): boolean {
  const q = list[lowerBound(list, j)];
  return q !== undefined && q.first === j;
}

/** Whether a cue of this list ends at most `gap` tokens before the claim, in its sentence. */
export function follows(list: readonly Span[], c: Span, gap: number): boolean {
  for (let k = lowerBound(list, c.first - gap - 6); k < list.length && list[k]!.first < c.first; k++) {
    const q = list[k]!;
    if (q.end <= c.first && c.first - q.end <= gap) return true;
  }
  return false;
}

/** No clause break or scope terminator between a cue ending at `from` and the claim at `to`. */
export function reaches(from: number, to: number, t: Tokens, terminators: readonly Span[], commaStops: boolean): boolean {
  const stop = commaStops ? Brk.Comma | Brk.Clause : Brk.Clause;
  for (let j = from; j <= to; j++) if (t.brk[j]! & stop) return false;
  for (let k = lowerBound(terminators, from); k < terminators.length && terminators[k]!.first < to; k++) return false;
  return true;
}

/** Whether cue `q` lies inside one of `spans` (sorted by start) other than `c`. */
export function insideOther(q: Span, c: Span, spans: readonly Span[]): boolean {
  for (let k = lowerBound(spans, q.first - 8); k < spans.length && spans[k]!.first <= q.first; k++) {
    const o = spans[k]!;
    if (o !== c && o.first <= q.first && q.end <= o.end) return true;
  }
  return false;
}

export function covered(q: Span, list: readonly Span[]): boolean {
  for (let k = lowerBound(list, q.first - 3); k < list.length && list[k]!.first <= q.first; k++) {
    const p = list[k]!;
    if (p.first <= q.first && q.end <= p.end) return true;
  }
  return false;
}

/** Whether every word of cue `q` is written in the claim's own pattern. */
export function ownWords(q: Span, claim: Claim, t: Tokens): boolean {
  for (let j = q.first; j < q.end; j++) if (!claim.literal.has(t.id[j]!)) return false;
  return true;
}

/** Whether a span of this list lies wholly in tokens [from, to). */
export function anyWithin(list: readonly Span[], from: number, to: number): boolean {
  for (let k = lowerBound(list, from); k < list.length && list[k]!.first < to; k++) if (list[k]!.end <= to) return true;
  return false;
}

/** First index whose span starts at or after `first`. */
export function lowerBound(list: readonly Span[], first: number): number {
  let lo = 0, hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.first < first) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
