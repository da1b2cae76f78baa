/**
 * A made-up clinic paragraph the background runs the engine over when it
 * starts (detect.ts warmUpEngine), so the first real page does not pay for
 * the engine's cold code. Written for this purpose; it reaches no page.
 */
export const WARM_UP_TEXT = [
  'Our regenerative clinic offers a stem cell facial and exosome therapy with permanent results.',
  'Every treatment is FDA approved, completely safe and has no side effects, our doctors say.',
  'Clinical studies prove a 95% success rate; patients look ten years younger after one session.',
  'This is not a cure, and we cannot promise results: ask your doctor whether it may help you.',
  'Book today, spaces are limited and the 30% discount ends this week. Injections under local anaesthetic.',
  'Researchers warn that unproven stem cell clinics sell treatments the FDA has not approved.',
].join(' ');
