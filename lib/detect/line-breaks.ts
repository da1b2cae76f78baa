/**
 * Where lines and blocks break the text the tokenizer reads: line breaks
 * that end a sentence or a block, and the block edges words never cross.
 */
import type { Block } from './types.ts';

/** Whether the line after the line break at `i` is blank (a paragraph break). */
export function nextLineBlank(text: string, i: number): boolean {
  for (let j = i + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 0x0a) return true;
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d) return false;
  }
  return true;
}

/** A single line break inside a sentence: the next line goes on in lower case. */
export function nextLineContinues(text: string, i: number): boolean {
  for (let j = i + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 0x20 || c === 0x09 || c === 0x0d) continue;
    return c >= 97 && c <= 122;
  }
  return false;
}

/** The block edges, sorted, each once. */
export function blockBounds(blocks?: readonly Block[]): number[] {
  if (!blocks || !blocks.length) return [];
  if (inOrder(blocks)) {
    // The usual case (blocks in document order, none inside another): their edges are already sorted.
    const out: number[] = [];
    for (const b of blocks) {
      if (out[out.length - 1] !== b.start) out.push(b.start);
      if (b.end !== b.start) out.push(b.end);
    }
    return out;
  }
  const set = new Set<number>();
  for (const b of blocks) {
    set.add(b.start);
    set.add(b.end);
  }
  return [...set].sort((a, b) => a - b);
}

/** Whether blocks follow each other without overlapping, each ending at or after its start. */
function inOrder(blocks: readonly Block[]): boolean {
  let last = -Infinity;
  for (const b of blocks) {
    if (b.start < last || b.end < b.start) return false;
    last = b.end;
  }
  return true;
}

