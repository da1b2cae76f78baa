import { describe, expect, test } from 'vitest';
import { blockText } from './test-texts.ts';
import { addTally, decide, detect, emptyTally, pageSignals, prepare, signalsFromTally, type PageSignals } from './index.ts';

// Texts written for this test: a clinic page, an article that weighs the
// same treatments up, a shop page, and one with invasive wording.
const CLINIC = [
  'Stem Cell Facial at Our Clinic',
  'Our stem cell facial regrows collagen and gives permanent results with no downtime.',
  'Book now: 40% off this week only! Results guaranteed or your money back.',
  'The treatment may reduce wrinkles in some patients. It is not a permanent solution.',
  'What is a stem cell facial?',
];
const ARTICLE = [
  'Do stem cell facials work?',
  'Critics say clinics overstate what a stem cell facial can do, and researchers told us the evidence is limited.',
  'According to regulators, claims like "regrows collagen" or "permanent results" are not proven.',
  'More research is needed, the study said; consumers should be sceptical of any guarantee.',
];
const SHOP = ['Trail shoes', 'Free delivery, 40% off today only. Add to cart: limited stock!'];
const INVASIVE = ['PRP hair restoration', 'We draw blood, spin it in a centrifuge and inject the platelets into the scalp.', 'Visible regrowth in three months.'];

const page = blockText;

const PAGES = { CLINIC, ARTICLE, SHOP, INVASIVE };
const SIGNALS: PageSignals[] = [
  { invasive: false, editorial: false, clinical: true },
  { invasive: true, editorial: false, clinical: true },
  { invasive: false, editorial: true, clinical: true },
  { invasive: false, editorial: false, clinical: false },
];

describe('prepare + decide give what detect gives', () => {
  test.each(Object.entries(PAGES))('%s', (_, parts) => {
    const { text, blocks } = page(parts);
    for (const signals of SIGNALS) {
      expect(decide(prepare(text, blocks), signals)).toEqual(detect(text, { blocks, page: signals }));
      expect(decide(prepare(text), signals)).toEqual(detect(text, { page: signals }));
    }
    // The page's own signals, as the scanner works them out.
    const own = pageSignals(text);
    expect(decide(prepare(text, blocks), own)).toEqual(detect(text, { blocks, page: own }));
  });

  test('a prepared text can be decided twice, under different signals', () => {
    const { text, blocks } = page(CLINIC);
    const prepared = prepare(text, blocks);
    const first = decide(prepared, SIGNALS[0]!);
    decide(prepared, SIGNALS[3]!);
    expect(decide(prepared, SIGNALS[0]!)).toEqual(first);
  });

  test('decide refuses what prepare did not make', () => {
    expect(() => decide({ text: 'x', tally: emptyTally() }, SIGNALS[0]!)).toThrow(TypeError);
  });
});

describe('signal tallies', () => {
  test.each(Object.entries(PAGES))('%s: the tally gives pageSignals', (_, parts) => {
    const { text } = page(parts);
    expect(signalsFromTally(prepare(text).tally)).toEqual(pageSignals(text));
  });

  test('the pages are different kinds of page (so the tests above can fail)', () => {
    const kinds = Object.values(PAGES).map((parts) => pageSignals(page(parts).text));
    expect(kinds).toEqual([
      { invasive: false, editorial: false, clinical: true },
      { invasive: false, editorial: true, clinical: true },
      { invasive: false, editorial: false, clinical: false },
      { invasive: true, editorial: false, clinical: true },
    ]);
  });

  test.each(Object.entries(PAGES))('%s: tallies of paragraphs add up to the whole', (_, parts) => {
    const { text, blocks } = page(parts);
    const whole = prepare(text).tally;
    expect(prepare(text, blocks).tally).toEqual(whole);
    const sum = parts.reduce((into, part) => addTally(into, prepare(part).tally), emptyTally());
    expect(sum).toEqual(whole);
    // Batches of several paragraphs, as the scanner reads a long page.
    const halves = [page(parts.slice(0, 2)), page(parts.slice(2))];
    const batches = halves.reduce((into, half) => addTally(into, prepare(half.text, half.blocks).tally), emptyTally());
    expect(batches).toEqual(whole);
    expect(signalsFromTally(sum)).toEqual(pageSignals(text));
  });

  test('a mixed page: one editorial article among clinic pages is outweighed', () => {
    const parts = [...ARTICLE, ...CLINIC, ...CLINIC, ...CLINIC, ...INVASIVE];
    const sum = parts.reduce((into, part) => addTally(into, prepare(part).tally), emptyTally());
    expect(signalsFromTally(sum)).toEqual(pageSignals(page(parts).text));
  });

  test('addTally adds into its first argument and returns it', () => {
    const into = emptyTally();
    const more = { tokens: 3, critical: 1, editorial: 2, invasive: 0, clinicalTerms: 4 };
    expect(addTally(into, more)).toBe(into);
    expect(addTally(into, more)).toEqual({ tokens: 6, critical: 2, editorial: 4, invasive: 0, clinicalTerms: 8 });
    expect(more.tokens).toBe(3);
  });
});
