import { describe, expect, test } from 'vitest';
import { detect, pageSignals } from './index.ts';

/** Quotes of the active findings in `text`. */
const active = (text: string) => detect(text).filter((f) => f.status === 'active').map((f) => f.quote);
/** Reason (or 'active' / 'none') of the first finding whose quote contains `words`. */
function statusOf(text: string, words: string): string {
  const f = detect(text).find((x) => x.quote.toLowerCase().includes(words));
  return !f ? 'none' : f.status === 'active' ? 'active' : f.reason!;
}

describe('critical lead-in over the list that follows (R7)', () => {
  test.each([
    'Be suspicious of any clinic website that promises:\nPermanent results\nGuaranteed hair regrowth',
    'Warning signs in an advert include:\n\nResults guaranteed\n\nPermanent results after one visit',
  ])('%j: the list items are cancelled', (text) => {
    expect(active(text)).toEqual([]);
  });

  test('a neutral lead-in leaves its list alone', () => {
    expect(active('What our patients get:\nPermanent results\nGuaranteed hair regrowth')).toHaveLength(2);
  });

  test('the scope ends at a long paragraph', () => {
    const text = [
      'Be suspicious of clinics that promise:',
      'Permanent results',
      'We are a small family practice in the town centre and have been treating patients for many years, and we explain every step to each of them before they book a visit with us.',
      'Our results are permanent.',
    ].join('\n');
    expect(active(text)).toEqual(['results are permanent']);
  });

  test.each([
    "Claims like 'reverses ageing' should make you pause.",
    'Watch out for promises such as no side effects.',
  ])('quoted hype in a critical sentence: %j', (text) => {
    expect(active(text)).toEqual([]);
  });
});

describe('not the offer\'s claim', () => {
  test.each([
    ['a contrast that takes the claim back', 'Using your own fat lowers the risk of rejection, but it does not eliminate it.'],
    ['an established drug as the subject', 'Minoxidil can slow hair loss in many men.'],
    ['a field name as the subject', 'Regenerative aesthetics uses the body\'s own repair processes.'],
    ['a field name alone', 'Welcome to the world of regenerative aesthetics.'],
    ['a null result', 'Two trials found little difference between the serum and plain saline.'],
    ['a wish, not a claim', 'This page is for people who want tighter skin.'],
    ['a biology definition', 'Stem cells are unspecialised cells that renew tissue.'],
  ])('%s', (_name, text) => {
    expect(active(text)).toEqual([]);
  });

  test.each([
    ['a contrast that does not take it back', 'Our facial smooths fine lines, but it does not require needles.', 'smooths fine lines'],
    ['a claim after the other product\'s clause', 'Botox wears off, but our treatment reverses the signs of aging.', 'reverses the signs of aging'],
    ['a wish ended by a comma', 'For anyone who wants firmer skin, our facial visibly tightens skin.', 'visibly tightens'],
  ])('still a claim: %s', (_name, text, words) => {
    expect(statusOf(text, words)).toBe('active');
  });
});

describe('clinical page signal', () => {
  const filler = 'The kit is made in our workshop and ships in recycled boxes to every address in the country. ';

  test.each([
    ['price wording on a shop page', `${filler.repeat(3)}Offer ends Sunday. Only 3 left in stock.`],
    ['lasting wording on a garden page', `${filler.repeat(3)}Spring bulbs harvested this week; the drip irrigation kit lasts for years.`],
  ])('%s is not a claim', (_name, text) => {
    expect(pageSignals(text).clinical).toBe(false);
    expect(active(text)).toEqual([]);
  });

  test.each([
    'A small punch biopsy is taken from the scalp.',
    'Fat is harvested from the abdomen under local anaesthetic.',
    'The vitamin drip runs for an hour.',
  ])('invasive wording marks a clinical page: %j', (text) => {
    expect(pageSignals(text).invasive).toBe(true);
  });

  test.each(['The tea infusion is ready.', 'The apples were harvested in October.'])('everyday words do not: %j', (text) => {
    expect(pageSignals(text).invasive).toBe(false);
  });
});

describe('patient-information leaflets weigh treatments up (R7)', () => {
  const leaflet = [
    'This leaflet explains fat grafting to the face.',
    'Fat is taken from the thigh with a cannula and injected where volume has been lost.',
    'Possible complications include infection, lumps and fat that does not survive.',
    'Results vary, and not everyone needs a second session.',
    'Evidence suggests that some of the fat is reabsorbed; long-term data are limited.',
    'Speak to your surgeon about whether it restores volume in your case.',
  ].join('\n\n');

  test('is editorial, so its descriptions are not the page\'s claims', () => {
    expect(pageSignals(leaflet).editorial).toBe(true);
    expect(active(leaflet)).toEqual([]);
  });

  test('a sales page with one line on risks is not', () => {
    const sales = 'Our stem cell facial restores volume in one visit. Book now and save 20%. Possible complications include mild redness. Our happy patients love the glow. Call us today for a free consultation with our team.';
    expect(pageSignals(sales).editorial).toBe(false);
  });
});
