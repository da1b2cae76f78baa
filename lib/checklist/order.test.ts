import { describe, expect, test } from 'vitest';
import { termById } from '../lexicon/index.ts';
import { askWithQuote, orderQuestions, shortQuote, type PageClaim } from './order.ts';

const claim = (over: Partial<PageClaim>): PageClaim => ({
  termId: 'NONE-99', category: 'PERM', severity: 'medium', quote: 'permanent results', status: 'active', ...over,
});

describe('orderQuestions', () => {
  test('without findings: checklist order, no quotes', () => {
    const order = orderQuestions([]);
    expect(order.map((o) => o.question.id)).toEqual(Array.from({ length: 28 }, (_, i) => `Q${i + 1}`));
    expect(order.every((o) => o.quotes.length === 0)).toBe(true);
  });
  test("a term's own questions come first, quoting the page", () => {
    const term = termById('SCT-01')!;
    const order = orderQuestions([claim({ termId: 'SCT-01', category: 'SCT', severity: 'high', quote: 'stem cell facial' })]);
    expect(order.slice(0, term.ask.length).map((o) => o.question.id)).toEqual([...term.ask].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1))));
    expect(order[0]!.quotes).toEqual(['stem cell facial']);
    expect(order).toHaveLength(28);
    expect(new Set(order.map((o) => o.question.id)).size).toBe(28);
  });
  test('unknown terms fall back to their category questions (PERM: Q24, Q13, Q25)', () => {
    const ids = orderQuestions([claim({})]).slice(0, 3).map((o) => o.question.id);
    expect(ids).toEqual(['Q13', 'Q24', 'Q25']);
  });
  test('suppressed findings do not count', () => {
    expect(orderQuestions([claim({ status: 'suppressed' })])[0]!.question.id).toBe('Q1');
  });
  test('more severe, then more frequent, first', () => {
    const order = orderQuestions([
      claim({ category: 'TEST', severity: 'low', quote: 'before and after' }),
      claim({ category: 'REG', severity: 'high', quote: 'FDA registered' }),
      claim({ category: 'STAT', severity: 'low', quote: '96% success' }),
      claim({ category: 'STAT', severity: 'low', quote: '10,000 patients' }),
    ]);
    const ids = order.map((o) => o.question.id);
    expect(ids.slice(0, 3)).toEqual(['Q14', 'Q15', 'Q16']);
    expect(ids.slice(3, 5)).toEqual(['Q11', 'Q13']);
    expect(ids[5]).toBe('Q12');
    expect(order[3]!.quotes).toEqual(['96% success', '10,000 patients']);
  });
  test('quotes are distinct, at most three', () => {
    const order = orderQuestions(['a', 'A', 'b', 'c', 'd'].map((quote) => claim({ category: 'TEST', quote })));
    expect(order[0]!.quotes).toEqual(['a', 'b', 'c']);
  });
});

describe('quotes', () => {
  test('long quotes are shortened at a word', () => {
    const q = shortQuote(`${'word '.repeat(40)}end`);
    expect(q.length).toBeLessThanOrEqual(121);
    expect(q.endsWith('…')).toBe(true);
  });
  test('"This page says ... Ask: ..."', () => {
    const [first] = orderQuestions([claim({ category: 'TEST', quote: 'real  patient\nstories' })]);
    expect(askWithQuote(first!)).toBe(`This page says 'real patient stories'. Ask: ${first!.question.question}`);
    const plain = orderQuestions([])[0]!;
    expect(askWithQuote(plain)).toBe(plain.question.question);
  });
});
