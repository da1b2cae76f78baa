import { afterEach, expect, test, vi } from 'vitest';
import type { PageFinding } from '../scanner.ts';
import { setBody } from '../testing.ts';
import { registerCardAction } from './actions.ts';
import { createCardHost, type CardHost } from './host.tsx';

let host: CardHost | undefined;
afterEach(() => host?.dispose());

function finding(quote: string): PageFinding {
  setBody('<p id="p">text</p>');
  const range = document.createRange();
  range.selectNodeContents(document.getElementById('p')!);
  return {
    id: 'cc-1', start: 0, end: 4, quote, termId: 'X-1', category: 'SAFE', severity: 'high', rule: 'pattern:safety',
    status: 'active', range, run: { owner: document.body, text: quote, nodes: [], starts: [], heading: false },
  };
}

const shadow = () => document.querySelector('cliniccheck-card')!.shadowRoot!;

test('page text is shown as text, never as markup', () => {
  host = createCardHost(document);
  host.open(finding('<img src=x onerror="alert(1)"><script>alert(2)</script>'), { index: 1, total: 1, pinned: false });
  expect(shadow().querySelector('.quote')!.textContent).toBe('“<img src=x onerror="alert(1)"><script>alert(2)</script>”');
  expect(shadow().querySelectorAll('img, script')).toHaveLength(0);
});

test('a hover card leaves focus alone; a pinned one takes it and gives it back on Escape', () => {
  const f = finding('no side effects');
  const button = document.body.appendChild(document.createElement('button'));
  button.focus();
  host = createCardHost(document);
  host.open(f, { index: 1, total: 1, pinned: false });
  expect(document.activeElement).toBe(button);
  host.open(f, { index: 1, total: 1, pinned: true });
  expect(shadow().activeElement?.className).toBe('card');
  const pageKeys = vi.fn();
  document.addEventListener('keydown', pageKeys);
  document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
  expect(pageKeys).toHaveBeenCalledTimes(1);
  expect(host.current).toBeUndefined();
  expect(shadow().querySelector('.card')).toBeNull();
  expect(document.activeElement).toBe(button);
  document.removeEventListener('keydown', pageKeys);
});

test('other features add actions to the card', () => {
  const run = vi.fn();
  const remove = registerCardAction({ id: 'flag', label: 'Flag this', run });
  const f = finding('permanent results');
  host = createCardHost(document);
  host.open(f, { index: 1, total: 1, pinned: false });
  const button = [...shadow().querySelectorAll('button')].find((b) => b.textContent === 'Flag this')!;
  button.click();
  expect(run).toHaveBeenCalledWith(f);
  remove();
});
