import { describe, expect, test } from 'vitest';
import { detect } from './index.ts';

/** `<termId> <rule>` of each active finding. */
const found = (text: string) => detect(text).filter((f) => f.status === 'active').map((f) => `${f.termId} ${f.rule}`);
/** A page that describes an invasive step, so INV wording counts (rule R5). */
const invasivePage = (sentence: string) => `A fine needle places the serum under the skin.\n\n${sentence}`;

describe('verb classes with their outcomes', () => {
  test.each([
    ['The facial rebuilds tired skin overnight.', 'EFF-04'],
    ['Our laser-free protocol repairs years of damage from within.', 'EFF-04'],
    ['The peel transforms your entire complexion.', 'EFF-04'],
    ['Growth factors nourish the transplanted follicles.', 'EFF-01'],
    ['Our plasma step boosts graft survival.', 'EFF-01'],
    ['Patients notice a huge difference.', 'EFF-06'],
  ])('%j → %s', (text, termId) => {
    expect(found(text).some((r) => r.startsWith(termId))).toBe(true);
  });

  test.each([
    ['Skin renews itself every month.', 'EFF-04'],
    ['The cream protects your clothes from stains.', 'EFF-01'],
    ['Prices differ by a small difference.', 'EFF-06'],
  ])('%j has no %s', (text, termId) => {
    expect(found(text).some((r) => r.startsWith(termId))).toBe(false);
  });
});

describe('invasiveness wording on a page that describes needles (R5)', () => {
  test.each([
    ['Leave the clinic with no visible marks.', 'INV-04'],
    ['There is no cutting at all.', 'INV-04'],
    ['You can head straight back to work.', 'INV-03'],
  ])('%j → %s', (sentence, termId) => {
    expect(found(invasivePage(sentence)).some((r) => r.startsWith(termId))).toBe(true);
    // The same words about a topical serum are accurate.
    expect(found(sentence).some((r) => r.startsWith(termId))).toBe(false);
  });

  test('a second negation cancels it', () => {
    expect(found(invasivePage('It is not true that there are no marks.')).some((r) => r.startsWith('INV-04'))).toBe(false);
  });
});
