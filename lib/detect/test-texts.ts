import type { Block } from './types.ts';

/** Test helper: paragraphs joined by blank lines, with their blocks (the first one a heading). */
export function blockText(parts: readonly string[]): { text: string; blocks: Block[] } {
  const blocks: Block[] = [];
  let at = 0;
  for (const [k, part] of parts.entries()) {
    blocks.push({ start: at, end: at + part.length, heading: k === 0 });
    at += part.length + 2;
  }
  return { text: parts.join('\n\n'), blocks };
}
