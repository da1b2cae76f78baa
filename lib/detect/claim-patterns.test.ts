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
    ['Within a month, crow\'s feet soften.', 'EFF-02'],
    ['Stretch marks fade after the course.', 'EFF-05'],
    ['Large pores shrink.', 'EFF-05'],
    ['After the course, your hair comes back stronger.', 'EFF-06'],
    ['The difference is noticeable after your first session.', 'EFF-06'],
    ['The filler-free method plumps sunken cheeks.', 'EFF-07'],
    ['The treatment gives a natural lift.', 'EFF-07'],
    ['The serum works at the deepest level.', 'BIO-05'],
    ['Get your glow back in one visit.', 'EFF-03'],
    ['Our drip brings tired skin back to life.', 'EFF-03'],
    ['The protocol works where minoxidil has failed.', 'EFF-08'],
    ['Skin is visibly firmer after a week.', 'EFF-06'],
  ])('%j → %s', (text, termId) => {
    expect(found(text).some((r) => r.startsWith(termId))).toBe(true);
  });

  test.each([
    ['Skin renews itself every month.', 'EFF-04'],
    ['The cream protects your clothes from stains.', 'EFF-01'],
    ['Prices differ by a small difference.', 'EFF-06'],
    ['Understanding hair loss at the cellular level.', 'BIO-05'],
    ['Burn healing takes weeks.', 'EFF-05'],
    ['The lift in our building is out of order.', 'EFF-07'],
    ['Get your coat back from the cloakroom.', 'EFF-03'],
    ['Our team works where the patients live.', 'EFF-08'],
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
