import { expect, test } from 'vitest';
import { LEXICON } from '../../../lib/lexicon/index.ts';
import { cardContent, sourceHref } from './content.ts';

test.each([
  ['https://www.fda.gov/x', 'https://www.fda.gov/x'],
  ['doi:10.1016/j.stem.2010.06.001', 'https://doi.org/10.1016/j.stem.2010.06.001'],
  ['PMC5442738', 'https://pmc.ncbi.nlm.nih.gov/articles/PMC5442738/'],
  ['javascript:alert(1)', undefined],
  ['http://insecure.example', undefined],
  ['RAPS Regulatory Focus, 11 Sep 2012', undefined],
])('sourceHref(%s)', (url, href) => {
  expect(sourceHref(url)).toBe(href);
});

test('every lexicon term gives a card with an explanation and questions in words', () => {
  for (const term of LEXICON) {
    const card = cardContent({ termId: term.id, category: term.category, severity: term.severity, quote: 'x', rule: `term:${term.id}` });
    expect(card.explanation).toBe(term.explanation);
    expect(card.questions.length).toBeGreaterThan(0);
    for (const q of card.questions) expect(q).not.toMatch(/^Q\d+$/);
    expect(card.rule).toContain(term.term);
  }
});

test('an unknown term falls back to its category', () => {
  const card = cardContent({ termId: 'X-99', category: 'SAFE', severity: 'low', quote: 'q', rule: 'pattern:safety' });
  expect(card.categoryName).toBe('Safety overclaims');
  expect(card.rule).toBe('the claim pattern “safety”');
  expect(card.sources).toEqual([]);
});
