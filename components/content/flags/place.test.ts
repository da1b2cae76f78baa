import { beforeEach, expect, test } from 'vitest';
import { describeQuote } from '../../../lib/anchoring/describe.ts';
import { createFlag } from '../../../lib/flags/model.ts';
import { placeFlags } from './place.ts';
import { readTextBasis } from './text-basis.ts';

function page(...paragraphs: string[]) {
  document.body.replaceChildren(...paragraphs.map((text) => Object.assign(document.createElement('p'), { textContent: text })));
}

/** A flag on the current page quoting `quote`. */
function flagFor(quote: string, id: string) {
  const { text } = readTextBasis(document);
  const start = text.indexOf(quote);
  const selectors = describeQuote(text, start, start + quote.length);
  return createFlag({ url: 'https://clinic.example/', title: 't', category: 'other', severity: 'low', note: '', selectors }, id, new Date());
}

beforeEach(() => page('Our clinic offers results that last forever.', 'Ask us about prices and aftercare.'));

test('unchanged page: each flag becomes a Range over its words', () => {
  const flags = [flagFor('results that last forever', 'a'), flagFor('prices and aftercare', 'b')];
  const { placed, orphaned } = placeFlags(readTextBasis(document), flags);
  expect(orphaned).toEqual([]);
  expect([...placed].map(([id, r]) => [id, r.toString()])).toEqual([
    ['a', 'results that last forever'],
    ['b', 'prices and aftercare'],
  ]);
});

test('edited page: placed by fuzzy match; removed words: orphaned, not dropped', () => {
  const flags = [flagFor('results that last forever', 'a'), flagFor('prices and aftercare', 'b')];
  page('New! Our clinic offers results that lasts forever.');
  const { placed, orphaned } = placeFlags(readTextBasis(document), flags);
  expect(placed.get('a')!.toString()).toMatch(/^results that lasts? forever$/);
  expect(orphaned).toEqual(['b']);
});
