import type { Severity } from '../lexicon/types.ts';

/**
 * Free-wording claims: a claim verb with the outcome it promises, within one
 * clause ("stimulates collagen production", "restores thinning hair"). Each
 * rule is small and named, and maps to the lexicon term that explains it.
 * Verb and outcome classes are shared word lists, not phrases: any verb of a
 * class with any outcome of the class it promises makes the claim.
 */
export interface ClaimPattern {
  /** Shown as `pattern:<name>` in findings. */
  name: string;
  termId: string;
  patterns: string[];
  severity?: Severity;
  selfNegating?: boolean;
}

const alt = (...words: string[]) => `(${words.join('|')})`;

/** Verbs that promise more of something. */
const BOOST = alt(
  'stimulate', 'boost', 'promote', 'enhance', 'increase', 'improve', 'accelerate', 'speed up', 'trigger', 'activate',
  'kickstart', 'kick start', 'jumpstart', 'jump start', 'encourage', 'strongly support', 'strengthen', 'amplify',
  'maximize', 'optimize', 'supercharge', 'induce', 'fuel', 'spark', 'ignite', 'upregulate', 'up regulate', 'drive',
);
/** Verbs that promise getting back what was lost. */
const RESTORE = alt(
  'restore', 'revive', 'reactivate', 'rebuild', 'regenerate', 'remodel', 'replenish', 'regrow', 'reawaken',
  'awaken', 'wake up', 'reconstruct', 'reinvigorate',
);
/** Verbs that promise less of a problem. */
const REDUCE = alt(
  'reduce', 'minimize', 'diminish', 'eliminate', 'erase', 'remove', 'banish', 'smooth', 'smooth out', 'soften',
  'fade', 'fight', 'combat', 'reverse', 'slow', 'slow down', 'delay', 'prevent', 'correct', 'treat', 'target',
  'tackle', 'tighten', 'lessen', 'decrease', 'lighten', 'clear', 'get rid of', 'counteract', 'refine', 'improve',
  'repair', 'heal', 'address', 'protect against', 'defy', 'halt', 'stop', 'battle', 'conquer', 'beat',
);
/** Adjectives of a promised look. */
const BETTER_LOOK = alt(
  'smoother', 'firmer', 'tighter', 'brighter', 'younger', 'younger looking', 'more youthful', 'plumper',
  'healthier', 'clearer', 'radiant', 'glowing', 'more even', 'more even toned', 'softer', 'thicker', 'fuller',
  'denser', 'stronger', 'flawless', 'rejuvenated',
);

const COLLAGEN = alt('collagen', 'elastin', 'hyaluronic acid', 'fibroblast', 'collagen and elastin framework');
const HAIR = alt(
  'hair growth', 'hair regrowth', 'new hair', 'new growth', 'hair density', 'hair thickness', 'hair count',
  'hair follicles', 'follicles', 'dormant follicles', 'follicle', 'scalp health', 'hair growth cycle', 'hair cycle',
  'thinning hair', 'thinning areas', 'bald areas', 'balding areas', 'bald spots', 'hairline', 'hair', 'hair shaft',
  'hair loss', 'alopecia', 'baldness', 'follicle regeneration',
);
const AGING = alt(
  'aging', 'signs of aging', 'effects of aging', 'aging process', 'wrinkles', 'fine lines', 'lines', 'aging lines',
  "crow's feet", 'sagging', 'sagging skin', 'age spots', 'sun damage', 'uv damage', 'photoaging', 'skin aging',
  'aging skin', 'laxity', 'skin laxity', 'senescence', 'facial wrinkles', 'expression lines', 'frown lines',
  'smile lines', 'aged skin', 'the clock',
);
const SKIN = alt(
  'skin texture', 'texture', 'skin tone', 'tone', 'skin quality', 'skin health', 'skin elasticity', 'elasticity',
  'firmness', 'skin firmness', 'moisture', 'hydration', 'complexion', 'radiance', 'glow', 'youthful glow',
  'skin smoothness', 'smoothness', 'pores', 'appearance of your skin', 'dermal thickness', 'tightness', 'volume',
  'youthful volume', 'youthful look', 'youthful appearance', 'youthful contour', 'contour', 'plumpness',
  'skin structure', 'structure of your skin', 'facial volume', 'skin barrier', 'youthful look',
);
const SCARS = alt(
  'scars', 'acne scars', 'scarring', 'scar tissue', 'stretch marks', 'hyperpigmentation', 'pigmentation',
  'blemishes', 'discoloration', 'dark spots', 'melasma', 'rosacea', 'redness', 'inflammation', 'wounds', 'burns',
  'damaged tissue', 'damaged skin', 'uneven skin tone', 'color irregularities', 'acne', 'surgical scars',
  'facial scars', 'cellulite', 'dark circles', 'puffiness', 'eczema', 'psoriasis',
);
const HEALING = alt('healing', 'healing process', 'recovery', 'wound healing', 'tissue repair', 'repair', 'tissue healing');
const CELLS = alt(
  'cell turnover', 'cellular renewal', 'cellular regeneration', 'cellular repair', 'cell renewal', 'cell regeneration',
  'cell growth', 'skin cells', 'new cells', 'new skin cells', 'new blood vessels', 'regeneration',
  'tissue regeneration', 'new tissue', 'renewal', 'turnover', 'damaged cells', 'cellular function',
  'cell function', 'gene expression',
);
const BODY_POWER = alt('process', 'mechanism', 'power', 'ability', 'system', 'capacity', 'response', 'potential', 'property', 'capabilities');
const HEAL_WORD = alt('healing', 'repair', 'regenerative', 'regeneration', 'restorative', 'self healing', 'rejuvenating');
const TREATMENTS = alt(
  'botox', 'fillers', 'filler', 'surgery', 'facelift', 'facelifts', 'face lift', 'plastic surgery', 'hair transplant',
  'hair transplants', 'transplant', 'transplantation', 'injections', 'maintenance', 'lasers', 'laser treatments',
  'chemical peels', 'microneedling alone', 'prp', 'prp therapy', 'minoxidil', 'finasteride', 'medication',
  'other treatments', 'traditional treatments', 'conventional treatments', 'cosmetic procedures',
  'invasive procedures', 'surgical procedures', 'other procedures', 'maintenance procedures',
);
const HARM = alt(
  'rejection', 'allergic reaction', 'allergic reactions', 'reaction', 'reactions', 'side effects', 'adverse effects',
  'adverse reactions', 'complications', 'infection', 'infections', 'pain', 'inflammation', 'scarring',
  'immune response', 'immune reaction', 'allergy', 'allergies', 'adverse events', 'downtime', 'bruising',
);

export const CLAIM_PATTERNS: readonly ClaimPattern[] = [
  { name: 'collagen', termId: 'EFF-04', patterns: [`${BOOST} ... ${COLLAGEN}`, `${RESTORE} ... ${COLLAGEN}`, `${COLLAGEN} (production|synthesis) (is|are) ${alt('boosted', 'stimulated', 'increased', 'enhanced', 'restored')}`] },
  {
    name: 'skin-quality', termId: 'EFF-04',
    patterns: [`${BOOST} ... ${SKIN}`, `${RESTORE} ... ${SKIN}`, `${alt('improvement', 'improvements', 'improved', 'enhanced', 'better', 'increase', 'increased')} (in|of) ... ${SKIN}`, `${alt('improved', 'enhanced', 'increased', 'better')} ${SKIN}`, `(fundamentally|dramatically|significantly|markedly) ${alt('improve', 'transform', 'change')} [the] ... ${SKIN}`],
  },
  {
    name: 'hair-growth', termId: 'EFF-01',
    patterns: [`${BOOST} ... ${HAIR}`, `${RESTORE} ... ${HAIR}`, `${alt('produce', 'grow', 'achieve', 'get', 'enjoy', 'see', 'producing')} ... ${alt('thicker', 'fuller', 'denser', 'healthier', 'stronger')} ... hair`, `${alt('alopecia', 'hair loss', 'thinning hair', 'balding')} (respond|responds) (well|favorably|favourably)`, `${alt('sustainable', 'lasting', 'long term', 'durable')} (hair regrowth|hair growth)`],
  },
  {
    name: 'anti-aging', termId: 'EFF-02',
    patterns: [`${REDUCE} ... ${AGING}`, `${AGING} (is|are|will be|get|gets) [visibly|noticeably|significantly|dramatically|greatly] ${alt('reduced', 'diminished', 'erased', 'smoothed', 'softened', 'eliminated', 'minimized', 'reversed', 'slowed')}`, `(anti aging|anti wrinkle) (effect|effects|benefits|properties|treatment)`, `anti senescence [effect]`],
  },
  { name: 'scars-and-marks', termId: 'EFF-05', patterns: [`${REDUCE} ... ${SCARS}`, `${RESTORE} ... ${SCARS}`, `effective ${alt('scar', 'acne', 'wrinkle', 'pigmentation')} (improvement|treatment|reduction|removal)`] },
  { name: 'healing', termId: 'EFF-05', patterns: [`${BOOST} ... ${HEALING}`, `(faster|quicker|accelerated|enhanced|improved) ${HEALING}`, `${RESTORE} [damaged] (tissue|tissues|damaged tissues)`] },
  {
    name: 'cell-renewal', termId: 'BIO-05',
    patterns: [`${BOOST} ... ${CELLS}`, `${RESTORE} ... ${CELLS}`, `${BOOST} [the] growth of [new] ... (cells|blood vessels|tissue|skin)`, `${BOOST} (them|it|cells|follicles|the skin|your skin) to (regenerate|grow|heal|repair|renew|produce|rejuvenate)`, `(form|create|generate|grow|build|produce|restore) new [healthy] (tissue|cells|blood vessels|skin cells)`, `cellular (restoration|rejuvenation|renewal)`, `(at|on) a cellular level`, `(reprogram|reprograms|reprogramming) [the] ... cells`],
  },
  {
    name: 'natural-healing', termId: 'BIO-07',
    patterns: [
      `${alt('stimulate', 'harness', 'utilize', 'use', 'work with', 'activate', 'boost', 'trigger', 'tap into', 'leverage', 'unlock', 'enhance', 'amplify', 'accelerate', 'support', 'promote', 'jumpstart', 'kickstart', 'awaken', 'mobilize', 'engage')} [the] [your] [body's] ... ${HEAL_WORD} ${BODY_POWER}`,
      `(natural|own) ${HEAL_WORD} ${BODY_POWER} (is|are) ${alt('stimulated', 'activated', 'triggered', 'boosted', 'enhanced', 'harnessed', 'awakened', 'accelerated')}`,
    ],
  },
  { name: 'regenerative-potential', termId: 'BIO-04', patterns: [`${BOOST} [the] ... regenerative (potential|capacity|effect|effects|power|properties)`, `(promote|promotes|encourage|stimulate|trigger|drive) regeneration`] },
  {
    name: 'better-than-care', termId: 'EFF-08',
    patterns: [
      `(significantly|much|far|markedly|dramatically|considerably) (better|more effective|superior|longer lasting) (than|to)`,
      `${alt('reduce', 'eliminate', 'avoid', 'lessen', 'minimize', 'decrease', 'remove')} the need for ... ${TREATMENTS}`,
      `${alt('alternative', 'alternatives')} ... ${TREATMENTS}`, `(groundbreaking|revolutionary|superior|better|natural|effective|safer) alternative`,
      `(in contrast to|unlike|compared to|compared with) ... ${TREATMENTS}`, `step ahead of`, `(last|lasts|lasting) [much] longer than`,
      `better (results|survival|outcomes|treatment|efficacy)`,
    ],
  },
  {
    name: 'impressive-results', termId: 'EFF-06',
    patterns: [
      `${alt('outstanding', 'excellent', 'exceptional', 'amazing', 'impressive', 'remarkable', 'dramatic', 'significant', 'noticeable', 'visible', 'marked', 'fantastic', 'stunning', 'spectacular', 'unmatched', 'unparalleled', 'incredible', 'astonishing', 'phenomenal', 'superior')} ${alt('result', 'improvement', 'outcome', 'benefit', 'effect', 'transformation', 'difference')}`,
      `(visibly|noticeably|dramatically|significantly|markedly|instantly|immediately) ${alt('improve', 'reduce', 'enhance', 'lift', 'tighten', 'rejuvenate', 'smooth', 'plump', 'brighten', 'firm', 'transform')}`,
      `${BETTER_LOOK} ... (skin|complexion|look|appearance|face|hair)`,
      `(look|looking|feel|feeling) ${alt('younger', 'more youthful', 'years younger', 'rejuvenated', 'refreshed', 'younger and healthier')}`,
      `(complete|total|full|comprehensive) [facial] rejuvenation`, `(quick|fast|simple|easy) and effective`,
      `(highly|extremely|very|incredibly|remarkably|exceptionally) (effective|successful|efficient)`,
      `(skin|complexion) like a baby`, `(dramatic|significant) [facial] volumization`,
    ],
  },
  {
    name: 'many-conditions', termId: 'EFF-10',
    patterns: [`(treat|address|target|tackle|improve) (a|various|many|multiple|numerous|all) ... (skin concerns|concerns|conditions|skin conditions|problems|issues|skin issues|problematic areas)`, `(treat|treats|treating) ... (stroke|heart failure|alzheimer's|spinal cord injury|autism|parkinson's|diabetes|arthritis)`],
  },
  {
    name: 'reduced-risk', termId: 'SAFE-03',
    patterns: [`${alt('minimize', 'reduce', 'reduced', 'lower', 'eliminate', 'remove', 'avoid', 'no', 'zero', 'decrease', 'lessen', 'minimal')} [the] ${alt('risk', 'risks', 'likelihood', 'chance', 'chances', 'possibility')} of ... ${HARM}`],
  },
  {
    name: 'safety-assurance', termId: 'SAFE-04',
    patterns: [
      `${alt('quick', 'natural', 'pure', 'gentle', 'effective', 'simple', 'easy', 'autologous', 'biocompatible')} and safe`,
      `safe and ${alt('low risk', 'effective', 'natural', 'gentle', 'painless', 'simple', 'quick', 'well tolerated', 'reliable')}`,
      `(pure|autologous|acellular|biocompatible) ... safe`,
      `safety (is|are) [greatly|significantly] ${alt('enhanced', 'improved', 'increased', 'guaranteed', 'ensured', 'assured')}`,
      `${alt('high', 'highest', 'excellent', 'exceptional', 'outstanding', 'superior', 'proven', 'impeccable')} (level of safety|safety|safety record|safety profile|safety program)`,
      `(ensure|ensures|ensuring|guarantee|guarantees) [the] [their|its|your] safety`,
      `(side effects|effects|reactions|swelling|redness|bruising|discomfort) (are|is) [usually|typically|generally|very] ${alt('mild', 'minimal', 'rare', 'temporary', 'minor', 'short lived')}`,
      `(usually|typically|generally|quickly) (resolve|subside|disappear|fade) [quickly|rapidly|within]`, `(resolve|subside|disappear) (quickly|rapidly)`,
      `generally mild`, `(nearly|virtually|almost|completely|totally|practically|relatively) pain free`,
      `(immunoprivileged|immune privileged|biocompatible|hypoallergenic)`,
    ],
  },
  {
    name: 'no-reaction', termId: 'SAFE-01', selfNegating: true,
    patterns: [`(do|does|will|did|have|has|had) (not|never) [ever] ${alt('cause', 'have', 'experience', 'receive', 'report', 'see', 'trigger', 'provoke')} [any] [serious] ... ${HARM}`, `(not|never) ... any (serious adverse events|adverse events|adverse reaction|reaction|reactions|complications|side effects)`],
  },
  {
    name: 'lasting-results', termId: 'PERM-03',
    patterns: [`(last|lasts|lasting) [for] ${alt('years', 'decades', 'several years', 'many years', 'a long time', 'several months or even years', 'months or even years')}`, `${alt('result', 'effect', 'improvement', 'benefit')} ... (last|lasts) [for] (years|decades)`, `(significant|dramatic) and durable`],
  },
  {
    name: 'total-elimination', termId: 'PERM-08',
    patterns: [`${alt('eliminate', 'erase', 'banish', 'get rid of', 'say goodbye to', 'remove')} ... ${alt('wrinkles', 'fine lines', 'lines', 'scars', 'cellulite', 'hair loss', 'bald spots', 'blemishes')}`],
  },
  { name: 'suits-everyone', termId: 'PERM-07', patterns: [`suitable for (all|every|any) (skin types|skin type|hair types|ages|patients|skin tones)`] },
];
