import type { ClaimPattern } from './claim-patterns.ts';

/**
 * Price, pressure and figures in free wording (PRESS, STAT): the shapes any
 * clinic's offer or statistic takes ("N% off", "offer ends <day>", "only N
 * left", "from N a month", "N% of patients report", "over N operations"),
 * not one phrase each. They only count on a page about treatments (the
 * `clinical` page signal), so a shop's sale is not flagged.
 */
const alt = (...words: string[]) => `(${words.join('|')})`;

const MONTH = alt(
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
);
const DAY = alt('monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'midnight', 'tonight', 'tomorrow', 'today', 'soon', 'this weekend', 'the end of the month', 'end of month');
const PERIOD = alt('days', 'weeks', 'months', 'years');
/** Who a figure is about: the clinic's own patients and their procedures. */
const PEOPLE = alt('patients', 'clients', 'people', 'users', 'customers', 'women', 'men', 'participants', 'subjects', 'cases', 'recipients');
const PROCEDURES = alt(
  'procedures', 'treatments', 'operations', 'surgeries', 'transplants', 'hair transplants', 'grafts', 'injections',
  'sessions', 'cases', 'facials', 'infusions', 'patients', 'clients', 'happy patients', 'satisfied patients',
  'happy clients', 'satisfied clients', 'customers',
);
/** What a patient is said to report, see or get. */
const REPORT = alt(
  'report', 'reported', 'see', 'saw', 'notice', 'noticed', 'experience', 'experienced', 'achieve', 'achieved', 'say',
  'said', 'show', 'showed', 'had', 'have', 'get', 'got', 'gain', 'gained', 'enjoy', 'rate', 'rated', 'would', 'are', 'were',
  'feel', 'felt', 'regrow', 'regrew', 'recommend', 'return', 'choose', 'chose',
);
/** Comparatives a figure can promise ("40% fewer", "3x more"). */
const MORE = alt(
  'more', 'fewer', 'less', 'greater', 'higher', 'lower', 'faster', 'better', 'thicker', 'denser', 'fuller', 'firmer',
  'smoother', 'brighter', 'younger', 'stronger', 'longer', 'reduction', 'increase', 'improvement', 'boost', 'decrease',
  'drop', 'rise', 'gain', 'growth', 'regrowth', 'success', 'satisfaction',
);

export const SALES_PATTERNS: readonly ClaimPattern[] = [
  {
    name: 'discount', termId: 'PRESS-05',
    patterns: [
      'N percent off', 'save [up to] [an extra] N [percent]', '(saving|savings|discount) of [up to] N [percent]', '(N percent|half price) discount',
      '(reg|rrp|regular price|regularly priced at|regularly) N', '(normally|usually|originally) (priced at|costs|price) N', '(was|reg|rrp) N now [only|just] N', '(bundle|package|combine|book both|book together) ... and save',
      'half (price|off)', '(buy|book) N (get|and get) N (free|half price|half off)',
    ],
  },
  {
    name: 'deadline', termId: 'PRESS-01',
    patterns: [
      `(offer|deal|promotion|promo|sale|discount|pricing|price|special) [is] (ends|expires|ending|valid until|valid till|valid through|runs until|until|through|till|available until) ${MONTH}`,
      `(offer|deal|promotion|promo|sale|discount|pricing|price|special) [is] (ends|expires|ending|valid until|valid till|runs until) [this] ${DAY}`,
      `(ends|expires|book by|book before|until) ${MONTH} N`, `(ends|expires|book by|book before) N ${MONTH}`,
      '(this|for one) (month|week|weekend) only', '(today|tonight|this weekend) only', 'for a limited time', 'limited time only',
      '(ends|expires|ending) (soon|tonight|today|this week|this month|at midnight)',
    ],
  },
  {
    name: 'scarcity', termId: 'PRESS-01',
    patterns: [
      '(only|just) N (left|remaining|available)', '(only|just) N ... (left|remaining|available) (this|for|at|in)',
      'N ... (spots|places|slots|appointments|openings|seats|kits|vials|sessions) (left|remaining)',
      '(last|final) (few|N) (spots|places|slots|appointments|openings|seats)', '(limited|low) (stock|availability|supply|spaces|numbers)',
      '(selling|booking|filling) (out|up) fast', '(almost|nearly) (fully booked|sold out|gone)', 'book (online|today|yours|it) now',
    ],
  },
  {
    name: 'monthly-payments', termId: 'PRESS-06',
    patterns: [
      'interest free', '(N percent|zero percent|0 percent) (finance|financing|apr|interest|credit)', '(pay|paying|payments) (monthly|in installments|in instalments|over N months)',
      'from [as little as|only|just] N (a|per|each) (month|week|mo|wk)', 'as little as N (a|per) (month|week)', 'N (a|per) month (for|over) N months',
      '(monthly|weekly|easy|low|affordable|flexible) (payments|installments|instalments|payment plans|payment options|finance|financing)',
      '(finance|financing|credit|payment plans|pay later) (available|options|is available|are available)', '(klarna|afterpay|clearpay|paypal credit|carecredit|care credit)',
    ],
  },
  {
    name: 'travel-extras', termId: 'PRESS-04',
    patterns: [
      'vip ... (transfer|transfers|pickup|pick up|chauffeur|treatment|service|package)', '(airport|hotel) (transfer|transfers|pickup|pick up|shuttle)',
      '(N star|five star|luxury|boutique|seaside|beachfront) (hotel|resort|accommodation|stay)', 'N (nights|night) (in|at) [a] [N star|five star|luxury] (hotel|resort)',
      '(hotel|accommodation|flights|transfers|sightseeing|city tour) ... (included|includes)', '(package|packages) (include|includes|including) ... (hotel|accommodation|transfer|transfers|flights)',
      '(personal|private) (translator|interpreter|driver|chauffeur|host)',
    ],
  },
  {
    name: 'patients-report', termId: 'STAT-01',
    patterns: [`N percent of [our] [treated|surveyed|the] ${PEOPLE} ${REPORT}`, `N out of N ${PEOPLE}`, `N in N ${PEOPLE} ${REPORT}`],
  },
  {
    name: 'figure-comparative', termId: 'STAT-02',
    patterns: [`N percent ${MORE}`, `N (times|fold|x) ${MORE}`, `N (times|fold|x) (as effective|as long|as strong|as much|the)`],
  },
  {
    name: 'volume', termId: 'STAT-03',
    patterns: [
      `(over|more than|nearly|almost|upwards of|in excess of|around|some|about) N ${PROCEDURES}`,
      `N [plus] [successful|completed|satisfied|happy] ${PROCEDURES} (performed|completed|carried out|done|treated|and counting|to date|since|worldwide|every year|a year|per year|each year)`,
      `(thousands|hundreds|tens of thousands|millions) of [successful|satisfied|happy] ${PROCEDURES}`,
      'N (years|decades) of experience and N', `(performed|completed|carried out|treated|helped) [over|more than] N ${PROCEDURES}`,
    ],
  },
  {
    name: 'timeline-certainty', termId: 'STAT-06',
    patterns: [
      `(see|notice|expect|enjoy|get|achieve|show|shows|appear|appears|visible|noticeable|seen|grow|grows|regrow|look|looks) ... (within|in|after) [just|only|as little as] N ${PERIOD}`,
      `(within|in|after) [just|only] N (hours|${PERIOD.slice(1, -1)}) [you will|you'll|patients will|clients will] (see|notice|enjoy|have|look|feel)`,
      `(result|results|regrowth|growth|improvement|difference|change|transformation) (are|is) (visible|noticeable|seen|apparent|evident) (within|in|after) N`,
    ],
  },
];
