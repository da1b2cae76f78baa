/**
 * Words that must never produce a finding on their own (domain reference
 * §1.3). They are everywhere on ordinary pages, so they only count inside a
 * lexicon pattern ("very safe", "permanent results"), never alone. The engine
 * uses this list to reject bare hits and the lexicon test uses it to keep
 * bare generic words out of the variants.
 */
export interface GenericWordGroup {
  /** What the words have in common. */
  group: string;
  /** Why a bare occurrence is not a claim. */
  reason: string;
  words: readonly string[];
}

export const GENERIC_WORDS: readonly GenericWordGroup[] = [
  {
    group: 'qualities and outcomes',
    reason: 'Ordinary describing words; they only mislead inside a claim such as "very safe" or "success rate".',
    words: [
      'natural', 'natural-looking', 'safe', 'safety', 'effective', 'advanced', 'innovative', 'modern', 'gentle',
      'soothing', 'comfortable', 'youthful', 'glow', 'radiance', 'rejuvenate', 'renew', 'refresh', 'revitalize',
      'revitalise', 'results', 'result', 'success', 'proven',
    ],
  },
  {
    group: 'science and treatment nouns',
    reason: 'Naming the biology or a treatment is not a claim; a mechanism explanation uses these words honestly.',
    words: [
      'stem cell', 'stem cells', 'cells', 'cell', 'growth factors', 'collagen', 'elastin', 'regenerative medicine',
      'exosome', 'exosomes', 'PRP',
    ],
  },
  {
    group: 'credentials and process',
    reason: 'Usually accurate descriptions ("registered nurse", "approved financing", "free trial", an FDA warning).',
    words: [
      'minimally invasive', 'clinic', 'doctor', 'specialist', 'certified', 'board-certified', 'registered', 'approved',
      'FDA', 'study', 'studies', 'trial', 'lab',
    ],
  },
  {
    group: 'words with everyday meanings',
    reason: 'Common in shopping, reviews and news: "price-match guarantee", "permanent residency", "forever grateful", "the miracle of life".',
    words: ['guarantee', 'guaranteed', 'permanent', 'forever', 'miracle', 'magic', 'breakthrough', 'lifetime'],
  },
];

/** Every generic word, lower-cased, for quick lookup. */
export const GENERIC_WORD_SET: ReadonlySet<string> = new Set(
  GENERIC_WORDS.flatMap((g) => g.words.map((w) => w.toLowerCase())),
);
