import type { Category, CategoryCode } from './types.ts';

/**
 * The eleven claim categories, in the order the popup lists them. `ask` holds
 * the checklist questions worth asking for any term of the category; a term
 * adds its own more specific ones.
 */
export const CATEGORIES: readonly Category[] = [
  {
    code: 'SCT',
    name: 'Stem-cell labels',
    summary: 'Treatments or products named after stem cells in ways that hide what is really used.',
    ask: ['Q1', 'Q6', 'Q8'],
  },
  {
    code: 'BIO',
    name: 'Biologic buzzwords',
    summary: 'Exosomes, growth factors, conditioned media and "regeneration" presented as proven benefits.',
    ask: ['Q1', 'Q3', 'Q6', 'Q7', 'Q14'],
  },
  {
    code: 'PERM',
    name: 'Permanence and guarantees',
    summary: 'Promises that results last for ever, are guaranteed, or work for everyone.',
    ask: ['Q24', 'Q13', 'Q25'],
  },
  {
    code: 'EFF',
    name: 'Efficacy overclaims',
    summary: 'Statements that the treatment regrows, reverses, heals or transforms, asserted as fact.',
    ask: ['Q5', 'Q10', 'Q4'],
  },
  {
    code: 'SAFE',
    name: 'Safety overclaims',
    summary: 'Reassurance that a procedure carries no risk, side effects or pain.',
    ask: ['Q20', 'Q21', 'Q8', 'Q18'],
  },
  {
    code: 'SCI',
    name: 'Borrowed authority',
    summary: 'Vague appeals to science, studies, patents, prizes, experts or rankings instead of evidence.',
    ask: ['Q10', 'Q11'],
  },
  {
    code: 'REG',
    name: 'Regulatory status',
    summary: 'Claims of approval, registration, clearance or exemption that may not mean what they suggest.',
    ask: ['Q14', 'Q15', 'Q16'],
  },
  {
    code: 'STAT',
    name: 'Numbers without context',
    summary: 'Success rates, percentages, patient counts and timelines given with no study behind them.',
    ask: ['Q11', 'Q13'],
  },
  {
    code: 'INV',
    name: 'Downplayed invasiveness',
    summary: 'Wording that makes needles, fat harvest, anaesthesia or recovery sound trivial or absent.',
    ask: ['Q2', 'Q9', 'Q20'],
  },
  {
    code: 'TEST',
    name: 'Testimonials and photos',
    summary: 'Before-and-after pictures, patient stories, celebrity use and badges standing in for evidence.',
    ask: ['Q12'],
  },
  {
    code: 'PRESS',
    name: 'Pressure and price',
    summary: 'Deadlines, discounts, deposits, seminars and holiday packages that rush a medical decision.',
    ask: ['Q25', 'Q27', 'Q23'],
  },
];

/** The category with this code. */
export function categoryByCode(code: CategoryCode): Category {
  const found = CATEGORIES.find((c) => c.code === code);
  if (!found) throw new Error(`Unknown category ${code}`);
  return found;
}
