/**
 * The "what to ask a clinic" checklist: 28 questions in 8 sections.
 *
 * Wording is ClinicCheck's own; the facts behind it (regulators, courts,
 * ISSCR, CDC) are in the domain reference and lib/lexicon/sources.ts.
 * Question ids are stable (`Q1`..`Q28`): lexicon terms point to them and
 * stored answers are keyed by them, so never renumber.
 */
import type { CategoryCode, QuestionId } from '../lexicon/types.ts';

export type SectionId = 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | 'H';

export interface ChecklistSection {
  id: SectionId;
  title: string;
}

export interface ChecklistQuestion {
  id: QuestionId;
  section: SectionId;
  /** A few words for tables and lists: "What goes into my body". */
  short: string;
  /** The question as the person would ask it. */
  question: string;
  whyItMatters: string;
  /** What a reassuring answer sounds like. */
  reassuring: string;
  /** What a worrying answer sounds like. */
  redFlag: string;
  /** Claim categories whose findings lead to this question. */
  categories: CategoryCode[];
}

export const SECTIONS: readonly ChecklistSection[] = [
  { id: 'A', title: 'The treatment itself' },
  { id: 'B', title: 'Where the cells come from and how they are handled' },
  { id: 'C', title: 'Evidence' },
  { id: 'D', title: 'Regulation and trials' },
  { id: 'E', title: 'Who treats you, and where' },
  { id: 'F', title: 'Risks and complications' },
  { id: 'G', title: 'Costs, sessions and refunds' },
  { id: 'H', title: 'Consent and follow-up' },
];

export const QUESTIONS: readonly ChecklistQuestion[] = [
  // A. The treatment itself
  {
    id: 'Q1', section: 'A', short: 'What goes into my body',
    question: 'What exactly will be put on or into my body: living cells, a cell-free extract or "conditioned medium", exosomes, PRP, fat, or a cosmetic serum?',
    whyItMatters: 'One marketing label can cover very different materials, each with its own risks and its own (often thin) evidence.',
    reassuring: 'They name the material and how it is prepared, and put it in writing.',
    redFlag: 'Just "stem cells" or "our own regenerative formula"; the answer shifts as you ask more.',
    categories: ['SCT', 'BIO'],
  },
  {
    id: 'Q2', section: 'A', short: 'How it is delivered',
    question: 'How is it given (rubbed in, microneedled, injected, infused), where on the body, and with which device? Does any step use needles, cuts, liposuction or anaesthesia?',
    whyItMatters: 'Words like "facial" or "non-invasive" can hide a fat harvest or injections.',
    reassuring: 'Every step is described, including anaesthesia and the names of the devices.',
    redFlag: '"It\'s only a facial" or "nothing invasive" for a procedure that removes fat.',
    categories: ['INV', 'SCT'],
  },
  {
    id: 'Q3', section: 'A', short: 'Product name and documents',
    question: 'What is the product called, who makes it, what is the lot number, and may I see its paperwork?',
    whyItMatters: 'A named product can be looked up with the regulator and traced if something goes wrong.',
    reassuring: 'Trade name, manufacturer and lot number, with a certificate of analysis (sterility, identity) offered.',
    redFlag: '"We make it in-house" with nothing on paper, or "that\'s proprietary".',
    categories: ['BIO', 'SCI', 'REG'],
  },
  {
    id: 'Q4', section: 'A', short: 'Standard care and alternatives',
    question: 'Is this standard care for my problem, and what proven alternatives exist (for hair: minoxidil, finasteride, transplant; for skin: retinoids, lasers, fillers)?',
    whyItMatters: 'An unproven option only makes sense when weighed against treatments whose effects and costs are known.',
    reassuring: 'They explain the alternatives fairly, including where their own treatment is weaker or unproven.',
    redFlag: '"Nothing else works", "better than surgery", or running down proven medicines.',
    categories: ['EFF', 'PERM'],
  },
  {
    id: 'Q5', section: 'A', short: 'Expected benefit and how measured',
    question: 'What benefit should I expect, how will it be measured, and by when?',
    whyItMatters: 'Without a concrete goal you cannot tell afterwards whether the money was well spent.',
    reassuring: 'A measurable target (hair counts, standard photos) with a realistic range and a timeline.',
    redFlag: '"Dramatic", "years younger", "full regrowth", and no plan to measure anything.',
    categories: ['EFF', 'PERM', 'STAT'],
  },
  // B. Where the cells come from and how they are handled
  {
    id: 'Q6', section: 'B', short: 'Source of the material',
    question: 'Does it come from my own body, from a human donor (cord blood, placenta, amniotic fluid, Wharton\'s jelly), from an animal or from a plant?',
    whyItMatters: 'The source decides the infection risk, the immune reaction and which rules apply.',
    reassuring: 'A plain answer such as "your own fat, processed today".',
    redFlag: '"Young stem cells" or "birth tissue" with no details, or animal cells.',
    categories: ['SCT', 'BIO'],
  },
  {
    id: 'Q7', section: 'B', short: 'Donor screening and testing',
    question: 'If it comes from a donor: how was the donor screened, and how was the product tested for infection and contamination?',
    whyItMatters: 'Donor tissue can pass on infections, and the FDA has reported serious infections after unapproved products.',
    reassuring: 'A named tissue supplier, a list of screening tests, and certificates handed over.',
    redFlag: '"It\'s safe, it comes from healthy births", with no test records.',
    categories: ['BIO', 'SCT', 'SAFE'],
  },
  {
    id: 'Q8', section: 'B', short: 'Processing and quality checks',
    question: 'How is it processed (mechanically, with enzymes, grown in culture), where, and how are identity, cell count, viability and sterility checked?',
    whyItMatters: 'Contamination and mislabelling happen during processing, and "millions of live cells" means nothing unless someone counted.',
    reassuring: 'A named method and laboratory, measured counts and viability, sterility tests, and records kept.',
    redFlag: '"It\'s a closed system, so it\'s sterile"; no measurements; an outside lab they will not name.',
    categories: ['SCT', 'SAFE', 'REG'],
  },
  {
    id: 'Q9', section: 'B', short: 'Fat harvest',
    question: 'If fat is taken: how much, from where, under what anaesthesia, and what are the risks of the harvest itself?',
    whyItMatters: 'Liposuction is surgery, with complications of its own.',
    reassuring: 'Amount, site and anaesthesia stated, and the harvest risks listed separately.',
    redFlag: '"Just a tiny bit, you won\'t feel it", sold as non-surgical.',
    categories: ['INV', 'SCT'],
  },
  // C. Evidence
  {
    id: 'Q10', section: 'C', short: 'Published evidence',
    question: 'Which published, peer-reviewed studies support this exact treatment for my problem? May I have the references?',
    whyItMatters: 'US and EU rules expect evidence that fits both the product and the promised benefit.',
    reassuring: 'Specific references, ideally controlled trials, with their limits admitted.',
    redFlag: '"Studies show"; only animal or lab studies; testimonials; a journal named without an article.',
    categories: ['SCI', 'EFF', 'BIO'],
  },
  {
    id: 'Q11', section: 'C', short: 'Where the numbers come from',
    question: 'Where do your figures ("96% success", "29% denser") come from? How is success defined, how many patients, followed for how long, and who judged the result?',
    whyItMatters: 'A percentage without a definition and a patient count cannot be interpreted.',
    reassuring: 'A written definition, the number of patients, the follow-up time, and an independent or blinded assessment.',
    redFlag: '"Our internal data"; graft survival passed off as hair growth; no patient count.',
    categories: ['STAT', 'PERM'],
  },
  {
    id: 'Q12', section: 'C', short: 'Photos and testimonials',
    question: 'Are the before-and-after photos and testimonials from your own patients, typical, unretouched and taken under the same conditions? Were any of those patients paid or given discounts?',
    whyItMatters: 'A testimonial about results suggests they are typical, and regulators restrict misleading before-and-after images.',
    reassuring: '"Yes, with consent and the same lighting; here is the usual range", and any rewards disclosed.',
    redFlag: 'Stock or celebrity pictures; "results like these are normal" with no data.',
    categories: ['TEST', 'SCI'],
  },
  {
    id: 'Q13', section: 'C', short: 'Patients it does not help',
    question: 'What share of patients get little or no benefit, and what happens for them?',
    whyItMatters: 'A careful clinic knows how often its treatment fails.',
    reassuring: 'A number or an honest range, and a plan for people it does not help.',
    redFlag: '"Everyone responds" or "guaranteed".',
    categories: ['PERM', 'STAT', 'TEST'],
  },
  // D. Regulation and trials
  {
    id: 'Q14', section: 'D', short: 'Regulator approval',
    question: 'Has the national regulator approved this product for this use? If you say "registered", "cleared" or "compliant": registered or cleared for what, exactly?',
    whyItMatters: 'In the US, registering a lab or clearing a device is not approval of a product, and no stem-cell or exosome product is approved for cosmetic use.',
    reassuring: '"No, it is not approved, and this is its exact status", or an authorisation number you can check.',
    redFlag: '"FDA-registered lab", "FDA compliant", or "exempt because they are your own cells".',
    categories: ['REG', 'BIO', 'SCT'],
  },
  {
    id: 'Q15', section: 'D', short: 'Trial registration and ethics',
    question: 'If this is a study: what is its registry number, which independent ethics committee approved it and until when, does the regulator authorise it (an IND in the US), and why am I paying?',
    whyItMatters: 'Registry listings and "studies" the patient pays for are used as advertising.',
    reassuring: 'A registry id, ethics approval, regulator clearance, and no charge for the product under study.',
    redFlag: '"Listed on ClinicalTrials.gov" offered as proof; paying to take part; no consent form.',
    categories: ['SCI', 'REG'],
  },
  {
    id: 'Q16', section: 'D', short: 'Treatment abroad',
    question: 'If the treatment is abroad: which authority licenses this clinic and this product, and what can I do if I am harmed?',
    whyItMatters: 'Oversight and legal remedies differ between countries, and the FDA cannot vouch for foreign products.',
    reassuring: 'A named regulator and a licence you can look up, with complication and liability terms in writing.',
    redFlag: '"It\'s legal here" or "the FDA is too slow, that\'s why we work here".',
    categories: ['REG', 'PRESS'],
  },
  // E. Who treats you, and where
  {
    id: 'Q17', section: 'E', short: 'Who does each step',
    question: 'Who carries out each step (harvest, processing, injection), what are their qualifications and licence, and how can I check them?',
    whyItMatters: 'Unlicensed practitioners and spas have caused serious harm.',
    reassuring: 'Names, specialties and licence numbers you can check with the medical board.',
    redFlag: '"Our technician", a beautician giving injections, or credentials you cannot verify.',
    categories: ['SCI', 'BIO'],
  },
  {
    id: 'Q18', section: 'E', short: 'Facility and infection control',
    question: 'Is it done in a licensed medical facility with written infection-control rules, single-use needles and proper client records?',
    whyItMatters: 'The CDC traced HIV infections to PRP "vampire" facials at an unlicensed spa that reused equipment and kept poor records.',
    reassuring: 'A licensed facility, sterile single-use supplies, and records that are kept.',
    redFlag: 'A home or salon setting, or vague answers about sterilising equipment.',
    categories: ['SAFE', 'INV', 'BIO'],
  },
  {
    id: 'Q19', section: 'E', short: 'Experience and complications log',
    question: 'How many times has this practitioner done this exact procedure, and do they record and report complications?',
    whyItMatters: 'Experience and honest record-keeping lower the risk.',
    reassuring: 'A number, and a complications log or participation in a registry.',
    redFlag: '"Thousands" with no records, or "we have never had a complication".',
    categories: ['STAT', 'SAFE'],
  },
  // F. Risks and complications
  {
    id: 'Q20', section: 'F', short: 'Side effects and serious risks',
    question: 'What are the common side effects, the recovery time, and the rare serious risks (infection, lumps, blocked blood vessels or blindness after facial injections, abnormal tissue growth), for both the harvest and the injection?',
    whyItMatters: 'You can only agree to risks you have been told about.',
    reassuring: 'A specific written list that includes the rare serious events.',
    redFlag: '"No side effects", "your own cells, so no risk", or "no downtime".',
    categories: ['SAFE', 'INV'],
  },
  {
    id: 'Q21', section: 'F', short: 'If something goes wrong',
    question: 'If something goes wrong, whom do I call (also at night and at weekends), who treats the complication, and who pays?',
    whyItMatters: 'A plan for complications shows the clinic takes risk seriously.',
    reassuring: 'A named contact, an arrangement with a hospital, and who pays, in writing.',
    redFlag: '"That won\'t happen", or no aftercare contact at all.',
    categories: ['SAFE'],
  },
  {
    id: 'Q22', section: 'F', short: 'Reasons not to have it',
    question: 'Is there any reason I should not have it (medicines, pregnancy, autoimmune disease, past cancer), and could it affect later treatments or my chance to join a trial?',
    whyItMatters: 'Checking who is suitable protects patients, and some treatments rule out joining trials later.',
    reassuring: 'They go through your medical history and explain specific exclusions.',
    redFlag: '"It suits everyone".',
    categories: ['PERM', 'SAFE'],
  },
  // G. Costs, sessions and refunds
  {
    id: 'Q23', section: 'G', short: 'Total cost',
    question: 'What is the total cost, including harvest, processing, anaesthesia, follow-up and any "maintenance" or "booster" sessions?',
    whyItMatters: 'High or hidden costs are a known warning sign, and boosters multiply the price.',
    reassuring: 'An itemised written quote that includes repeat sessions.',
    redFlag: 'Only a per-session price, or boosters mentioned after you have paid.',
    categories: ['PRESS', 'PERM'],
  },
  {
    id: 'Q24', section: 'G', short: 'Sessions and how long it lasts',
    question: 'How many sessions do people usually need, how long do results last, and what happens when I stop?',
    whyItMatters: 'Promises of permanence rarely survive this question.',
    reassuring: 'A typical number of sessions, a range for how long results last based on data, and a maintenance plan.',
    redFlag: '"One treatment, results for life".',
    categories: ['PERM'],
  },
  {
    id: 'Q25', section: 'G', short: 'Refunds, deposits, deadlines',
    question: 'What are the refund and cancellation terms? Is any deposit non-refundable? Does the price depend on booking by a deadline?',
    whyItMatters: 'Deadlines and deposits push people to decide before they are properly informed.',
    reassuring: 'Written terms, a cooling-off period and a refundable deposit.',
    redFlag: '"The offer ends today", or a non-refundable deposit before any consultation.',
    categories: ['PRESS'],
  },
  // H. Consent and follow-up
  {
    id: 'Q26', section: 'H', short: 'Written consent in advance',
    question: 'Before I pay, will I get a written consent form that says whether the treatment is unproven, and lists its risks, the alternatives and the full cost?',
    whyItMatters: 'Informed consent needs a document and time to read it.',
    reassuring: 'A consent form handed over in advance that is honest about the uncertainty.',
    redFlag: 'Consent signed on the day of treatment, or no form at all.',
    categories: ['SAFE', 'PRESS', 'REG'],
  },
  {
    id: 'Q27', section: 'H', short: 'Time for an independent opinion',
    question: 'May I take the information home and get an independent medical opinion first?',
    whyItMatters: 'Advice from a doctor who is not selling the treatment is the best check there is.',
    reassuring: '"Of course, here is everything in writing."',
    redFlag: 'Pressure to book during a seminar or the consultation.',
    categories: ['PRESS'],
  },
  {
    id: 'Q28', section: 'H', short: 'Follow-up and records',
    question: 'What follow-up is included, how will results be documented, and will my records (including the product and its lot) be kept and shared with my own doctor?',
    whyItMatters: 'Records make complications traceable and results checkable.',
    reassuring: 'Scheduled follow-up visits, standard photos, and records shared when asked.',
    redFlag: 'No follow-up, and no records kept.',
    categories: ['STAT', 'SAFE'],
  },
];

const BY_ID = new Map<string, ChecklistQuestion>(QUESTIONS.map((q) => [q.id, q]));

/** The question with this id, or undefined for an unknown id. */
export function questionById(id: string): ChecklistQuestion | undefined {
  return BY_ID.get(id);
}

/** The section with this id. */
export function sectionById(id: SectionId): ChecklistSection {
  return SECTIONS.find((s) => s.id === id)!;
}

/** True for `Q1`..`Q28`. */
export function isQuestionId(id: unknown): id is QuestionId {
  return typeof id === 'string' && BY_ID.has(id);
}
