import { describe, expect, test } from 'vitest';
import { CONTEXT_LENGTH, MIN_FUZZY_SCORE, anchorQuote, describeQuote } from './index.ts';

const PAGE =
  'Welcome to the Harbour Skin Studio. Our signature treatment offers permanent results after a single visit. ' +
  'Every client is different, and we talk through the risks with you first. ' +
  'Book a consultation with our team to learn more about the options available.';

const span = (text: string, quote: string, from = 0) => {
  const start = text.indexOf(quote, from);
  if (start < 0) throw new Error(`fixture lacks ${quote}`);
  return [start, start + quote.length] as const;
};

describe('describeQuote', () => {
  test('keeps the exact text, 32 characters of context and the offsets', () => {
    const [start, end] = span(PAGE, 'permanent results');
    const [quote, position] = describeQuote(PAGE, start, end);
    expect(quote).toEqual({
      type: 'TextQuoteSelector',
      exact: 'permanent results',
      prefix: PAGE.slice(start - CONTEXT_LENGTH, start),
      suffix: PAGE.slice(end, end + CONTEXT_LENGTH),
    });
    expect(quote.prefix).toBe(' Our signature treatment offers ');
    expect(quote.prefix).toHaveLength(CONTEXT_LENGTH);
    expect(quote.suffix).toHaveLength(CONTEXT_LENGTH);
    expect(position).toEqual({ type: 'TextPositionSelector', start, end });
  });

  test('context is cut at the ends of the text', () => {
    const [quote] = describeQuote('short text', 0, 5);
    expect(quote).toMatchObject({ exact: 'short', prefix: '', suffix: ' text' });
  });

  test.each([
    [5, 5],
    [-1, 3],
    [3, 99],
    [6, 2],
    [1.5, 3],
  ])('refuses the span %d..%d', (start, end) => {
    expect(() => describeQuote('short text', start, end)).toThrow(RangeError);
  });
});

describe('anchorQuote', () => {
  test('finds an unchanged quote exactly', () => {
    const [start, end] = span(PAGE, 'talk through the risks');
    const anchor = anchorQuote(PAGE, describeQuote(PAGE, start, end));
    expect(anchor).toMatchObject({ start, end });
    expect(anchor!.score).toBeCloseTo(1, 5);
  });

  test('finds the quote exactly after text was added before it', () => {
    const [start, end] = span(PAGE, 'permanent results');
    const selectors = describeQuote(PAGE, start, end);
    const changed = 'New for spring: gift vouchers. ' + PAGE;
    const anchor = anchorQuote(changed, selectors);
    expect(changed.slice(anchor!.start, anchor!.end)).toBe('permanent results');
    expect(anchor!.start).toBe(start + 31);
  });

  // The same words three times; only the context tells which one was flagged.
  const REPEATED =
    'Clinic A says: no downtime at all, back to work today. ' +
    'Clinic B says: no downtime at all, though bruising is common. ' +
    'Clinic C says: no downtime at all, guaranteed for every patient.';

  test.each([0, 1, 2])('repeated quotes: prefix and suffix pick occurrence %d', (which) => {
    let from = 0;
    for (let i = 0; i < which; i++) from = REPEATED.indexOf('no downtime at all', from) + 1;
    const [start, end] = span(REPEATED, 'no downtime at all', from);
    const selectors = describeQuote(REPEATED, start, end);
    // Move the text around so the old position alone would mislead.
    const shifted = 'Compare three clinics side by side before you decide anything. ' + REPEATED;
    expect(anchorQuote(shifted, selectors)!.start).toBe(start + 63);
  });

  test('repeated quotes: context beats a stale position', () => {
    const [start, end] = span(REPEATED, 'no downtime at all', REPEATED.indexOf('Clinic C'));
    const selectors = describeQuote(REPEATED, start, end);
    // Clinic C now comes first, so another occurrence sits nearer the old offset.
    const reordered = REPEATED.slice(REPEATED.indexOf('Clinic C')) + ' ' + REPEATED.slice(0, REPEATED.indexOf('Clinic C'));
    const anchor = anchorQuote(reordered, selectors)!;
    expect(anchor.start).toBe(reordered.indexOf('no downtime at all'));
  });

  test.each([
    ['one word changed', 'permanent results', 'permanent result'],
    ['a typo fixed', 'permanent results', 'permanant results'],
    ['punctuation added', 'permanent results', 'permanent, results'],
  ])('fuzzy: %s', (_label, original, edited) => {
    const source = PAGE.replace('permanent results', original);
    const [start, end] = span(source, original);
    const selectors = describeQuote(source, start, end);
    const changed = PAGE.replace('permanent results', edited).replace('Welcome to', 'Hello and welcome to');
    const anchor = anchorQuote(changed, selectors)!;
    expect(anchor).not.toBeNull();
    expect(anchor.score).toBeGreaterThanOrEqual(MIN_FUZZY_SCORE);
    expect(changed.slice(anchor.start, anchor.end)).toContain(edited.slice(0, 9));
    expect(anchor.start).toBe(changed.indexOf(edited));
  });

  test('fuzzy: context edited around a slightly changed quote', () => {
    const [start, end] = span(PAGE, 'offers permanent results after a single visit');
    const selectors = describeQuote(PAGE, start, end);
    const changed = PAGE.replace('Our signature treatment offers permanent results after a single visit', 'Our popular signature treatment offers permanent results after just a single visit');
    const anchor = anchorQuote(changed, selectors)!;
    expect(changed.slice(anchor.start, anchor.end)).toMatch(/^offers permanent results after just a single visit/);
  });

  test.each([
    ['sentence removed', PAGE.replace('Our signature treatment offers permanent results after a single visit. ', '')],
    ['page replaced', 'This page has moved. Please see our new site for opening hours and prices.'],
    ['empty page', ''],
  ])('orphan when the quote is gone: %s', (_label, changed) => {
    const [start, end] = span(PAGE, 'permanent results after a single visit');
    expect(anchorQuote(changed, describeQuote(PAGE, start, end))).toBeNull();
  });
});
