import type { LexiconTerm } from './types.ts';

/** PRESS: deadlines, discounts, deposits, seminars and holiday framing. */
export const PRESSURE: LexiconTerm[] = [
  {
    id: 'PRESS-01', category: 'PRESS', term: 'limited-time offer', severity: 'medium',
    variants: ['limited time (offer|only|deal|special|promotion|price|discount)', 'offer (ends|expires) (soon|today|tonight|this|on|at midnight|friday|sunday)', 'today only (offer|deal|price|discount|special|pricing)', '(offer|deal|price|discount|special|pricing) [is] (valid|available|good) today only', 'flash sale', 'black friday (deal|offer|sale|special|price|discount)', 'only N (spots|slots|places|appointments) (left|remaining|available)', 'limited (spots|slots|availability|places|appointments)', 'last chance to (book|save|get|claim)', 'book now', '(schedule|reserve|secure|book) your (consultation|appointment|spot|session|treatment|place) (today|now)', 'call (now|today) (to|and) (book|schedule|reserve|claim|secure)', 'act (fast|quickly)', 'hurry (while|before|and book|to book|offer ends)', 'book (now|today) (and|to) (save|get|secure|claim|lock in)', '(don\'t|do not) miss (this offer|this deal|out on this offer|out on our offer|your chance)', 'while (spots|places|slots) last', '(spots|spaces|places|slots|appointments) are limited', 'reserve yours (now|today)', '(spots|appointments|slots|places) (are|is) filling [up] (fast|quickly)', 'offer valid (until|through|till)', 'only a few (spots|slots|places|appointments) (left|remaining|available)', '(offer|price|discount|deal) ... this (month|week) only'],
    explanation: 'Deadlines push people into medical decisions. The UK advertising regulator acted against time-limited cosmetic offers, and Turkey bans campaign pricing for domestic patients.',
    ask: ['Q25', 'Q27'], sources: ['S31', 'S39'],
    notProblemWhen: ['A neutral booking link with no deadline or scarcity claim.'],
    examples: {
      match: ['Limited time offer: 30% off exosome facials.', 'Only 3 spots left this month, book now.'],
      noMatch: ['Avoid clinics that push a limited time offer on you.', 'Our opening hours are listed below.'],
    },
  },
  {
    id: 'PRESS-02', category: 'PRESS', term: 'free seminar or webinar', severity: 'medium',
    variants: ['free (educational|informational|info|information) (seminar|webinar|workshop|dinner)', 'free (educational|informational|info|information) (session|event|evening) (on|about) (stem cell|stem cells|regenerative|exosome|exosomes|prp|hair restoration|anti aging)', '(lunch and learn|dinner seminar|dinner and learn)', 'stem cell (webinar|seminar|information session)', 'free (seminar|webinar)', 'register for our [free] (seminar|webinar)'],
    explanation: 'The FTC and Georgia showed that free "educational seminars" were used as sales funnels for unproven injections.',
    ask: ['Q27'], sources: ['S9', 'S17', 'S48'],
    notProblemWhen: ['An independent event with no sale attached.'],
    examples: {
      match: ['Join our free educational seminar on stem cell therapy.', 'Reserve a seat at our lunch and learn.'],
      noMatch: ['Regulators warn that seminars can be sales pitches.', 'The library hosts a book club.'],
    },
  },
  {
    id: 'PRESS-03', category: 'PRESS', term: "don't wait", severity: 'low',
    variants: ['take action (early|now|today)', 'the sooner the better', 'before it\'s too late', 'before it is too late', '(don\'t|do not) let (hair loss|aging|ageing|thinning hair|wrinkles|balding) win', '(don\'t|do not) wait (until|any longer)', 'every day you wait', 'the sooner you (start|act|begin|treat|book)', 'act now'],
    explanation: 'It builds urgency on worry about appearance rather than on medical need.',
    ask: ['Q27'], sources: ['S31'],
    notProblemWhen: ['General health advice with no sales link.'],
    examples: {
      match: ["Don't let hair loss win, book your consultation.", 'Take action early, before it is too late.'],
      noMatch: ['Take your time and get a second opinion.', 'Please wait for the next train.'],
    },
  },
  {
    id: 'PRESS-04', category: 'PRESS', term: 'treatment holiday package', severity: 'medium',
    variants: ['all inclusive (treatment|hair transplant|surgery|procedure|stem cell|medical|cosmetic) package', '(treatment|surgery|procedure|transplant|facelift) (and|plus|with) (hotel|holiday|vacation|sightseeing)', 'VIP (transfer|transfers|airport transfer|airport pickup) (to|from|and) [the] (clinic|hospital|treatment)', '(clinic|hospital) VIP (transfer|transfers)', 'recover (by|on) the (beach|sea|pool)', 'medical (vacation|holiday)', '(hair|beauty|surgery|cosmetic) (holiday|vacation)'],
    explanation: 'Wrapping surgery abroad in beaches and hotels makes it feel like a trip rather than a medical decision, which the UK advertising regulator found trivialising.',
    ask: ['Q16', 'Q23'], sources: ['S32'],
    notProblemWhen: ['Practical travel information with no holiday framing of the treatment.'],
    examples: {
      match: ['Our all-inclusive hair transplant package includes a hotel stay and VIP transfers to the clinic.', 'Recover by the beach after your facelift.'],
      noMatch: ['The travel agency offers city breaks.', 'Plan your recovery at home with someone to help.'],
    },
  },
  {
    id: 'PRESS-05', category: 'PRESS', term: 'discounts', severity: 'low',
    variants: ['N% off [your] [first] (treatment|session|procedure|consultation|facial|injections|package|hair transplant|stem cell|exosome|prp)', 'save N% (on|off) [your] [first] (treatment|session|procedure|facial|package|stem cell|exosome)', 'special (price|offer|pricing) (on|for) (treatment|session|procedure|facial|stem cell|prp|exosome|hair transplant)', 'first (session|treatment) (free|half price)', 'introductory (offer|price|pricing|discount)', 'new (patient|client) (special|offer|discount|pricing)', 'buy N (sessions|treatments) get N free', '(treatment|session) (package|bundle) (deal|discount|pricing|savings)'],
    explanation: 'Price promotions on medical procedures rush decisions; Turkey bans them for domestic audiences and the UK ruling on a stem-cell serum involved a "Save 82%" deal.',
    ask: ['Q23', 'Q25'], sources: ['S39', 'S28'],
    notProblemWhen: ['A plain price list with no promotion.'],
    examples: {
      match: ['Get 40% off your first exosome facial.', 'Save 25% on stem cell treatment this month.'],
      noMatch: ['Our running shoes are made in Portugal from recycled mesh, with a grippy sole for wet pavements and a padded collar for long runs. Every pair ships free and can be returned within thirty days if the fit is wrong. Shoes are 40% off this weekend.', 'Prices are listed in the table below.'],
    },
  },
  {
    id: 'PRESS-06', category: 'PRESS', term: 'financing', severity: 'low',
    variants: ['finance your (treatment|procedure|transformation|surgery|hair transplant)', '(treatment|procedure|surgery) financing', '(financing|payment plans|monthly payments) (for|on) [your] (treatment|procedure|surgery|stem cell|hair transplant)', 'spread the cost of your (treatment|procedure|surgery)', 'N% (APR|interest) (on|for) [your] (treatment|procedure|surgery)'],
    explanation: 'In the FTC case against a stem-cell seller, sales coaching included arranging finance to overcome patients\' doubts.',
    ask: ['Q23'], sources: ['S9'],
    notProblemWhen: ['Payment options stated neutrally with the full cost.'],
    examples: {
      match: ['Finance your treatment with easy monthly payments.', 'Enjoy 0% APR on your procedure.'],
      noMatch: ['The new phone has a brighter screen, a bigger battery that lasts a full day of video, and a camera that copes with low light at concerts and dinners. It comes in three colours and two storage sizes. The phone is available with monthly payments.', 'Ask for an itemised written quote.'],
    },
  },
  {
    id: 'PRESS-07', category: 'PRESS', term: 'exclusive or only here', severity: 'medium',
    variants: ['only clinic (offering|in|to offer)', 'exclusive access to (this|our) ... (treatment|therapy|protocol|procedure)', '(available only|only available) (here|at our clinic|at our center|at our centre)', 'first (clinic|center|centre|provider) in (the country|the uk|the us|europe|the world|the region)', 'first in the (country|uk|world|region|city) to (offer|provide)'],
    explanation: 'Claims of uniqueness need proof, and EU cosmetic rules forbid presenting as unique a feature that other products share.',
    ask: ['Q10'], sources: ['S34'],
    notProblemWhen: ['The uniqueness is verifiable and not presented as proof of effect.'],
    examples: {
      match: ['We are the only clinic offering this stem cell facelift.', 'This therapy is available only here.', 'Members get exclusive access to our newest exosome therapy.'],
      noMatch: ['The bakery is the only shop open on Sundays.', 'Ask whether other clinics offer the same thing.'],
    },
  },
  {
    id: 'PRESS-08', category: 'PRESS', term: 'deposit lock-in', severity: 'medium',
    variants: ['secure your (spot|place|appointment|slot|booking|treatment) with a [small] deposit', 'non refundable deposit', 'pay today (to|and) (secure|lock|reserve)', '(reserve|lock in|secure) your (spot|place|slot|price) (today|now)'],
    explanation: 'Taking money up front commits patients before they have had time for informed consent.',
    ask: ['Q25', 'Q26'], sources: ['S12'],
    notProblemWhen: ['A refundable deposit with a cooling-off period clearly stated.'],
    examples: {
      match: ['Secure your spot with a small deposit.', 'A non-refundable deposit of $500 is required.'],
      noMatch: ['Your deposit is fully refundable until the day of treatment.', 'Deposit your cheque at any branch.'],
    },
  },
];
