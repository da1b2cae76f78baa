import { describe, expect, test } from 'vitest';
import { detect } from './index.ts';

/** A clinic page around the sentence, so sales wording counts (the `clinical` page signal). */
const onClinicPage = (sentence: string) => `Our exosome facial is given by a nurse with a fine needle.\n\n${sentence}`;
/** `<termId> <rule>` of each active finding (a lexicon term may win the overlap over the pattern). */
const rulesIn = (sentence: string) =>
  detect(onClinicPage(sentence)).filter((f) => f.status === 'active').map((f) => `${f.termId} ${f.rule}`);

describe('price, pressure and figures in free wording', () => {
  test.each([
    ['Take 25% off every peel in March.', 'PRESS-05'],
    ['Two sessions, regularly 600, now 450.', 'PRESS-05'],
    ['Pair it with a scalp booster and save 10%.', 'PRESS-05'],
    ['The spring promotion ends April 30.', 'PRESS-01'],
    ['Prices valid until June 1.', 'PRESS-01'],
    ['This week only: free LED add-on.', 'PRESS-01'],
    ['Just 4 appointments left this month.', 'PRESS-01'],
    ['Limited availability in the new year.', 'PRESS-01'],
    ['Spread the cost with 0% finance.', 'PRESS-06'],
    ['Plans start from as little as 59 a month.', 'PRESS-06'],
    ['Enjoy five nights at a 5-star hotel after surgery.', 'PRESS-04'],
    ['A private interpreter stays with you.', 'PRESS-04'],
    ['92% of clients notice firmer skin.', 'STAT'],
    ['Nine out of 10 women would book again.', 'STAT'],
    ['Grafts grow 3 times faster.', 'STAT'],
    ['The booster gives 5x more volume.', 'STAT'],
    ['Our surgeons have performed more than 12,000 transplants.', 'STAT-03'],
    ['Thousands of happy clients.', 'STAT-03'],
    ['Most people notice thicker hair within 4 months.', 'STAT-06'],
  ])('%j → %s', (sentence, term) => {
    expect(rulesIn(sentence).some((r) => r.startsWith(term))).toBe(true);
  });

  test.each([
    'Aftercare costs are usually 50 or less.',
    'Avoid the sauna for 2 days.',
    'Two of our nurses have 10 years of experience.',
    'The clinic is open from Monday to Friday.',
    'Take one tablet a day for 3 months.',
    'Cut the fabric into a 4x4 grid.',
  ])('no sales claim in %j', (sentence) => {
    expect(rulesIn(sentence).filter((r) => /PRESS|STAT/.test(r))).toEqual([]);
  });

  test('not on a page that is not about treatments', () => {
    const shop = 'Our walking boots are stitched by hand in a small workshop and resoled for free. '.repeat(4);
    const found = detect(`${shop}Take 25% off this week only. Only 3 left. Pay monthly, interest-free.`);
    expect(found.filter((f) => f.status === 'active')).toEqual([]);
  });
});
