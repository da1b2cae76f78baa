import { beforeEach, describe, expect, test } from 'vitest';
import { blockOf, readRuns } from './blocks.ts';
import { rangeFor } from './ranges.ts';
import { setBody } from './testing.ts';

function runs(html: string) {
  setBody(html);
  return [...readRuns(document.body)];
}

beforeEach(() => {
  setBody('');
});

describe('readRuns', () => {
  test('joins inline elements into the block and splits at nested blocks', () => {
    const result = runs('<p>Our stem <b>cell</b> <a href="#">facial</a> works</p><div>Intro<p>inner</p>tail</div>');
    expect(result.map((r) => r.text)).toEqual(['Our stem cell facial works', 'Intro', 'inner', 'tail']);
    expect(result[0]!.owner.localName).toBe('p');
    expect(result[0]!.nodes).toHaveLength(5);
  });

  test.each([
    ['<script>permanent results</script><p>ok</p>'],
    ['<style>.permanent-results{}</style><p>ok</p>'],
    ['<noscript>permanent results</noscript><p>ok</p>'],
    ['<template><p>permanent results</p></template><p>ok</p>'],
    ['<textarea>permanent results</textarea><p>ok</p>'],
    ['<button>permanent results</button><p>ok</p>'],
    ['<div contenteditable>permanent results</div><p>ok</p>'],
    ['<div hidden>permanent results</div><p>ok</p>'],
    ['<div aria-hidden="true">permanent results</div><p>ok</p>'],
    ['<div style="display:none">permanent results</div><p>ok</p>'],
    ['<div data-cliniccheck-ui>permanent results</div><p>ok</p>'],
  ])('skips %s', (html) => {
    expect(runs(html).map((r) => r.text)).toEqual(['ok']);
  });

  test('a <br> ends a run; headings are marked', () => {
    const result = runs('<h2>Title</h2><p>one<br>two</p>');
    expect(result.map((r) => [r.text, r.heading])).toEqual([
      ['Title', true],
      ['one', false],
      ['two', false],
    ]);
  });

  test('blockOf finds the nearest block ancestor', () => {
    runs('<p id="p">a <b><i id="i">b</i></b></p>');
    expect(blockOf(document.getElementById('i')!.firstChild!, document.body).id).toBe('p');
  });
});

describe('rangeFor', () => {
  test('maps offsets across inline elements back to the DOM', () => {
    const [run] = runs('<p>Our stem <b>cell</b> facial.</p>');
    const start = run!.text.indexOf('stem');
    const end = run!.text.indexOf(' facial') + ' facial'.length;
    const range = rangeFor(run!, start, end)!;
    expect(range.toString()).toBe('stem cell facial');
    expect(range.startContainer).toBe(run!.nodes[0]);
    expect(range.endContainer).toBe(run!.nodes[2]);
  });

  test('a range ending exactly at a node boundary stays in that node', () => {
    const [run] = runs('<p>stem <b>cell</b> x</p>');
    const range = rangeFor(run!, 5, 9)!;
    expect(range.toString()).toBe('cell');
    expect(range.endContainer).toBe(run!.nodes[1]);
  });

  test('stale runs give no range', () => {
    const [run] = runs('<p>stem <b>cell</b></p>');
    run!.nodes[1]!.data = 'cells';
    expect(rangeFor(run!, 0, 9)).toBeUndefined();
    expect(rangeFor(run!, 3, 3)).toBeUndefined();
  });
});
