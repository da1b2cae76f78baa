/**
 * Context cues (domain reference section 1.2), written in the lexicon's
 * pattern language and compiled into the same one-pass matcher as the terms.
 */

import type { CueKind } from './cue-kinds.ts';

export type { CueKind } from './cue-kinds.ts';

/** The opening of a sentence that says what cells or tissues of the body are (the biology cue). */
const NATURE_IS = '[the|human|adult|plant|skin|our|your|animal|human and animal] [own] (stem cells|cells|platelets|fibroblasts|follicles|hair follicles|plant stem cells|keratinocytes|collagen|elastin|stem cell) (are|is) [also]';

export const CUES: Record<CueKind, readonly string[]> = {
  // NegEx-style triggers, looked for in a short window before a claim.
  negation: [
    'not', 'no', 'never', 'nor', 'neither', 'without', 'cannot', "can't", "don't", "doesn't", "didn't", "isn't",
    "aren't", "wasn't", "weren't", "won't", "wouldn't", "shouldn't", "couldn't", "haven't", "hasn't", 'far from',
    'nothing', 'none', 'lack', 'lacks', 'rarely', 'seldom', 'hardly', 'barely', 'free of', 'rather than', 'instead of', 'unlikely to', 'fails to',
    'no treatment (is|can)', 'there is no such thing as', 'do not believe', 'it is not true',
  ],
  // Look like negations but are not: "not only", "no doubt".
  pseudo: [
    'not only', 'not just', 'no doubt', 'no wonder', 'not to mention', 'nothing but', 'no longer need',
    'without a doubt', 'not limited to', 'no matter', 'not necessary to', 'no more than', 'never been easier',
  ],
  // End a negation's or a hedge's reach within a sentence.
  terminator: ['but', 'however', 'although', 'though', 'yet', 'whereas', 'except', 'instead', 'while'],
  // Words that make a statement tentative (R2). "can", "will", "promising" are not hedges.
  hedge: [
    'may', 'might', 'could', 'possibly', 'potentially', 'potential to', 'potential of', 'has the potential', 'perhaps', 'aim to', 'aims to', 'aimed at',
    'the aim is', 'the goal is', 'designed to', 'intended to', 'meant to', 'focuses on', 'focus on', 'is thought to',
    'are thought to', 'believed to', 'tries to', 'try to', 'trying to', 'hope to', 'hoped to', 'hopes to',
    'some patients', 'in some cases', 'some people', 'some studies', 'likely to', 'suggest', 'suggests',
    'preliminary', 'under investigation', 'investigating', 'being studied', 'being researched', 'in theory',
    'theoretically', 'hypothesis', 'hypothesized', 'seeking to', 'looking to', 'hoping to', 'promise of',
  ],
  // A claim limited to some ("results are permanent in some patients") is
  // hedged (section 1.2, rule R2), also when the limit comes after it.
  limited: ['(in|for) (some|a few|certain) (patients|people|clients|cases)'],
  // A wish is not a claim ("for those who want tighter skin"): it reaches to
  // the end of its clause, not past a comma.
  wish: [
    '(who|that) (want|wish|hope|seek|desire|would like|dream of|long for|are looking for|are hoping for)',
    '(anyone|those|people|patients|clients|men|women) (wanting|hoping for|wishing for)',
    'in search of', 'dream of', 'dreaming of',
  ],
  // A contrast that takes back what the claim before it promised ("reduces
  // the risk but does not remove it"): the claim is negated.
  contrast: [
    "(but|yet|though|although) [it|this|they|that|the treatment|the procedure] [still] (does not|do not|did not|will not|cannot|can not|doesn't|don't|won't|can't|is not|isn't|are not|aren't|never) [completely|fully|entirely|totally|always] (remove|eliminate|erase|cure|stop|prevent|guarantee|reverse|replace|end|rule out|remove the risk|halt|work for everyone|last|mean)",
  ],
  // Critical, warning, reporting or educational framing (sentence or its heading).
  critical: [
    'beware', 'be suspicious', 'suspicious of', 'watch out for', 'look out for', 'warning signs', 'warning sign',
    '(claims|phrases|promises|words|terms|wording|slogans|lines) (like|such as)',
    // A reported result that found nothing is the page weighing the evidence, not selling.
    '(found|find|finds|showed|show|shows|revealed|reported) (little|no|only small|only modest|only a small|modest|limited|no significant|no clear|no real|no meaningful) (difference|differences|benefit|benefits|effect|effects|evidence|improvement|advantage|change)',
    'no better than', 'no more effective than', 'avoid (clinics|providers|spas|anyone|any clinic|practitioners|sellers|places|products|such)',
    '(should|must|best to|better to|always|please) avoid', 'be wary', 'be careful', 'be cautious', 'caution', 'red flag', 'red flags', 'warning',
    'warn', 'warns', 'warned', 'misleading', 'mislead', 'scam', 'scams', 'fraud', 'fraudulent', 'unproven',
    'unapproved', 'not approved', 'so-called', 'so called', 'claim to', 'claims to', 'claimed to', 'claiming to',
    'claims that', 'claimed that', 'claim that', 'used loosely', 'loosely used', 'ask whether', 'ask if',
    'FDA warns', 'deceptive', 'dubious', 'hype', 'marketing term', 'buzzword', 'buzzwords',
    'too good to be true', 'illegal', 'illegally', 'dangerous', 'danger', 'questionable', 'no evidence',
    'little evidence', 'lack of evidence', 'not supported by', 'unregulated', 'unlicensed', 'blindness',
    'lawsuit', 'sued', 'investigation', 'crackdown', 'advertised as', 'marketed as',
    'sold as', 'promoted as', 'promise to', 'promising patients', 'clinics that', 'clinics which', 'clinics who',
    'providers that', 'sellers', 'allegedly', 'purported', 'purportedly', 'skeptical', 'sceptical',
    'controversial', 'exploit', 'exploiting', 'predatory', 'according to',
    'in quotes', 'quotation marks', 'distinguish between', 'the difference between', 'bandwagon',
  ],
  // The page describes an invasive step (R5): needles, injections, harvest, incisions, anaesthesia.
  invasive: [
    'needle', 'needles', 'microneedling', 'micro needling', 'microneedle', 'inject', 'injection', 'injections',
    'injected', 'injecting', 'injectable', 'syringe', 'cannula', 'microcannula', 'liposuction', 'lipoaspirate', 'fat harvest',
    'harvest fat', 'fat transfer', 'fat grafting', 'fat removal', 'removed fat',
    // Everyday words (a harvest, a drip, a tea infusion) only with what is taken or given.
    '(fat|tissue|cells|stem cells|grafts|follicles|blood|marrow|sample|samples) [is|are|was|were|being] (harvested|extracted|drawn|aspirated)',
    '(harvested|harvesting|harvest|extracted|extracting|extract|draw|drawing|drawn) (fat|tissue|cells|grafts|follicles|blood) from',
    '(iv|vitamin|stem cell|exosome|nad|cell|intravenous|saline) (drip|drips|infusion|infusions)', 'iv (therapy|treatment|treatments|line)',
    'incision', 'incisions', 'anesthesia', 'anaesthesia', 'anesthetic', 'anaesthetic', 'numbing', 'local anesthetic',
    'sedation', 'sedated', 'scalpel', 'biopsy', 'biopsies', 'punch (biopsy|biopsies|tool|grafts|excision)',
    'follicular unit (extraction|excision|transplantation)', 'dermaroller', 'derma roller', 'dermapen', 'derma pen', 'centrifuge', 'centrifuged',
    'blood draw', 'draw blood', 'drawing blood', 'draws blood', 'small sample of blood', 'blood sample',
    'sample of your blood', 'bone marrow', 'minimally invasive', '(bone marrow|fat|needle) aspiration', 'intravenous',
  ],

  // The page speaks as a seller: first person, bookings, prices (page signal).
  seller: [
    'we offer', 'we provide', 'we use', 'we specialize', 'we specialise', 'we are', "we're", 'we have', 'we can',
    'we will', 'our clinic', 'our center', 'our practice', 'our team', 'our patients', 'our clients', 'our doctors',
    'our doctor', 'our specialists', 'our experts', 'our med spa', 'our spa', 'our products', 'our serum',
    'our cream', 'our formula', 'our treatment', 'our treatments', 'our services', 'at our', 'book now',
    'book a', 'book an', 'book your', 'schedule a', 'schedule your', 'schedule an', 'call us', 'contact us',
    'request a', 'free consultation', 'consultation', 'appointment', 'shop now', 'add to cart', 'buy now',
    'order now', 'special offer', 'pricing', 'packages', 'package', 'visit us', 'our location', 'our office',
    'get in touch', 'we accept', 'financing',
  ],

  // A page that reports on or weighs up treatments rather than selling them
  // (page signal; counted together with the critical cues).
  editorial: [
    'said in a statement', 'said', 'told', 'according to', 'health officials', 'department of health', 'regulators',
    'regulator', 'the reality', 'in reality', 'marketing', 'hype', 'allure', 'gimmick', 'gimmicks', 'controversy',
    'believed to', 'said to', 'next big thing', 'should you', 'think twice', 'the bottom line', 'proponents',
    'critics', 'touted', 'investigational', 'more research is needed', 'research is needed', 'further research',
    'remains unclear', 'jury is still out', 'limited evidence', 'evidence is limited', 'evidence is lacking',
    'not yet proven', 'is debated', 'debate', 'nuanced', 'skeptics', 'sceptics', 'researchers', 'journalist',
    'reporter', 'the study', 'patients should', 'consumers should', 'consumers', 'lawsuit', 'authorities',
    'outbreak', 'grey area', 'gray area', 'at best', 'buyer beware', 'proceed with caution', 'do your research',
    'watch out for', 'look out for', 'be skeptical', 'be sceptical', 'talk to your doctor', 'ask your doctor',
    'questions to ask', 'what to ask', 'warning signs', 'phrases like', 'terms like', 'words like', 'claims like',
    'promises like', 'claims such as', 'phrases such as', 'if a clinic', 'if a provider', 'if you see',
    'reputable', 'legitimate', 'guidance', 'advises', 'we recommend', 'no proof', 'not been shown',
    'not been proven', 'not proven', 'unsupported', 'overstate', 'overstated', 'exaggerated', 'exaggerate',
    'spot the', 'decode', 'decoding', 'translation', 'what it really means', 'what they mean',
    // Patient-information leaflets and evidence summaries weigh treatments up.
    'this leaflet', 'patient information', 'information for patients', '(risks|complications|side effects) (include|can include)',
    'possible (risks|complications)', 'results (vary|can vary|differ)', 'not everyone', 'discuss with your', 'speak to your',
    'your (surgeon|doctor) will (discuss|explain|talk)', 'evidence suggests', 'randomised', 'randomized', 'placebo', 'systematic review',
    'meta analysis', 'limited data', 'long term data', 'uncertain', 'uncertainty', 'we do not know', 'not known',
  ],

  // A sentence that opens by describing biology ("Stem cells are...",
  // "Platelets release...") explains nature, not the offer (rule R6). Only
  // counts at the start of a sentence.
  biology: [
    `${NATURE_IS} (found|located|present|responsible|undifferentiated|known|called|naturally|essential|crucial|vital|important|building|rich)`,
    // "Stem cells are a ..." only when a kind of cell or a part of the body follows: "are a miracle cure" is a claim.
    `${NATURE_IS} (the|a|an) [special|unique|specific|particular|natural] (type|kind|group|class|building|body|foundation|basis|source|part|protein|component|reservoir|population|master)`,
    '[the|human|adult|plant|skin|our|your|animal|human and animal] [own] (stem cells|cells|platelets|fibroblasts|follicles|hair follicles|plant stem cells|keratinocytes|collagen|elastin) [naturally|also|normally|constantly] (release|secrete|divide|reside|exist|play|communicate|signal|make up|lose|decline|slow|weaken|shrink|miniaturize|produce|respond|achieve|do not|don\'t)',
    '[the|human|adult|plant|skin|our|your] (stem cells|cells|stem cell) (are|is) [also] [naturally] (unspecialised|unspecialized|immature|blank|basic|cells)',
    '(as we age|with age|over time|in nature)',
  ],

  // A sentence that tells how something was discovered ("the prize honoured
  // the discovery of iPS cells") is science history, not the offer (rule R6).
  // Prize wording alone is not: "Nobel Prize-winning technology" sells (SCI-08).
  history: [
    '(the|their|his|her|this) discovery of', '(was|were) first (discovered|described|identified|isolated|reported)',
    '(was|were) discovered (in|by)',
  ],

  // A sentence that opens on an established product or treatment ("Minoxidil
  // can slow hair loss") is about that product, not the offer (rule R6),
  // up to the first contrast or clause break.
  otherProduct: [
    '(minoxidil|rogaine|finasteride|propecia|dutasteride|retinoids|retinoid|retinol|tretinoin|sunscreen|spf|botox|dermal fillers|fillers|filler|hyaluronic acid fillers|laser resurfacing|chemical peels|a facelift|facelifts|hair transplants|a hair transplant|hair transplant surgery|surgery|medication|medications|prescription treatments) [alone|treatment|treatments|therapy|creams|cream] (can|may|might|could|is|are|has|have|will|does|do|help|helps|work|works|slow|slows|reduce|reduces|remain|remains|stop|stops|improve|improves|prevent|prevents)',
    // A field's name as the subject describes the field (section 1.3), not the offer.
    '(regenerative medicine|regenerative aesthetics|the field|this field|the field of regenerative medicine) (is|are|uses|harnesses|relies|focuses|aims|seeks|studies|explores|has|works)',
  ],

  // Clauses that give the means or the consequence of the sentence's main
  // claim (rule R3): not separate claims when the main one is flagged.
  // "Collagen is crucial for preventing wrinkles": what nature needs, not what the offer does (R6).
  // "regenerative aesthetic medicine": a word that turns the match into the name of a field.
  field: ['medicine', 'research', 'researchers', 'scientists'],
  function: ['(crucial|essential|important|vital|necessary|responsible|key) (for|to|in)'],
  // What a "stem cell therapy" label may name that is no stem-cell product
  // (section 1.4, SCT-06): the label then counts.
  notStemCell: ['prp', 'platelet rich plasma', 'platelet', 'platelets', 'hyaluronic acid'],
  subordinate: [
    'leading to', 'allowing for', 'contributing to', 'which leads to', 'giving you',
    'effectiveness of', 'efficacy of',
  ],
};
