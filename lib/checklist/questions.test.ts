import { describe, expect, test } from 'vitest';
import { CATEGORY_CODES } from '../lexicon/types.ts';
import { QUESTIONS, SECTIONS, isQuestionId, questionById, sectionById } from './questions.ts';

describe('checklist questions', () => {
  test('28 questions Q1..Q28 in order, in 8 sections', () => {
    expect(QUESTIONS.map((q) => q.id)).toEqual(Array.from({ length: 28 }, (_, i) => `Q${i + 1}`));
    expect(SECTIONS.map((s) => s.id)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H']);
    expect(new Set(QUESTIONS.map((q) => q.section)).size).toBe(8);
  });
  test.each(QUESTIONS.map((q) => [q.id, q]))('%s has every field filled', (_id, q) => {
    for (const text of [q.short, q.question, q.whyItMatters, q.reassuring, q.redFlag]) {
      expect(text.trim().length).toBeGreaterThan(3);
    }
    expect(q.categories.length).toBeGreaterThan(0);
    for (const c of q.categories) expect(CATEGORY_CODES).toContain(c);
    expect(sectionById(q.section).title).toBeTruthy();
  });
  test('sections come in order A..H', () => {
    const order = QUESTIONS.map((q) => q.section);
    expect([...order].sort()).toEqual(order);
  });
  test('lookup by id', () => {
    expect(questionById('Q14')?.short).toBe('Regulator approval');
    expect(questionById('Q29')).toBeUndefined();
    expect(questionById('__proto__')).toBeUndefined();
    expect(isQuestionId('Q1')).toBe(true);
    expect(isQuestionId('q1')).toBe(false);
    expect(isQuestionId(1)).toBe(false);
  });
});
