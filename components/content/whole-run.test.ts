import { beforeEach, describe, expect, test } from 'vitest';
import { readRuns } from './blocks.ts';
import { sameRuns } from './detect-runs.ts';
import { liveRange, plainRangeFor } from './ranges.ts';
import { setBody } from './testing.ts';
import { BLOCK_TAGS, SKIP_TAGS } from './blocks-rules.ts';
import { INLINE_TAGS, WholeRun, nodesKnown, wholeTest } from './whole-run.ts';

beforeEach(() => setBody(''));

const read = () => [...readRuns(document.body)];

describe('wholeTest', () => {
  test.each([
    ['inline elements only', '<p>our stem <b>cell</b> <a href="#">facial</a></p>', true],
    ['text only', '<p>permanent results</p>', true],
    ['a nested block', '<div>intro <p>inner</p></div>', false],
    ['a <br>', '<p>one<br>two</p>', false],
    ['a skipped tag', '<p>one <button>more</button> two</p>', false],
    ['a skipped tag deep inside', '<p>one <b><svg><text>x</text></svg></b> two</p>', false],
    ['an aria-hidden element', '<p>one <span aria-hidden="true">x</span> two</p>', false],
    ['a contenteditable element', '<p>one <span contenteditable>x</span> two</p>', false],
    // Not on the list of inline tags: walked (same runs, see below).
    ['a custom element', '<p>one <clinic-badge>x</clinic-badge> two</p>', false],
  ])('a block with %s: %s', (_name, html, whole) => {
    setBody(html);
    const skipped = new Set(document.body.querySelectorAll('[aria-hidden="true"],[contenteditable]'));
    expect(wholeTest(document.body, skipped)(document.body.firstElementChild!)).toBe(whole);
  });
});

test('no tag a whole block may hold starts a block, ends a run or is skipped', () => {
  expect(INLINE_TAGS.filter((tag) => BLOCK_TAGS.has(tag) || SKIP_TAGS.has(tag) || tag === 'br')).toEqual([]);
});

test('a block holding an element not on the inline list is walked, into the same run', () => {
  setBody('<p>our stem <clinic-badge>cell</clinic-badge> <b>facial</b></p>');
  const [run, ...rest] = read();
  expect(rest).toEqual([]);
  expect(run!.text).toBe('our stem cell facial');
  expect(run instanceof WholeRun).toBe(false);
  expect(run!.nodes.map((n) => n.data)).toEqual(['our stem ', 'cell', ' ', 'facial']);
});

describe('WholeRun', () => {
  test('a paragraph of inline elements is read whole; its nodes are looked up only when asked for', () => {
    setBody('<p>our stem <b>cell</b> <a href="#">facial</a> works</p><div>intro<p>inner</p></div>');
    const runs = read();
    expect(runs.map((r) => [r.text, r instanceof WholeRun])).toEqual([
      ['our stem cell facial works', true],
      ['intro', false],
      ['inner', true],
    ]);
    const first = runs[0] as WholeRun;
    expect(first.resolved).toBe(false);
    expect(first.nodes.map((n) => n.data)).toEqual(['our stem ', 'cell', ' ', 'facial', ' works']);
    expect(first.starts).toEqual([0, 9, 13, 14, 20]);
    expect(first.resolved).toBe(true);
    expect(nodesKnown(runs[1]!)).toBe(true);
  });

  test('empty text nodes are left out, as the walking reader leaves them out', () => {
    setBody('<p>stem <b>cell</b> facial</p>');
    document.querySelector('b')!.prepend(document.createTextNode(''));
    const [run] = read();
    expect(run!.nodes.map((n) => n.data)).toEqual(['stem ', 'cell', ' facial']);
  });

  test("a finding's range finds its nodes when first asked for its points", () => {
    setBody('<p>our stem <b>cell</b> <a href="#">facial</a> works</p>');
    const [run] = read();
    const start = run!.text.indexOf('stem');
    const range = plainRangeFor(run!, start, start + 'stem cell facial'.length)!;
    expect(nodesKnown(run!)).toBe(false);
    expect(range.startContainer).toBe(run!.nodes[0]);
    expect(range.startOffset).toBe(4);
    expect(range.endOffset).toBe(6);
    expect(liveRange(range).toString()).toBe('stem cell facial');
  });

  test('points looked up after the page changed are clamped to the nodes as they are then', () => {
    setBody('<p>our stem <b>cell</b> facial</p>');
    const [run] = read();
    const range = plainRangeFor(run!, 9, run!.text.length)!;
    document.querySelector('p')!.replaceChildren('our stem');
    expect(range.startContainer).toBe(document.querySelector('p')!.firstChild);
    expect(range.startOffset).toBe(8);
    expect(range.endOffset).toBe(8);
  });

  test('a block emptied before its nodes are looked up gives a collapsed range at the block', () => {
    setBody('<p>permanent results</p>');
    const [run] = read();
    const range = plainRangeFor(run!, 0, 9)!;
    document.querySelector('p')!.replaceChildren();
    expect(range.collapsed).toBe(true);
    expect(range.startContainer).toBe(document.querySelector('p'));
  });
});

describe('sameRuns with whole runs', () => {
  test('two reads of an unchanged block are the same without looking up nodes', () => {
    setBody('<p>stem <b>cell</b> facial</p>');
    const [a, b] = [read(), read()];
    expect(sameRuns(a, b)).toBe(true);
    expect(a.concat(b).some(nodesKnown)).toBe(false);
  });

  test('a block whose nodes were looked up and then replaced (same text) is not the same', () => {
    setBody('<p>stem <b>cell</b> facial</p>');
    const before = read();
    void before[0]!.nodes;
    document.querySelector('b')!.replaceWith('cell');
    expect(sameRuns(before, read())).toBe(false);
  });

  test('a block whose text changed is not the same', () => {
    setBody('<p>stem <b>cell</b> facial</p>');
    const before = read();
    document.querySelector('b')!.textContent = 'cells';
    expect(sameRuns(before, read())).toBe(false);
  });
});
