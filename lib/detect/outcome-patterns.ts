import type { ClaimPattern } from './claim-patterns.ts';

/**
 * Outcome promises in free wording that any clinic page words its own way:
 * comparisons with established care (EFF-08), one treatment for unrelated
 * conditions (EFF-10), outcomes told in a patient's own voice (EFF-12,
 * PERM-08), lasting results (PERM-01/02/05), guarantee variants (PERM-04),
 * unnamed expert endorsements (SCI-11), and treatment names with a brand
 * word inside ("stem cell <brand> facial", SCT/BIO naming, rule R1).
 */
const alt = (...words: string[]) => `(${words.join('|')})`;

/** Established care a clinic compares itself with. */
const CARE = alt(
  'botox', 'fillers', 'filler', 'dermal fillers', 'surgery', 'surgical', 'facelift', 'facelifts', 'face lift', 'plastic surgery',
  'hair transplant', 'hair transplants', 'transplant', 'transplants', 'transplantation', 'minoxidil', 'finasteride', 'prp',
  'lasers', 'laser', 'peels', 'chemical peels', 'medication', 'medications', 'creams', 'serums', 'injectables',
  'conventional treatments', 'traditional treatments', 'other treatments', 'standard treatments', 'steroids', 'cortisone',
  'physiotherapy', 'knee replacement', 'joint replacement', 'hyaluronic acid',
);
/** Conditions of unrelated kinds: a list of three from one treatment is EFF-10's warning sign. */
const CONDITION = alt(
  'joints', 'joint pain', 'arthritis', 'back pain', 'knee pain', 'sports injuries', 'injuries', 'tendons', 'wrinkles',
  'fine lines', 'sagging skin', 'hair loss', 'thinning hair', 'baldness', 'acne', 'scars', 'acne scars', 'cellulite',
  'fatigue', 'low energy', 'inflammation', 'erectile dysfunction', 'libido', 'diabetes', 'autism', 'long covid',
  'autoimmune disease', 'autoimmune conditions', 'ageing skin', 'aging skin', 'ageing', 'aging', 'insomnia',
  'anxiety', 'depression', 'memory', 'neuropathy', 'pigmentation', 'rosacea', 'eczema', 'psoriasis', 'stretch marks',
);
const OUTCOME_NOUN = alt(
  'result', 'results', 'lift', 'look', 'outcome', 'outcomes', 'effect', 'effects', 'regrowth', 'growth', 'coverage',
  'volume', 'rejuvenation', 'improvement', 'correction', 'finish', 'density', 'recovery',
);

export const OUTCOME_PATTERNS: readonly ClaimPattern[] = [
  {
    name: 'beats-established-care', termId: 'EFF-08',
    patterns: [
      `(last|lasts|lasting|work|works|working) [much|far|significantly|considerably|a lot|many times|N times] longer than ... ${CARE}`,
      `(outperform|outperforms|outlast|outlasts|outshine|outshines|surpass|surpasses|beat|beats|rival|rivals|trump|trumps) ... ${CARE}`,
      `(more natural|more lasting|longer lasting|fuller|better|safer|faster|stronger|more effective|more dramatic|superior|more permanent|gentler) ${OUTCOME_NOUN} than ... ${CARE}`,
      `(more natural|more lasting|longer lasting|more effective|safer|better|superior|more permanent) than ... ${CARE}`,
      `(replace|replaces|replacing|no more need for|never need) ... ${CARE}`,
    ],
  },
  {
    name: 'unrelated-conditions', termId: 'EFF-10',
    patterns: [
      `(treat|heal|fix|help|helps with|help with|address|target|relieve|improve|reverse|cure|tackle|resolve|restore) ${CONDITION} ${CONDITION} (and|or|as well as|plus) ${CONDITION}`,
      `(treat|heal|fix|help|address|target|relieve|improve|reverse|cure|tackle|resolve) [your] ${CONDITION} (and|or|as well as|plus) ${CONDITION} alike`,
      `(everything|anything|all) from ${CONDITION} to ${CONDITION}`, `from ${CONDITION} to ${CONDITION} to ${CONDITION}`,
    ],
  },
  {
    name: 'own-voice-outcome', termId: 'EFF-12',
    patterns: [
      '(changed|transformed|saved|turned around) my (life|lives)', 'life (changing|transforming) (for me|experience)', '(i|we) (got|have|gained) my (life|confidence|hair|youth) back',
      '(i|we) (look|looked|feel|felt) [N|ten|five|many] (years|decades) younger', 'my hair (has|have) (grown back|come back|returned)', 'my hair is (back|thicker than ever|fuller than ever)',
    ],
  },
  {
    name: 'own-voice-gone', termId: 'PERM-08',
    patterns: [
      `(my|her|his|their) [acne] ${alt('scars', 'wrinkles', 'lines', 'fine lines', 'acne', 'bald spots', 'bald patch', 'hair loss', 'pain', 'joint pain', 'pigmentation', 'stretch marks', 'cellulite', 'eye bags', 'dark circles')} (are|is|have|has) [completely|totally|all|just] (gone|disappeared|vanished|faded away|been erased)`,
    ],
  },
  {
    name: 'stays-for-good', termId: 'PERM-02',
    patterns: [
      '(stay|stays|staying|last|lasts|remain|remains|keep|keeps) (for life|forever|permanently|for a lifetime|a lifetime|for ever)',
      '(result|results|hair|fat|regrowth|effect|effects|change|improvement|grafts) ... (stay|stays|remain|remains) (for good|put for good)',
    ],
  },
  {
    name: 'results-you-keep', termId: 'PERM-03',
    patterns: [
      '(result|results|hair|skin|look|effect|effects|improvement) (for years|for many years|for decades|for life|that lasts|that last|you can keep|to keep|that stay|that stays)',
      '(keep|enjoy|maintain) [your] [new] (result|results|hair|look|skin|effect) (forever|for life|for years|for good|permanently)',
    ],
  },
  {
    name: 'is-permanent', termId: 'PERM-01',
    patterns: ["(it is|it's|they are|they're|this is|that is|that's|the change is|the result is|which is) [truly|completely|totally|fully|100 percent] permanent"],
  },
  {
    name: 'no-top-ups', termId: 'PERM-05', selfNegating: true,
    patterns: [
      `(no need for|never need|no more|without the need for|forget about|say goodbye to) [any] [further] ${alt('top ups', 'top up', 'touch ups', 'touch up', 'boosters', 'booster sessions', 'maintenance', 'maintenance sessions', 'repeat treatments', 'repeat sessions', 'follow up treatments', 'further treatment', 'further treatments', 'another session')}`,
      '(no|zero) (top ups|touch ups|boosters|maintenance sessions|repeat treatments) (needed|required|necessary|ever)',
    ],
  },
  {
    name: 'guarantee-variants', termId: 'PERM-04',
    patterns: [
      `[N percent] ${alt('growth', 'regrowth', 'hair growth', 'results', 'result', 'satisfaction', 'success', 'outcome', 'graft survival', 'density', 'money back results', 'lifetime', 'lifetime results')} (guarantee|guarantees|guaranteed|promise)`,
      'guaranteed (satisfaction|growth|density|graft survival|natural results|permanent results|youth)',
      '(we|i) (guarantee|promise) (you|that you|your|it|results)',
    ],
  },
  {
    name: 'risk-is-minimal', termId: 'SAFE-06',
    patterns: [`(risk|risks|side effects|complications|downtime|discomfort) (are|is) [very|extremely|incredibly|truly] ${alt('minimal', 'negligible', 'tiny', 'almost zero', 'virtually zero', 'non existent', 'nonexistent', 'next to nothing', 'practically zero')}`],
  },
  {
    name: 'never-reported', termId: 'SAFE-01', selfNegating: true,
    patterns: [
      `${alt('side effects', 'complications', 'adverse events', 'adverse reactions', 'reactions', 'problems', 'infections', 'rejections')} (have|has) never (been reported|been seen|been recorded|occurred|happened)`,
      `(no|zero) (known|reported|recorded|documented) ${alt('risks', 'side effects', 'complications', 'adverse events', 'adverse reactions')}`,
      'nothing (foreign|artificial|synthetic) ... (to react to|to reject|for your body to reject)', 'nothing for your body to (react to|reject)',
    ],
  },
  {
    name: 'body-accepts-own', termId: 'SAFE-03',
    patterns: [
      '(your|the) body (recognises|recognizes|accepts|welcomes|will accept|knows) (its|it|them|the cells|your own cells) [own] [cells|tissue] [as its own|naturally]',
      '(no|zero|without) (foreign|artificial|synthetic) (substances|materials|ingredients|chemicals|fillers)',
      '(non toxic|nontoxic) and (hypoallergenic|safe|natural|biocompatible)',
    ],
  },
  {
    name: 'reviews-rave', termId: 'TEST-02',
    patterns: [
      '(patients|clients|customers|people) (rave|raving|swear by|can t stop talking|call it|describe it as) [about] ... (result|results|treatment|life changing|miracle|amazing)',
      '(N|five) star (rated|reviews|rating) (on|from) (google|trustpilot|realself|facebook|our patients|patients)',
      'rated N (by|on|from) [our] (patients|clients|google|trustpilot|realself)',
    ],
  },
  { name: 'safest', termId: 'SAFE-04', patterns: ['(one of the|the) (safest|gentlest) (procedure|procedures|treatment|treatments|option|options|therapy|therapies|method|methods|way|ways)'] },
  {
    name: 'natural-and-harmless', termId: 'SAFE-10',
    patterns: ['(all|100 percent|completely|totally|purely|entirely) natural and (chemical free|toxin free|drug free|safe|harmless|gentle)', '(chemical|toxin|drug) free and (natural|safe|gentle)'],
  },
  {
    name: 'cell-counts', termId: 'SCT-09',
    // Plain "cells" stays out: "the trillions of cells in the body" is biology.
    patterns: [`(millions|billions|trillions|N million|N billion|N trillion) of [live|living|active|viable|potent|fresh] ${alt('stem cells', 'exosomes', 'growth factors', 'platelets', 'vesicles')}`, `N (million|billion|trillion) ${alt('stem cells', 'exosomes', 'vesicles')}`, '(millions|billions|N million|N billion) of (live|living|active|viable|potent|fresh) cells'],
  },
  {
    name: 'loaded-with-factors', termId: 'BIO-03',
    patterns: [
      `(packed|loaded|rich|bursting|brimming|enriched|infused|filled) with [over|more than|up to] [N] ${alt('growth factors', 'exosomes', 'peptides', 'cytokines', 'proteins', 'signalling molecules', 'signaling molecules', 'stem cell factors', 'regenerative factors')}`,
      `(exosomes|growth factors|platelets|stem cells) (carry|carries|deliver|delivers|contain|contains|release|releases|send|sends) ... (that|which|to) (repair|repairs|heal|heals|rejuvenate|rejuvenates|regenerate|regenerates|renew|renews|restore|restores|tell|tells|instruct|instructs)`,
    ],
  },
  {
    name: 'credentialed-inventor', termId: 'SCI-11',
    patterns: [`(developed|formulated|designed|created|pioneered|invented) by [a|an|the] ... ${alt('scientist', 'scientists', 'professor', 'professors', 'researcher', 'researchers', 'dermatologist', 'dermatologists', 'team of scientists', 'team of doctors', 'nasa', 'university')}`],
  },
  {
    name: 'science-says', termId: 'SCI-02',
    patterns: [
      '(scientifically|clinically|medically|dermatologically) (formulated|designed|developed|engineered|validated|backed|supported|tested)',
      '(based on|backed by|built on|grounded in|rooted in) (decades|years|N years|N decades) of (research|science|studies|clinical research)',
      '(harness|harnesses|uses|use|based on|built on) the latest (science|research|technology|studies|discoveries)',
      '(science|research|the science|the research|the evidence) (proves|prove|confirms|confirm|guarantees) (it|that|our|this)',
      '(proven|tested|validated|confirmed) (by|in) (independent|clinical|laboratory|lab) (tests|testing|studies|trials|research)',
      '(published|featured|reported) in (leading|top|prestigious|peer reviewed|major|international|renowned) (journals|medical journals|scientific journals)',
    ],
  },
  {
    name: 'trusted-by-many', termId: 'SCI-11',
    patterns: [`(trusted|recommended|used|endorsed|chosen|preferred) by [over|more than] (N|N out of N|thousands of|hundreds of) ${alt('doctors', 'dermatologists', 'surgeons', 'physicians', 'clinics', 'specialists', 'experts')}`],
  },
  {
    name: 'world-first', termId: 'SCI-13',
    patterns: ['(world|world s|europe s|uk s|country s) (leading|first|best|finest|foremost|top)', '(a|the) (world|uk|european|country s) first', '(pioneers|pioneer|pioneered|pioneering) (in|of) (regenerative|stem cell|exosome|aesthetic|hair)'],
  },
  {
    name: 'experts-recommend', termId: 'SCI-11',
    patterns: [
      `${alt('leading', 'top', 'renowned', 'world renowned', 'expert', 'celebrity', 'independent')} ${alt('dermatologists', 'doctors', 'surgeons', 'experts', 'specialists', 'physicians', 'plastic surgeons', 'scientists')} (recommend|recommended|trust|trusted|agree|endorse|endorsed|prefer|choose|swear by|use)`,
      '(recommended|endorsed|trusted|approved|chosen|preferred) by (leading|top|renowned) (dermatologists|doctors|surgeons|experts|specialists|physicians)',
    ],
  },
  {
    name: 'branded-stem-cell-name', termId: 'SCT-01',
    patterns: [`stem cell ... ${alt('facial', 'facials', 'facelift', 'face lift', 'face treatment', 'skin treatment')}`],
  },
  {
    name: 'branded-exosome-name', termId: 'BIO-01',
    patterns: [`exosome ... ${alt('infusion', 'infusions', 'serum', 'injection', 'injections', 'drip', 'booster', 'hair treatment', 'scalp treatment', 'skin booster')}`],
  },
  {
    name: 'enriched-fat', termId: 'SCT-03',
    patterns: [`(svf|stromal vascular fraction|adipose stem cell|adipose derived stem cell|cell|stem cell|nanofat) (enriched|assisted|boosted|rich|supercharged) ${alt('fat', 'fat transfer', 'fat graft', 'fat grafting', 'lipofilling', 'lipotransfer', 'lipo transfer')}`],
  },
  {
    name: 'culture-extracts', termId: 'BIO-02',
    patterns: ['stem cell (culture|cultured|cell culture) (extract|extracts|media|medium|filtrate|fluid)'],
  },
];
