/**
 * Generates the benchmark pages: clinic-like marketing text written for the
 * benchmark (not taken from the evaluation corpus), deterministic for a seed,
 * in headings, paragraphs and lists, with inline elements (<b>, <a>, <span>,
 * <em>) cutting through sentences and claims the way real page builders do.
 */

/** A small seeded generator (mulberry32): same seed, same page. */
export function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TREATMENTS = ['stem cell facial', 'exosome facial', 'PRP hair treatment', 'fat transfer', 'laser resurfacing',
  'microneedling session', 'thread lift', 'stem cell hair restoration', 'dermal filler appointment', 'chemical peel'];
const PLACES = ['our Harbour Street clinic', 'the new treatment suite', 'our city centre practice', 'the upstairs lounge'];
const STAFF = ['Dr Alvarez', 'our nurse practitioner', 'the aesthetic team', 'Dr Okafor', 'our skin therapist'];

/** Plain, non-claim sentences: most of any real page. */
const NEUTRAL = [
  'Parking is available behind {place}, and the entrance has step-free access.',
  'Your first visit starts with a conversation with {staff} about what you hope to change.',
  'We are open from nine until six on weekdays and until two on Saturdays.',
  'Please bring a list of any medicines you take, including vitamins and supplements.',
  'A {treatment} usually takes between forty minutes and an hour from start to finish.',
  'Most people book a follow-up visit about six weeks after their {treatment}.',
  '{staff} trained in dermatology before joining the practice in 2019.',
  'You can pay by card or bank transfer, and receipts are sent by e-mail.',
  'Avoid strong sun for a few days, and use a broad-spectrum sunscreen every morning.',
  'The waiting area has tea, coffee and a small library of magazines.',
  'If you need to move your appointment, let reception know a day ahead.',
  'Photos taken during the consultation stay in your patient file and are never shared.',
  'Some redness and mild swelling after a {treatment} are common and settle on their own.',
  'We will explain every step before we begin, and you can stop at any time.',
  'Children are welcome in the waiting room when accompanied by an adult.',
  'Gift vouchers can be used for any consultation or skincare product in the shop.',
  'The practice is registered with the local health authority and inspected every year.',
  'Our newsletter comes out once a month with opening hours and staff news.',
];

/** Sentences with a claim a scanner should notice (kept to a realistic share). */
const CLAIMS = [
  'Our {treatment} gives permanent results that you will love.',
  'The {treatment} is FDA-approved and completely safe.',
  'Enjoy smoother skin with no downtime and no side effects.',
  'Results are guaranteed, or we repeat the session at no cost.',
  'Clinically proven to reverse the signs of ageing in just one visit.',
  'The {treatment} regrows hair where other treatments have failed.',
  'Live stem cells rebuild collagen from within for a lifetime of youthful skin.',
  'Our patients look ten years younger after a single treatment.',
  'This painless, non-invasive {treatment} is a natural alternative to a facelift.',
  'Book this week only: the offer ends on Sunday and places are limited.',
  'Backed by science, our exosome serum is packed with growth factors.',
  'A 98% success rate makes this the number one clinic in the region.',
];

/** Mentions that are not claims: negated, hedged, questioned or critical. */
const NON_CLAIMS = [
  'No treatment can promise permanent results, and we will not pretend otherwise.',
  'The {treatment} may improve skin texture for some patients.',
  'Are the results permanent? Ask us to show you follow-up data.',
  'Beware of clinics that call every product FDA-approved.',
];

const INLINE = ['b', 'em', 'span', 'a'] as const;

function fill(template: string, pick: <T>(list: readonly T[]) => T): string {
  return template
    .replace('{treatment}', () => pick(TREATMENTS))
    .replace('{place}', () => pick(PLACES))
    .replace('{staff}', () => pick(STAFF));
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Wraps one or two words of the sentence in an inline element, often cutting
 * a claim in two ("permanent <b>results</b>").
 */
function splitInline(sentence: string, rnd: () => number): string {
  const words = sentence.split(' ');
  if (words.length < 4 || rnd() < 0.35) return escapeText(sentence);
  const start = 1 + Math.floor(rnd() * (words.length - 2));
  const length = rnd() < 0.5 ? 1 : 2;
  const tag = INLINE[Math.floor(rnd() * INLINE.length)]!;
  const open = tag === 'a' ? '<a href="#book">' : tag === 'span' ? '<span class="hl">' : `<${tag}>`;
  const before = escapeText(words.slice(0, start).join(' '));
  const inside = escapeText(words.slice(start, start + length).join(' '));
  const after = escapeText(words.slice(start + length).join(' '));
  return `${before} ${open}${inside}</${tag}>${after ? ' ' + after : ''}`;
}

/** Picks a sentence: about 1 in 9 is a claim, 1 in 25 a mention that is not. */
function sentence(rnd: () => number, pick: <T>(list: readonly T[]) => T): string {
  const roll = rnd();
  const source = roll < 0.11 ? CLAIMS : roll < 0.15 ? NON_CLAIMS : NEUTRAL;
  return fill(pick(source), pick);
}

/** Counts the characters of text the markup holds (what textContent would give, near enough). */
function textLength(html: string): number {
  return html.replace(/<[^>]*>/g, '').replace(/&(amp|lt|gt);/g, '&').length;
}

/**
 * A complete HTML document holding about `targetChars` characters of text,
 * always the same for the same size and seed. `head` is extra markup for the
 * head (the highlight sheet, see highlight-sheet.ts). This module is bundled
 * into the page too, so it must not use Node APIs.
 */
export function generatePage(targetChars: number, seed = 1, head = ''): string {
  const rnd = random(seed ^ targetChars);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const parts: string[] = [];
  let chars = 0;
  let section = 0;
  const add = (html: string) => {
    parts.push(html);
    chars += textLength(html);
  };
  while (chars < targetChars) {
    section += 1;
    add(`<section><h2>${escapeText(pick(TREATMENTS))}: part ${section}</h2>`);
    const paragraphs = 2 + Math.floor(rnd() * 3);
    for (let p = 0; p < paragraphs; p++) {
      const count = 3 + Math.floor(rnd() * 4);
      const sentences = Array.from({ length: count }, () => splitInline(sentence(rnd, pick), rnd));
      add(`<p>${sentences.join(' ')}</p>`);
    }
    if (rnd() < 0.5) {
      const items = Array.from({ length: 3 + Math.floor(rnd() * 3) }, () => `<li>${splitInline(sentence(rnd, pick), rnd)}</li>`);
      add(`<ul>${items.join('')}</ul>`);
    }
    parts.push('</section>');
  }
  return [
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Riverside Aesthetics (benchmark page)</title>' + head + '</head><body>',
    '<header><nav><a href="#treatments">Treatments</a> <a href="#prices">Prices</a> <a href="#book">Book</a></nav>',
    '<h1>Riverside Aesthetics</h1></header><main>',
    ...parts,
    '</main><footer><p>Riverside Aesthetics, 12 Harbour Street. Benchmark text, generated.</p></footer></body></html>',
  ].join('\n');
}

/** One extra paragraph for the incremental rescan: two claims, one neutral sentence. */
export function extraParagraphText(): string[] {
  return [
    'New this month: our stem cell facial gives permanent results',
    ' with no downtime. ',
    'Ask reception about evening appointments.',
  ];
}
