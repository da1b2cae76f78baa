import { describe, expect, test } from 'vitest';
import { escapeHtml, htmlText } from './html.ts';
import { HOSTILE_TEXTS } from './hostile-samples.ts';

const invalid = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g;

describe('escapeHtml', () => {
  test('escapes the five metacharacters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
  test.each(HOSTILE_TEXTS.map((t) => [t]))('%j parses back to the same text, creating no element', (text) => {
    const doc = new DOMParser().parseFromString(`<p title="${escapeHtml(text)}">${escapeHtml(text)}</p>`, 'text/html');
    const p = doc.body.querySelector('p')!;
    expect(p.children.length).toBe(0);
    const expected = text.replace(invalid, '').replace(/\r\n?/g, '\n');
    expect(p.textContent!.replace(/\r\n?/g, '\n')).toBe(expected);
    expect(p.getAttribute('title')!.replace(/\r\n?/g, '\n')).toBe(expected);
  });
  test('keeps right-to-left text, emoji and accents', () => {
    expect(escapeHtml('مرحبا 💉 São')).toBe('مرحبا 💉 São');
  });
});

describe('htmlText', () => {
  test('isolates the text in <bdi>', () => {
    expect(htmlText('a\u202E<b>')).toBe('<bdi>a\u202E&lt;b&gt;</bdi>');
  });
});
