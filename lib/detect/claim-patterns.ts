import type { Severity } from '../lexicon/types.ts';
import { OUTCOME_PATTERNS } from './outcome-patterns.ts';
import { SALES_PATTERNS } from './sales-patterns.ts';

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
  /** Only a claim when the page describes an invasive step (rule R5). */
  needsInvasiveContext?: boolean;
}

const alt = (...words: string[]) => `(${words.join('|')})`;

/** Verbs that promise more of something. */
const BOOST = alt(
  'stimulate', 'boost', 'promote', 'enhance', 'improve', 'accelerate', 'speed up', 'trigger', 'activate',
  'kickstart', 'kick start', 'jumpstart', 'jump start', 'encourage', 'strongly support', 'strengthen', 'amplify',
  'maximize', 'optimize', 'supercharge', 'induce', 'fuel', 'spark', 'ignite', 'upregulate', 'up regulate', 'drive',
  'elevate', 'double', 'multiply', 'unleash', 'kick off', 'feed', 'nourish', 'protect', 'support the survival of',
);
/** Verbs that promise getting back what was lost. */
const RESTORE = alt(
  'restore', 'revive', 'reactivate', 'rebuild', 'regenerate', 'remodel', 'replenish', 'regrow', 'reawaken',
  'awaken', 'wake up', 'reconstruct', 'reinvigorate', 'recapture', 'reclaim', 'bring back', 'give back', 'regain',
);
/** Verbs that promise less of a problem. */
const REDUCE = alt(
  'reduce', 'minimize', 'diminish', 'eliminate', 'erase', 'remove', 'banish', 'smooth', 'smooth out', 'soften',
  'fade', 'fight', 'combat', 'reverse', 'slow', 'slow down', 'delay', 'prevent', 'correct', 'tighten', 'lessen',
  'decrease', 'lighten', 'clear', 'get rid of', 'counteract', 'refine', 'improve', 'repair', 'protect against',
  'defy', 'halt', 'battle', 'conquer', 'shrink', 'melt away', 'blur', 'iron out', 'wipe away', 'undo', 'dissolve',
  'fill in', 'plump up', 'lift', 'firm up', 'turn back',
);
/** Adjectives of a promised look. */
const BETTER_LOOK = alt(
  'smoother', 'firmer', 'tighter', 'brighter', 'younger', 'younger looking', 'more youthful', 'plumper',
  'healthier', 'clearer', 'more even', 'more even toned', 'softer', 'thicker', 'fuller', 'denser', 'stronger',
  'flawless',
);

const COLLAGEN = alt('collagen', 'elastin', 'hyaluronic acid', 'fibroblast', 'collagen and elastin framework');
const HAIR = alt(
  'hair growth', 'hair regrowth', 'new hair', 'new growth', 'hair density', 'hair thickness', 'hair count',
  'hair follicles', 'follicles', 'dormant follicles', 'follicle', 'scalp health', 'hair growth cycle', 'hair cycle',
  'thinning hair', 'thinning areas', 'bald areas', 'balding areas', 'bald spots', 'hairline', 'hair', 'hair shaft',
  'hair loss', 'alopecia', 'baldness', 'follicle regeneration', 'bald patches', 'receding hairline',
  'hair shedding', 'shedding', 'hair fall', 'fuller hair', 'thicker hair', 'hair volume', 'grafts', 'new grafts',
  'graft survival', 'graft take', 'graft growth', 'transplanted hair', 'transplanted follicles',
);
const AGING = alt(
  'aging', 'signs of aging', 'effects of aging', 'aging process', 'wrinkles', 'fine lines', 'lines', 'aging lines',
  "crow's feet", 'sagging', 'sagging skin', 'age spots', 'sun damage', 'uv damage', 'photoaging', 'skin aging',
  'aging skin', 'laxity', 'skin laxity', 'senescence', 'facial wrinkles', 'expression lines', 'frown lines',
  'smile lines', 'aged skin', 'the clock', 'degradation', 'collagen breakdown', 'collagen loss', 'breakdown',
  'crepey skin', 'jowls', 'dullness', 'laugh lines', 'nasolabial folds', 'marionette lines', 'neck lines',
  'forehead lines', 'creases', 'folds', 'age related', 'years',
);
const SKIN = alt(
  'skin tone', 'tone', 'skin quality', 'skin elasticity', 'elasticity',
  'firmness', 'skin firmness', 'moisture', 'hydration', 'complexion', 'radiance', 'glow', 'youthful glow',
  'skin smoothness', 'smoothness', 'pores', 'appearance of your skin', 'dermal thickness', 'tightness', 'volume',
  'youthful volume', 'youthful look', 'youthful appearance', 'youthful contour', 'contour', 'plumpness',
  'skin structure', 'structure of your skin', 'facial volume', 'skin barrier', 'structure',
);
const SCARS = alt(
  'scars', 'acne scars', 'scarring', 'scar tissue', 'stretch marks', 'hyperpigmentation', 'pigmentation',
  'blemishes', 'discoloration', 'dark spots', 'melasma', 'rosacea', 'redness', 'inflammation', 'wounds', 'burns',
  'damaged tissue', 'damaged skin', 'uneven skin tone', 'color irregularities', 'acne', 'surgical scars',
  'facial scars', 'cellulite', 'dark circles', 'puffiness', 'eczema', 'psoriasis',
);
const HEALING = alt('healing process', 'wound healing', 'tissue repair', 'tissue healing', 'healing of');
const CELLS = alt(
  'cell turnover', 'cellular renewal', 'cellular regeneration', 'cellular repair', 'cell renewal', 'cell regeneration',
  'cell growth', 'skin cells', 'new cells', 'new skin cells', 'new blood vessels', 'regeneration',
  'tissue regeneration', 'new tissue', 'renewal', 'turnover', 'damaged cells', 'cellular function',
  'cell function', 'gene expression', 'cellular damage', 'cell damage', 'dna damage',
);
const BODY_POWER = alt('process', 'mechanism', 'power', 'ability', 'system', 'capacity', 'response', 'potential', 'property', 'capabilities');
const HEAL_WORD = alt('healing', 'repair', 'regenerative', 'regeneration', 'restorative', 'self healing', 'rejuvenating');
const TREATMENTS = alt(
  'botox', 'fillers', 'filler', 'surgery', 'facelift', 'facelifts', 'face lift', 'plastic surgery', 'hair transplant',
  'hair transplants', 'transplant', 'transplantation', 'injections', 'maintenance', 'lasers', 'laser treatments',
  'chemical peels', 'microneedling alone', 'prp', 'prp therapy', 'minoxidil', 'finasteride', 'medication',
  'other treatments', 'traditional treatments', 'conventional treatments', 'cosmetic procedures',
  'invasive procedures', 'surgical procedures', 'other procedures', 'maintenance procedures', 'treatments',
  'procedures', 'beauty treatments',
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
    patterns: [`${BOOST} ... ${HAIR}`, `${RESTORE} ... ${HAIR}`, `${alt('produce', 'grow', 'achieve', 'get', 'enjoy', 'see', 'producing')} ... ${alt('thicker', 'fuller', 'denser', 'healthier', 'stronger')} ... hair`, `${alt('alopecia', 'hair loss', 'thinning hair', 'balding')} (respond|responds) (well|favorably|favourably)`, `${alt('combat', 'fight', 'stop', 'halt', 'reverse', 'prevent', 'slow', 'end', 'beat', 'tackle', 'conquer', 'battle')} ... ${alt('hair loss', 'thinning', 'balding', 'baldness', 'alopecia', 'hair thinning')}`, `${alt('sustainable', 'lasting', 'long term', 'durable')} (hair regrowth|hair growth)`],
  },
  {
    name: 'anti-aging', termId: 'EFF-02',
    patterns: [`${REDUCE} ... ${AGING}`, `${REDUCE} [the] (appearance|look|visibility|signs) of ... ${AGING}`, `protect ... from ... ${alt('uv damage', 'sun damage', 'free radicals', 'oxidative stress', 'aging', 'photoaging')}`, `${AGING} (is|are|will be|get|gets) [visibly|noticeably|significantly|dramatically|greatly] ${alt('reduced', 'diminished', 'erased', 'smoothed', 'softened', 'eliminated', 'minimized', 'reversed', 'slowed')}`, `(anti aging|anti wrinkle) (effect|effects|benefits|properties|treatment)`, `anti senescence [effect]`],
  },
  {
    name: 'renews-skin', termId: 'EFF-04',
    patterns: [`${RESTORE} [your] [own] [tired|damaged|ageing|aging] (skin|face|complexion|scalp)`, `(heal|heals|repair|repairs|reverse|reverses|undo|undoes) [the] [years of] (damage|damaged skin) [from within|from the inside]`, `(rejuvenate|rejuvenates|renew|renews|revitalise|revitalize|transform|transforms) your (whole|entire) (face|skin|complexion|look)`],
  },
  {
    name: 'problem-goes-away', termId: 'EFF-02',
    patterns: [`${AGING} ${alt('fade', 'disappear', 'vanish', 'shrink', 'soften', 'melt away', 'smooth out', 'diminish', 'lighten', 'fill out', 'fill in', 'become less visible', 'are smoothed away', 'are erased', 'are gone')}`],
  },
  {
    name: 'marks-go-away', termId: 'EFF-05',
    patterns: [`${SCARS} ${alt('fade', 'disappear', 'vanish', 'shrink', 'soften', 'clear up', 'lighten', 'melt away', 'diminish', 'become less visible', 'are gone')}`, `(pores|large pores|enlarged pores) (shrink|tighten|close|disappear|become smaller)`],
  },
  {
    name: 'better-state', termId: 'EFF-06',
    patterns: [
      `(hair|your hair|new hair) (grows|grow|comes|come) back [thicker|fuller|stronger|healthier]`,
      `(hair|skin|complexion|face) (will be|will look|will feel|becomes|become|looks|feels|is left|is|are) [visibly|noticeably|instantly|dramatically|much] ${BETTER_LOOK}`,
      `(result|results|improvement|improvements|difference|change|changes) (are|is) (visible|noticeable|seen|evident|apparent) (after|from) (one|the first|a single|just one|N|your first) (session|treatment|visit|appointment)`,
    ],
  },
  {
    name: 'youth-back', termId: 'EFF-03',
    patterns: [
      `(get|bring|give) [you] [your] ${alt('youthful glow', 'glow', 'youthful look', 'youth', 'radiance', 'youthful skin', 'skin', 'hair', 'confidence', 'volume')} back`,
      '(bring|brings|breathe|breathes) (dull|tired|ageing|aging|lifeless) (skin|hair|complexion) back to life', 'the (skin|hair|face|look) you had in your (twenties|thirties|20s|30s|youth)',
      '(look|feel) as young as you feel',
    ],
  },
  {
    name: 'works-where-others-fail', termId: 'EFF-08',
    patterns: [`(works|work|succeeds|succeed|helps|help) (where|when) ${alt('creams', 'other treatments', 'medication', 'medications', 'minoxidil', 'finasteride', 'fillers', 'botox', 'everything else', 'nothing else', 'others', 'lasers', 'surgery')} (fail|failed|have failed|has failed|doesn t|don t)`],
  },
  {
    name: 'reshapes-features', termId: 'EFF-07',
    patterns: [
      `(plump|sculpt|contour|define|reshape|lift|fill|redefine|restore) [your|the] [hollow|sunken|sagging|tired|flat|thin] (cheeks|cheekbones|jawline|jaw line|jowls|temples|lips|under eyes|eye area|tear troughs|brow|brows|chin)`,
      `(a|an) (natural|non surgical|instant|visible|noticeable|immediate) (lift|lifting effect)`,
    ],
  },
  { name: 'scars-and-marks', termId: 'EFF-05', patterns: [`${REDUCE} ... ${SCARS}`, `${REDUCE} [the] (appearance|look|visibility) of ... ${SCARS}`, `${RESTORE} ... ${SCARS}`, `effective ${alt('scar', 'acne', 'wrinkle', 'pigmentation')} (improvement|treatment|reduction|removal)`] },
  { name: 'healing', termId: 'EFF-05', patterns: [`${BOOST} ... ${HEALING}`, `(faster|quicker|accelerated|enhanced|improved) ${HEALING}`, `${RESTORE} [damaged] (tissue|tissues|damaged tissues)`] },
  {
    name: 'cell-renewal', termId: 'BIO-05',
    patterns: [`${BOOST} ... ${CELLS}`, `${RESTORE} ... ${CELLS}`, `${BOOST} [the] growth of [new] ... (cells|blood vessels|tissue|skin)`, `${BOOST} (them|it|cells|follicles|the skin|your skin) to (regenerate|grow|heal|repair|renew|produce|rejuvenate)`, `(form|create|generate|grow|build|produce|restore) new [healthy] (tissue|cells|blood vessels|skin cells)`, `cellular (restoration|rejuvenation|renewal)`, `(at|on) a cellular level`, `(at|on|to) the (deepest|genetic|dna) level`, `(reprogram|reprograms|reprogramming) [the] ... cells`, `(upregulate|up regulate|activate|switch on|turn on) ... (genes|gene expression|youth genes)`],
  },
  {
    name: 'natural-healing', termId: 'BIO-07',
    patterns: [
      `${alt('stimulate', 'harness', 'utilize', 'use', 'work with', 'activate', 'boost', 'trigger', 'tap into', 'leverage', 'unlock', 'enhance', 'amplify', 'accelerate', 'support', 'promote', 'jumpstart', 'kickstart', 'awaken', 'mobilize', 'engage')} [the] [your] ... (body|body's|natural) ... ${HEAL_WORD} ${BODY_POWER}`,
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
      `(in contrast to|compared to|compared with) ... ${TREATMENTS}`, `step ahead of`, `(last|lasts|lasting) [much] longer than`,
      `better (survival|treatment|efficacy)`,
    ],
  },
  {
    name: 'impressive-results', termId: 'EFF-06',
    patterns: [
      `${alt('outstanding', 'excellent', 'exceptional', 'amazing', 'impressive', 'remarkable', 'dramatic', 'significant', 'noticeable', 'visible', 'marked', 'fantastic', 'stunning', 'spectacular', 'unmatched', 'unparalleled', 'incredible', 'astonishing', 'phenomenal', 'superior', 'real', 'huge', 'massive', 'striking', 'instant', 'immediate', 'life changing', 'jaw dropping', 'unbelievable')} ${alt('result', 'improvement', 'outcome', 'benefit', 'effect', 'transformation', 'difference')}`,
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
    patterns: [`(treat|address|target|tackle|improve) (a wide|a broad|a vast|a whole|a huge|a variety|a multitude|various|many|multiple|numerous|all) ... (skin concerns|concerns|conditions|skin conditions|problems|issues|skin issues|problematic areas)`, `(treat|treats|treating) ... (stroke|heart failure|alzheimer's|spinal cord injury|autism|parkinson's|multiple sclerosis|als)`],
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
      `(ensure|ensures|ensuring|guarantee|guarantees) (their|its|your|the) safety`,
      `(side effects|effects|reactions|swelling|redness|bruising|discomfort) (are|is) [usually|typically|generally|very] ${alt('mild', 'minimal', 'rare', 'temporary', 'minor', 'short lived')}`,
      `(resolve|subside|disappear) (quickly|rapidly)`,
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
  {
    name: 'cells-become-anything', termId: 'SCT-08',
    patterns: [`(transform|turn|develop|change|become|differentiate|grow) into ... (specialized|specialised|needed|different|any|new|whatever) ... (cells|cell|tissue|tissues|cell types)`, `become (any|every) (type|kind) of [specialized] cell`],
  },
  {
    name: 'named-with-stem-cells', termId: 'SCT-01',
    patterns: [`${alt('facial rejuvenation', 'face rejuvenation', 'skin rejuvenation', 'hand rejuvenation', 'neck rejuvenation', 'rejuvenation', 'facelift', 'face lift', 'breast augmentation', 'breast lift', 'buttock augmentation', 'hair treatment', 'hair treatments', 'hair transplantation', 'hair transplant', 'hair loss treatment', 'hair restoration', 'skin treatment', 'facial', 'facials', 'anti aging treatment', 'scar treatment', 'blemish treatment')} with [your] [own] stem (cell|cells)`, `stem cell (based|derived|powered|enriched|infused|rich) ${alt('serum', 'cream', 'facial', 'skincare', 'skin care', 'mask', 'product', 'formula', 'fat', 'fat injection', 'fat transfer', 'solution', 'injection')}`, `stem cell (enriched|rich|assisted) fat`],
  },
  {
    name: 'donor-tissue-cells', termId: 'SCT-10',
    patterns: [`(isolated|derived|sourced|extracted|obtained|taken|harvested) from ... ${alt('amniotic', 'umbilical cord', 'placental', 'placenta', 'perinatal', 'donor', 'donated', 'cord blood', 'wharton\'s jelly')}`],
  },
  {
    name: 'growth-factor-mix', termId: 'BIO-03',
    patterns: [`(combination|cocktail|blend|array|mix|concoction|concentration) of ... growth (factor|factors)`, `(highly|high|super) concentrated ... (regenerative|stem cell|growth factor|platelet) (solution|serum|formula|cocktail|injection|concoction|plasma)`, `growth factor (concoction|cocktail|blend|mix)`, `in (high|higher|very high) concentration`],
  },
  {
    name: 'stem-cell-extracts', termId: 'BIO-02',
    patterns: [`(growth factors|proteins|extracts|factors|exosomes|secretions) ... (extracted|derived|isolated|harvested|taken) from [human] [mesenchymal] stem cells`],
  },
  {
    name: 'exosomes-given', termId: 'BIO-01',
    patterns: [`(inject|injecting|infuse|infusing|administer|administering|deliver|delivering) ... exosomes`],
  },
  {
    name: 'evidence-appeal', termId: 'SCI-03',
    patterns: [
      `${alt('study', 'studies', 'research', 'data', 'data set', 'trials', 'clinical trials', 'evidence', 'researchers', 'scientists', 'testing', 'animal testing', 'experiments', 'literature')} ... ${alt('show', 'shows', 'showed', 'shown', 'found', 'reveal', 'revealed', 'demonstrate', 'demonstrated', 'prove', 'proved', 'confirm', 'confirmed', 'speak of', 'says', 'say', 'indicate', 'indicated', 'support', 'supports')}`,
      `(has|have) been ${alt('found', 'shown', 'proven', 'demonstrated', 'clinically shown', 'scientifically shown', 'reported')} to`,
      `(ethics committee|irb|ethics board|institutional review board) approved`,
    ],
  },
  {
    name: 'authority-tokens', termId: 'SCI-13',
    patterns: [`${alt('renowned', 'leading', 'world class', 'top', 'foremost', 'acclaimed', 'celebrated', 'elite')} (expert|experts|specialist|specialists|surgeon|surgeons|doctor|doctors|physician|physicians|pioneer)`, `(a|the) pioneer in`, `(internationally|globally|world) (accredited|recognized|recognised|renowned)`],
  },
  {
    name: 'novelty-hype', termId: 'SCI-06',
    patterns: [`advanced (form|version|type|generation) of`, `advanced breakthrough`, `(a|the) (cornerstone|gold standard) of`, `(fundamental|paradigm|radical) shift`, `(game changer|game changing|groundbreaking|ground breaking|revolutionary|next generation)`],
  },
  {
    name: 'regulator-halo', termId: 'REG-05',
    patterns: [`(monitored|regulated|inspected|overseen|supervised|audited|licensed|approved) by the (FDA|ministry|ministry of health|health ministry|COFEPRIS|government|health authority|health authorities)`, `(current )?good manufacturing (practice|practices)`, `(GMP|cGMP) (certified|compliant|lab|laboratory|facility)`],
  },
  {
    name: 'no-surgery-needed', termId: 'INV-02', needsInvasiveContext: true,
    patterns: [`without (the need for|involving|requiring|needing) [any] (surgery|incisions|incision|anesthesia|stitches|cutting|scalpels)`, `(avoid|avoids|no need for|eliminates the need for) [any] (incisions|incision|surgery|stitches|scars|scarring|general anesthesia|cutting)`, `(do|does) not (require|need|involve) (incisions|surgery|anesthesia|stitches)`],
  },
  {
    name: 'no-marks', termId: 'INV-04', needsInvasiveContext: true, selfNegating: true,
    patterns: [`(no|zero|without|without any|leaves no) [visible|tell tale|telltale] (marks|scars|scar|scarring|trace|traces|bruising|stitches|cuts)`, `(no|zero) (surgery|scalpel|scalpels|incision|incisions|cutting|general anaesthetic|general anesthetic|general anaesthesia|general anesthesia)`],
  },
  {
    name: 'quick-recovery', termId: 'INV-03', needsInvasiveContext: true,
    patterns: [
      `(recovery|healing|downtime|recovery time) (is|are) [generally|usually|typically|very|extremely|relatively] (quick|fast|short|minimal|brief|rapid)`,
      `(return|go back|get back|back) to ... (normal activities|work|daily routine|routine|daily activities|your day|normal life) ... (immediately|right away|same day|next day|N hours|N days|within N hours|after N hours|in N hours)`,
      `(return|go back|get back|back) to (normal activities|work|daily routine|daily activities|your day) (immediately|right away|straight away)`,
      `(go|get|head|walk|return|step) (straight|right|directly|immediately) back (to|into) (work|your day|normal life|your routine|daily life|your life)`,
      `(little|minimal|no|zero) to no (downtime|recovery)`, `(requires|need|needs|takes) [only] [just] N (hours|days) to (return|recover|get back)`,
    ],
  },
  {
    name: 'urgency', termId: 'PRESS-01',
    patterns: [`(book|schedule|reserve|secure|claim) [your|an|a] [free] (appointment|consultation|session|treatment|spot|place) (now|today)`, `(limited|few) (spots|places|slots|appointments) ... (left|available|remaining)`],
  },
  {
    name: 'price-framing', termId: 'PRESS-05',
    patterns: [`N [percent] ... (less|cheaper|lower) than ... (prices|price|cost|costs)`, `(fraction|half) of the (price|cost) ... (treatment|surgery|procedure|clinic|clinics)`],
  },
  {
    name: 'travel-package', termId: 'PRESS-04',
    patterns: [`(travel|treatment|vacation|holiday|all inclusive|tourism|recovery|medical tourism|vip) (package|packages)`],
  },
  {
    name: 'big-multipliers', termId: 'STAT-05',
    patterns: [`up to N (times|x|fold)`, `N (times|fold) (more|better|stronger|higher|greater|faster|as)`],
  },
  {
    name: 'timeline-promise', termId: 'STAT-06',
    patterns: [`(start|starting|begin|beginning|see|seen|visible|noticeable|appear|appearing) ... within N (days|weeks|months|years)`, `(full|final|visible|optimal) results (within|in|after) N`],
  },
  {
    name: 'celebrity-love', termId: 'TEST-03',
    patterns: [`(loved|used|favored|favoured|adored|trusted|endorsed|made popular) by (celebs|celebrities|stars|influencers|hollywood|the stars|a list)`, `(celebrity|celebrities|celeb|hollywood) (favorite|favourite|secret|treatment|approved|must have)`, `made ... (popular|famous)`],
  },
  {
    name: 'lasting-wording', termId: 'PERM-03',
    patterns: [`${alt('lasting', 'enduring', 'long term', 'lifelong', 'life long', 'permanent')} ${alt('result', 'improvement', 'effect', 'solution', 'regrowth', 'change', 'transformation', 'rejuvenation', 'correction', 'benefit')}`, `${alt('result', 'effect', 'improvement', 'benefit', 'change')} that (last|lasts|stay|stays|endure|remain)`, `(for good|once and for all)`],
  },
  {
    name: 'never-returns', termId: 'PERM-01', selfNegating: true,
    patterns: [`(wrinkles|lines|hair loss|scars|fat|fat cells|cellulite|hair|results) ... (never|won't|will not) (come|comes|grow|return) back`],
  },
  {
    name: 'uncited-figures', termId: 'STAT-02',
    patterns: [
      `N percent (of patients|of clients|of users|of people|of women|of men|success|satisfaction|improvement|increase|reduction|more|fewer|less|better|denser|thicker|firmer|smoother|younger)`,
      `N out of N (patients|clients|people|users|customers)`,
      `(over|more than|nearly|almost|upwards of) N ${alt('patients', 'clients', 'procedures', 'treatments', 'customers', 'people', 'happy patients', 'satisfied patients', 'satisfied clients', 'happy clients', 'sessions')}`,
      `N ${alt('patients', 'procedures', 'treatments', 'clients')} (treated|performed|served|helped)`,
      `(result|results|improvement|improvements|difference|change|regrowth) (in|within|after) [just|only] N ${alt('days', 'weeks', 'months', 'sessions', 'treatments', 'minutes', 'hours')}`,
    ],
  },
  {
    name: 'pressure', termId: 'PRESS-01',
    patterns: [
      `${alt('limited', 'special', 'exclusive', 'introductory', 'seasonal', 'holiday', 'flash', 'launch')} (offer|price|pricing|deal|promotion|discount|sale)`,
      `(offer|deal|promotion|sale|discount|pricing|price) (ends|expires|ending)`, `(only|just) N ${alt('spots', 'places', 'slots', 'appointments', 'openings', 'seats')} (left|remaining|available)`,
      `(book|call|act|hurry|buy|order) (now|today)`, `(don't|do not) (wait|miss out|delay)`, `(last|final) chance`, `while (supplies|spots|places|stocks) last`,
      `(the sooner|before it's too late|before it is too late)`,
    ],
  },
  {
    name: 'price-promotion', termId: 'PRESS-05',
    patterns: [`(N percent off|save N percent|save up to N percent) ... ${alt('treatment', 'treatments', 'session', 'sessions', 'facial', 'facials', 'package', 'packages', 'procedure', 'procedures', 'injection', 'injections', 'consultation', 'course')}`, `(first|second) (session|treatment|consultation|visit) (free|half price)`, `(free|complimentary) (consultation|treatment|session|upgrade)`],
  },
  {
    name: 'financing', termId: 'PRESS-06',
    patterns: [`(pay|payments|financing|finance|spread the cost) ... (monthly|per month|a month|0 percent apr|interest free|0 percent interest|in installments|in instalments)`, `(0|zero) percent (apr|interest|financing)`, `(buy now pay later|pay later|flexible payment plans|payment plans)`],
  },
  {
    name: 'deposit', termId: 'PRESS-08',
    patterns: [`(non refundable|nonrefundable) deposit`, `secure your (spot|place|appointment|slot|date) (with|by paying|today|now)`, `deposit (today|now) (to|and)`],
  },
  {
    name: 'treatment-holiday', termId: 'PRESS-04',
    patterns: [`${alt('all inclusive', 'vip', 'luxury')} (package|packages|transfer|transfers|hotel|stay|care)`, `(hotel|airport transfer|airport transfers|accommodation|transfers) ... included`, `recover (by|on|at) the (beach|pool|sea)`],
  },
  {
    name: 'only-here', termId: 'PRESS-07',
    patterns: [`(first|only) (clinic|center|centre|provider|practice) (in|to offer)`, `exclusively (available|offered) (here|at)`, `(available|offered) only (here|at our)`],
  },
  {
    name: 'wellness-promise', termId: 'EFF-10',
    patterns: [`${BOOST} ... ${alt('energy', 'energy levels', 'immunity', 'immune system', 'immune function', 'vitality', 'longevity', 'stamina', 'mental clarity', 'sleep quality', 'metabolism', 'libido', 'lifespan', 'healthspan', 'athletic performance')}`, `${alt('reverse', 'slow', 'turn back', 'lower', 'reduce', 'rewind')} [your] (biological age|cellular age|epigenetic age|biological clock)`, `(relieve|eliminate|end|ease) ... (joint pain|chronic pain|arthritis|back pain|knee pain)`],
  },
  {
    name: 'lift-and-tighten', termId: 'EFF-07',
    patterns: [`(lift|lifts|lifting) and (tighten|tightens|tightening|firm|firms|firming|sculpt|sculpts|contour|contours)`, `(tighten|tightens|firm|firms) and (lift|lifts)`],
  },
  {
    name: 'safe-wording', termId: 'SAFE-06',
    patterns: [
      `(minimal|few|little|virtually no|no serious|no major) (side effects|risks|complications)`, `well tolerated`,
      `safe for (all|every|everyone|anyone|any) [skin types|skin type|ages|patients]`,
      `${alt('treatment', 'procedure', 'therapy', 'injection', 'injections', 'facial', 'infusion', 'serum', 'cream', 'exosomes', 'prp', 'stem cells', 'it', 'this')} (is|are) [completely|totally|perfectly|very|extremely|incredibly] (safe|gentle) [and effective|and natural|and painless]`,
    ],
  },
  {
    name: 'science-halo', termId: 'SCI-02',
    patterns: [`backed by [over|more than|dozens of|hundreds of] [N] (studies|clinical studies|trials|clinical trials|papers|publications|years of research)`, `(developed|formulated|designed|created|pioneered) by (doctors|dermatologists|scientists|physicians|surgeons|experts|leading|world renowned|renowned|top)`, `(proprietary|patented|patent pending)`],
  },
  {
    name: 'power-of-cells', termId: 'BIO-07',
    patterns: [`${alt('harness', 'unlock', 'tap into', 'use', 'uses', 'using')} the (power|potential|healing power|regenerative power|magic) of ${alt('stem cells', 'exosomes', 'growth factors', 'your own cells', 'your body', 'your own body', 'plasma', 'platelets', 'prp', 'nature', 'your own blood', 'regenerative medicine')}`, `(healing|regenerative|natural) power of ${alt('stem cells', 'exosomes', 'growth factors', 'your own cells', 'plasma', 'platelets', 'prp', 'your body')}`],
  },
  {
    name: 'cell-signalling', termId: 'BIO-05',
    patterns: [`(signal|signals|tell|tells|instruct|instructs|instructing|signaling|signalling|command|commands|program|programs) your [skin|own|body's] (cells|skin cells|fibroblasts|follicles) to`],
  },
  {
    name: 'happy-numbers', termId: 'STAT-03',
    patterns: [`N (happy|satisfied|smiling|delighted) (patients|clients|customers)`, `N (successful|completed) (procedures|treatments|transplants|sessions)`],
  },
  { name: 'suits-everyone', termId: 'PERM-07', patterns: [`suitable for (all|every|any) (skin types|skin type|hair types|ages|patients|skin tones)`] },
  ...SALES_PATTERNS,
  ...OUTCOME_PATTERNS,
];
