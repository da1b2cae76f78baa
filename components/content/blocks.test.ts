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

  /** Text of each run, with its owner's tag. */
  const shape = (html: string, root?: () => Element) => {
    setBody(html);
    return [...readRuns(root ? root() : document.body)].map((r) => `${r.owner.localName}:${r.text}`);
  };

  test.each([
    ['a <br> inside an inline element', '<p>one <b>two<br>three</b> four</p>', ['p:one two', 'p:three four']],
    ['a block inside an inline element', '<div>x<a href="#">in <div>card</div> out</a>y</div>', ['div:xin ', 'div:card', 'div: outy']],
    // Hidden blocks are read, and split like any block: placing drops their findings (place.ts; scanner.test.ts).
    ['a display:none block inside a visible one', '<div>a<div style="display:none">x</div>b</div>', ['div:a', 'div:x', 'div:b']],
    ['a visibility:hidden block inside a visible one', '<div>a<div style="visibility:hidden">x<p>y</p></div>b</div>', ['div:a', 'div:x', 'p:y', 'div:b']],
    ['a skipped block (attribute) does not split', '<div>a<div hidden>x</div>b</div>', ['div:ab']],
    ['a skipped inline element does not split', '<p>a<button>x</button>b<span aria-hidden="true">y</span>c</p>', ['p:abc']],
    ['text directly under the body', 'loose <b>text</b><p>para</p>tail', ['body:loose text', 'p:para', 'body:tail']],
    ['whitespace between blocks', '<p>a</p> \n <ul> <li>b</li>\n</ul>  <p>c</p>', ['p:a', 'li:b', 'p:c']],
    ['comments join the text around them', '<p>a<!-- note -->b</p>', ['p:ab']],
    ['nested skipped content', '<p>a<span data-cliniccheck-ui><b>x</b></span><span contenteditable="false">b</span></p>', ['p:ab']],
    ['a block ending where its parent ends', '<div><section><p>deep</p></section></div>after', ['p:deep', 'body:after']],
    ['a <br> ending the page', 'a<br>', ['body:a']],
  ])('%s', (_, html, expected) => {
    expect(shape(html)).toEqual(expected);
  });

  test('a subtree root reads only under it, as its own owner', () => {
    const html = '<p>before</p><h2 id="r">Title <i>part</i><br>two</h2><p>after</p>';
    expect(shape(html, () => document.getElementById('r')!)).toEqual(['h2:Title part', 'h2:two']);
    const [first] = [...readRuns(document.getElementById('r')!)];
    expect(first!.heading).toBe(true);
    expect(shape('<p>a <b id="r">bold <i>x</i></b> c</p>', () => document.getElementById('r')!)).toEqual(['b:bold x']);
  });

  test('empty text nodes neither start nor split a run; starts follow the nodes', () => {
    setBody('<p id="p">a</p>');
    const p = document.getElementById('p')!;
    p.prepend('');
    p.append('', 'b', document.createElement('i'), 'c');
    const [run] = [...readRuns(document.body)];
    expect(run!.text).toBe('abc');
    expect(run!.nodes.map((n) => n.data)).toEqual(['a', 'b', 'c']);
    expect(run!.starts).toEqual([0, 1, 2]);
  });

  test('the page changing the DOM while the reader is paused', async () => {
    setBody('<p id="a">one</p><p id="b">two</p><div><p id="c">three</p></div><p>four</p>');
    const reader = readRuns(document.body);
    expect(reader.next().value!.text).toBe('one');
    document.getElementById('b')!.remove();
    document.getElementById('c')!.before(Object.assign(document.createElement('p'), { textContent: 'new' }));
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'hidden', hidden: true }));
    await Promise.resolve(); // MutationObserver records arrive in a microtask
    expect([...reader].map((r) => r.text)).toEqual(['new', 'three', 'four']);
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
