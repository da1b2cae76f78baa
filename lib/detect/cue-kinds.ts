/**
 * The kinds of context cue (cues.ts holds their wording). A list of its own
 * so the rules (context.ts) know the kinds without pulling the cue wording,
 * which only the compile path needs, into the content script.
 */
export const CUE_KINDS = [
  'negation', 'pseudo', 'terminator', 'hedge', 'limited', 'wish', 'contrast', 'critical', 'invasive', 'seller', 'editorial',
  'biology', 'history', 'otherProduct', 'subordinate', 'function', 'field', 'notStemCell',
] as const;

export type CueKind = (typeof CUE_KINDS)[number];
