import { beforeEach, describe, expect, test } from 'vitest';
import { readRuns } from './blocks.ts';
import { addRun, batchesOf, newBatch } from './detect-runs.ts';
import { setBody } from './testing.ts';

beforeEach(() => setBody(''));

const runs = () => [...readRuns(document.body)];

describe('batches of runs', () => {
  test('a batch is its runs joined by a blank line, each run a block at its place in that text', () => {
    setBody('<h2>Stem <b>cell</b> facial</h2><p>permanent results</p><p>no side effects</p>');
    const batch = newBatch();
    for (const run of runs()) addRun(batch, run);
    expect(batch.text).toBe('Stem cell facial\n\npermanent results\n\nno side effects');
    expect(batch.blocks.map((b) => [batch.text.slice(b.start, b.end), b.heading])).toEqual([
      ['Stem cell facial', true],
      ['permanent results', undefined],
      ['no side effects', undefined],
    ]);
    expect(batch.runs.map((r) => r.text)).toEqual(['Stem cell facial', 'permanent results', 'no side effects']);
  });

  test('batchesOf starts a new batch before a run that would take it past the limit', () => {
    setBody('<p>aaaaaaaaaa</p><p>bbbbbbbbbb</p><p>cccccccccc</p>');
    const batches = batchesOf(runs(), 22);
    expect(batches.map((b) => b.text)).toEqual(['aaaaaaaaaa\n\nbbbbbbbbbb', 'cccccccccc']);
    expect(batches[1]!.blocks).toEqual([{ start: 0, end: 10, heading: undefined }]);
  });
});
