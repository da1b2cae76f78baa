import { beforeEach, describe, expect, test } from 'vitest';
import { readTextBasis, rangeOfSpan, spanOfRange } from './text-basis.ts';

beforeEach(() => {
  document.body.replaceChildren();
  const main = document.createElement('main');
  main.append('Intro. ');
  const p = document.createElement('p');
  p.append('Our stem ', Object.assign(document.createElement('b'), { textContent: 'cell' }), ' facial lasts forever.');
  const script = document.createElement('script');
  script.textContent = 'var secret = 1;';
  const ui = document.createElement('div');
  ui.setAttribute('data-cliniccheck-ui', 'flags');
  ui.textContent = 'Flag';
  main.append(p, script, ui, ' End.');
  document.body.append(main);
});

describe('text basis', () => {
  test('concatenates text nodes without scripts or ClinicCheck UI', () => {
    expect(readTextBasis(document).text).toBe('Intro. Our stem cell facial lasts forever. End.');
  });

  test('a range across inline elements maps to offsets and back', () => {
    const basis = readTextBasis(document);
    const start = basis.text.indexOf('stem cell facial');
    const range = rangeOfSpan(basis, start, start + 'stem cell facial'.length)!;
    expect(range.toString()).toBe('stem cell facial');
    expect(spanOfRange(basis, range)).toEqual({ start, end: start + 16 });
  });

  test('element boundaries and surrounding whitespace are handled', () => {
    const basis = readTextBasis(document);
    const p = document.querySelector('p')!;
    const range = document.createRange();
    range.selectNodeContents(p);
    const span = spanOfRange(basis, range)!;
    expect(basis.text.slice(span.start, span.end)).toBe('Our stem cell facial lasts forever.');
    const intro = document.body.querySelector('main')!.firstChild!;
    range.setStart(intro, 6);
    range.setEnd(intro, 7);
    expect(spanOfRange(basis, range)).toBeUndefined(); // only the space after "Intro."
    range.setStart(intro, 5);
    expect(spanOfRange(basis, range)).toEqual({ start: 5, end: 6 });
  });

  test('out-of-range spans give no range', () => {
    const basis = readTextBasis(document);
    expect(rangeOfSpan(basis, 5, 5)).toBeUndefined();
    expect(rangeOfSpan(basis, 0, 999)).toBeUndefined();
  });
});
