import type { LexiconTerm } from './types.ts';

/** STAT: figures given without the study behind them. */
export const STATISTICS: LexiconTerm[] = [
  {
    id: 'STAT-01', category: 'STAT', term: 'X% success rate', severity: 'high',
    variants: ['N% success rate', 'success rate of [up to] [over] [about] N%', 'N% of [our] (patients|clients|people|users) (see|saw|notice|report|achieve|experience|get)', '(high|exceptional|excellent|outstanding|remarkable) success rate', 'success rate (is|of) (over|above|nearly|almost) N', 'success rate is [over] [about] [nearly] N%'],
    explanation: '"Success" is rarely defined, the number of patients is missing, and the figure is usually the clinic\'s own unchecked data. Florida clinics advertised 65–85% "success" with no trials behind it.',
    ask: ['Q11', 'Q13'], sources: ['S43'],
    notProblemWhen: ['A cited controlled study with a defined endpoint.'],
    examples: {
      match: ['We achieve a 97% success rate with stem cell hair restoration.', '92% of patients see thicker hair within six months.', 'Our success rate is 97%.'],
      noMatch: ['Ask how the clinic defines success.', 'The bill passed with a large majority.'],
    },
  },
  {
    id: 'STAT-02', category: 'STAT', term: 'X% increase in density or collagen', severity: 'medium',
    variants: ['N% (increase|improvement|boost|rise|gain) in [hair] (density|collagen|thickness|hair count|volume|elasticity|hydration|growth)', '(density|collagen|thickness) (improvement|increase) of [about] [up to] N%', 'collagen (up|increased) [by] N%', 'N% (fewer|less|reduction in) (wrinkles|fine lines|hair loss|shedding|scarring)', 'N% (denser|thicker|fuller) (hair|skin)', '(wrinkles|fine lines|hair loss|shedding|density|collagen|elasticity|thickness|volume|hair count|pores|redness|pigmentation|sagging|hair fall|firmness|hydration) by [up to] [about] [over] [nearly] N%', 'N% (graft survival|survival rate|retention rate|improvement|reduction|increase|more hair|more collagen)', '(increase|boost|improve) [hair] (density|collagen|thickness) by [up to] N%'],
    explanation: 'A percentage with no starting point, comparison group, number of patients or time frame cannot be interpreted. US ad reviewers challenged figures like this for a stem-cell cream.',
    ask: ['Q11'], sources: ['S36', 'S10'],
    notProblemWhen: ['Cited with the study details.'],
    examples: {
      match: ['Patients see a 30% increase in hair density.', 'Exosomes boost collagen by 45%.'],
      noMatch: ['Prices rose 3% this year.', 'Ask how hair density was measured.'],
    },
  },
  {
    id: 'STAT-03', category: 'STAT', term: 'thousands of patients treated', severity: 'medium',
    variants: ['(over|more than) N [happy] [satisfied] (patients|clients|procedures|treatments)', '(thousands|hundreds) of (satisfied|happy) (patients|clients)', '(thousands|hundreds) of (patients|clients) (treated|have|trust|choose|chose)', 'N (procedures|treatments|transplants) performed', 'N (successful|completed) (procedures|treatments|transplants|cases|operations)', 'millions sold', 'see why N (patients|clients) chose us'],
    explanation: 'A large number of customers suggests proof, but it says nothing about results. The UK advertising regulator found "see why 10,000 patients chose us" unsubstantiated.',
    ask: ['Q19', 'Q11'], sources: ['S33'],
    notProblemWhen: ['A volume figure with no suggestion that it proves the treatment works.'],
    examples: {
      match: ['Over 5,000 happy patients trust our team.', 'Thousands of satisfied clients have chosen stem cell facials.'],
      noMatch: ['The stadium holds over 40,000 fans.', 'Ask how many times the doctor has done this procedure.'],
    },
  },
  {
    id: 'STAT-04', category: 'STAT', term: 'X% satisfaction', severity: 'medium',
    variants: ['N% [patient] [client] satisfaction', 'N% of [our] (patients|clients) (would recommend|are satisfied|recommend)', 'N out of (10|ten) (patients|clients|people)', 'would recommend (us|this treatment|it|the treatment) to (a friend|friends|family)', 'satisfaction rate (is|of) [over] [about] N%'],
    explanation: 'Satisfaction surveys are usually run by the clinic on selected patients and are not checked by anyone else.',
    ask: ['Q11', 'Q12'], sources: ['S11'],
    notProblemWhen: ['The survey method and sample size are stated.'],
    examples: {
      match: ['We are proud of our 98% patient satisfaction.', '9 out of 10 patients would choose us again.', 'Our patient satisfaction rate is over 98%.'],
      noMatch: ['Ask how satisfaction was measured and who was asked.', 'The restaurant won a local award.'],
    },
  },
  {
    id: 'STAT-05', category: 'STAT', term: '"up to" figures', severity: 'medium',
    variants: ['up to N% (increase|improvement|reduction|denser|thicker|fuller|survival|success|growth|density|collagen|regrowth|fewer wrinkles|more hair|more collagen)', 'rate [of] up to N%', '(survival|success|regrowth|satisfaction) ... up to N%', 'as much as N% (more|increase|improvement|reduction|denser|thicker|fuller)', 'up to N years younger', 'by as much as N%'],
    explanation: '"Up to" presents the best single case as if it were what most people get; the FTC has found that people read such figures as typical.',
    ask: ['Q11'], sources: ['S49', 'S36'],
    notProblemWhen: ['The typical result is given next to the best case.'],
    examples: {
      match: ['Enjoy up to 60% thicker hair after three sessions.', 'Graft survival rates of up to 95% are achieved.', 'Fine lines drop by as much as 60%.'],
      noMatch: ['Save up to 20% on garden furniture.', 'The room holds up to 12 people.'],
    },
  },
  {
    id: 'STAT-06', category: 'STAT', term: 'results timeline as a promise', severity: 'medium',
    variants: ['(new|visible|full|first|noticeable|final) (hair|result|growth|regrowth) (within|in) N (weeks|months|days)', 'results in (just|only) N (days|weeks)', '(see|notice) [visible] results (in|within) N (days|weeks|months)', 'full results (in|within|after) N (weeks|months)', '(result|hair|growth|regrowth|improvement) ... (within|in|after) N [to] N (days|weeks|months)', '(result|hair|improvement|regrowth) (in|within) as little as N (days|weeks|months)', '(fuller|thicker|denser) hair (in|within) N (weeks|months)'],
    explanation: 'A timeline stated as a certainty, when response times vary a lot from person to person.',
    ask: ['Q5'], sources: ['S33'],
    notProblemWhen: ['Hedged ("may", "for some patients").'],
    examples: {
      match: ['You will see new hair within 3 months.', 'Full results in 6 weeks, guaranteed.'],
      noMatch: ['Some patients may notice results in 3 months.', 'Delivery takes 3 days.'],
    },
  },
];
