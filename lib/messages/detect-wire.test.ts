import { expect, test } from 'vitest';
import type { Finding } from '../detect/types.ts';
import { fromWireText, isWireChunk, packFindings, toWireText, unpackFindings } from './detect-wire.ts';

// Written for this test.
const TEXT = 'Permanent results.\n\nNo side effects, we promise.';
const found: Finding[] = [
  { start: 0, end: 17, quote: 'Permanent results', termId: 'PERM-01', category: 'PERM', severity: 'high', rule: 'term:PERM-01', status: 'active' },
  { start: 20, end: 35, quote: 'No side effects', termId: 'SAFE-02', category: 'SAFE', severity: 'high', rule: 'term:SAFE-02', status: 'active' },
  { start: 0, end: 9, quote: 'Permanent', termId: 'PERM-01', category: 'PERM', severity: 'high', rule: 'term:PERM-01', status: 'suppressed', reason: 'hedged' },
];

test('a text goes with its blocks as numbers and comes back the same', () => {
  const text = { text: TEXT, blocks: [{ start: 0, end: 18, heading: true }, { start: 20, end: TEXT.length }] };
  const wire = toWireText(text);
  expect(wire.blocks).toEqual([0, 18, 1, 20, TEXT.length, 0]);
  expect(fromWireText(JSON.parse(JSON.stringify(wire)))).toStrictEqual(text);
});

test('findings go as numbers with their facts once per chunk, and come back with their quotes', () => {
  const chunk = JSON.parse(JSON.stringify(packFindings(3, [found, [], [found[0]!]])));
  // Two kinds: the active and the suppressed PERM-01 differ.
  expect(chunk.kinds).toHaveLength(3);
  expect(chunk.found).toEqual([[0, 17, 0, 20, 35, 1, 0, 9, 2], [], [0, 17, 0]]);
  expect(isWireChunk(chunk)).toBe(true);
  expect(chunk.from).toBe(3);
  expect(unpackFindings(chunk.found[0], chunk.kinds, TEXT)).toStrictEqual(found);
});
