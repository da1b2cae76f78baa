import { expect, test } from 'vitest';
import { h, render } from 'preact';
import { richText } from './rich.ts';

test('placeholders become the given elements, in the order the translation puts them; the rest stays text', () => {
  const root = document.createElement('p');
  render(h('p', null, richText('{who} sagt {what}. Fragen:', { what: h('q', null, 'permanent'), who: h('strong', null, 'a.com') })), root);
  expect(root.firstElementChild!.childNodes.length).toBe(4);
  expect(root.querySelector('strong')!.textContent).toBe('a.com');
  expect(root.textContent).toBe('a.com sagt permanent. Fragen:');
});

test('an unknown placeholder is shown as written, and markup in the message stays text', () => {
  const root = document.createElement('div');
  render(h('p', null, richText('<b>{x}</b> {y}', { x: 'X' })), root);
  expect(root.querySelector('b')).toBeNull();
  expect(root.textContent).toBe('<b>X</b> {y}');
});
