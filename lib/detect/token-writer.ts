/**
 * The tokenizer's output (the page as integer tokens, with sentences) and
 * the writer that fills it as tokenize.ts reads the text.
 */
import type { Block } from './types.ts';

/** Punctuation seen between a token and the one before it (bit flags). */
export const Brk = { Comma: 1, Clause: 2, Sentence: 4, Block: 8, Line: 16 } as const;

export interface Sentence {
  /** First token and one past the last token. */
  first: number;
  end: number;
  question: boolean;
  heading: boolean;
  /** The heading sentence this sentence sits under, or -1. */
  section: number;
}

/** The page as integer tokens with offsets into the original text. */
export interface Tokens {
  count: number;
  start: Int32Array;
  end: Int32Array;
  id: Int32Array;
  brk: Uint8Array;
  sent: Int32Array;
  sentences: Sentence[];
}

/** Lines this short without a full stop read as headings. */
const HEADING_MAX_TOKENS = 12;

/**
 * The token arrays as they fill, and the sentence being read. A class rather
 * than closures over the tokenizer's variables, so the character loop keeps
 * its own variables in registers.
 */
export class TokenWriter {
  count = 0;
  private cap: number;
  start: Int32Array;
  end: Int32Array;
  private id: Int32Array;
  private brk: Uint8Array;
  private sent: Int32Array;
  private readonly sentences: Sentence[] = [];
  /** Breaks seen since the last token. */
  pending: number = Brk.Block;
  /** The sentence so far is a question; its last stop was a full stop or "!" (not "?"). */
  question = false;
  endsWithStop = false;
  private sentFirst = 0;
  private lastSection = -1;
  private sentHeadingBlock = false;
  private sentLineStart = true;
  private readonly hasBlocks: boolean;
  /** Blocks by start, and the index of the first that may hold the next sentence. */
  private readonly blocks: readonly Block[];
  private blockAt = 0;

  constructor(len: number, blocks: readonly Block[] | undefined) {
    this.cap = Math.max(16, (len >> 2) + 16);
    this.start = new Int32Array(this.cap);
    this.end = new Int32Array(this.cap);
    this.id = new Int32Array(this.cap);
    this.brk = new Uint8Array(this.cap);
    this.sent = new Int32Array(this.cap);
    this.hasBlocks = blocks !== undefined && blocks.length > 0;
    this.blocks = this.hasBlocks ? sortedByStart(blocks!) : [];
  }

  push(s: number, e: number, tokId: number): void {
    const n = this.count;
    if (n === this.cap) this.grow();
    const pending = this.pending;
    if (pending & (Brk.Sentence | Brk.Block)) {
      this.closeSentence((pending & (Brk.Line | Brk.Block)) !== 0);
      // A token after a line break or block boundary (always true of the very first token).
      this.sentLineStart = (pending & (Brk.Line | Brk.Block)) !== 0;
      this.endsWithStop = false;
      this.sentHeadingBlock = this.hasBlocks && this.headingAt(s);
    }
    this.start[n] = s;
    this.end[n] = e;
    this.id[n] = tokId;
    this.brk[n] = pending;
    this.count = n + 1;
    this.pending = 0;
  }

  finish(): Tokens {
    this.pending |= Brk.Line;
    this.closeSentence(true);
    const { count, start, end, id, brk, sent, sentences } = this;
    return { count, start, end, id, brk, sent, sentences };
  }

  private closeSentence(atLineEnd: boolean): void {
    const first = this.sentFirst, count = this.count;
    if (first >= count) return;
    const n = count - first;
    const inferred = !this.hasBlocks && atLineEnd && this.sentLineStart && n <= HEADING_MAX_TOKENS && !this.endsWithStop;
    const heading = this.hasBlocks ? this.sentHeadingBlock : inferred;
    const idx = this.sentences.length;
    this.sentences.push({ first, end: count, question: this.question, heading, section: heading ? -1 : this.lastSection });
    if (heading) this.lastSection = idx;
    // A loop, not fill(): sentences are short, and the call costs more than the stores.
    const sent = this.sent;
    for (let t = first; t < count; t++) sent[t] = idx;
    this.sentFirst = count;
    this.question = false;
  }

  /** Whether the block holding an offset is a heading; offsets must be asked in increasing order. */
  private headingAt(offset: number): boolean {
    const sorted = this.blocks;
    let k = this.blockAt;
    while (k < sorted.length && sorted[k]!.end <= offset) k++;
    this.blockAt = k;
    const b = sorted[k];
    return b !== undefined && b.start <= offset && b.heading === true;
  }

  private grow(): void {
    this.cap *= 2;
    this.start = grow(this.start, this.cap);
    this.end = grow(this.end, this.cap);
    this.id = grow(this.id, this.cap);
    this.brk = growU8(this.brk, this.cap);
    this.sent = grow(this.sent, this.cap);
  }
}

/** Blocks sorted by start (the same array when they already are). */
function sortedByStart(blocks: readonly Block[]): readonly Block[] {
  for (let k = 1; k < blocks.length; k++) if (blocks[k]!.start < blocks[k - 1]!.start) return [...blocks].sort((a, b) => a.start - b.start);
  return blocks;
}

function grow(a: Int32Array, cap: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(cap);
  b.set(a);
  return b;
}

function growU8(a: Uint8Array, cap: number): Uint8Array<ArrayBuffer> {
  const b = new Uint8Array(cap);
  b.set(a);
  return b;
}
