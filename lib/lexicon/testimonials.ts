import type { LexiconTerm } from './types.ts';

/** TEST: before-and-after photos, patient stories, celebrities and badges. */
export const TESTIMONIALS: LexiconTerm[] = [
  {
    id: 'TEST-01', category: 'TEST', term: 'before and after', severity: 'medium',
    variants: ['before (and|&) after (photos|pictures|gallery|images|results|transformation|shots|pics|photo)', 'before after (gallery|photos|pictures)', 'real results (from|for) real (patients|people|clients)', 'real (patient|client) results', 'real patients real results', 'see the difference (for yourself|in your skin|after)', '(our|the) results speak for themselves', '(results|transformation|before after|before and after|patient) gallery', 'see [the] results for yourself'],
    explanation: 'Photos can be chosen, retouched or untypical. Turkey now demands consent and identical conditions, and UK guidance restricts misleading before-and-after images.',
    ask: ['Q12'], sources: ['S31', 'S39'],
    notProblemWhen: ['The caption says how typical the result is and how the photos were taken.'],
    examples: {
      match: ['Browse our stem cell facial before and after photos.', 'Real results from real patients.', 'Real patients, real results.'],
      noMatch: ['Wash your hands before and after meals.', 'Real results for real businesses.', 'Ask whether before and after photos are typical.'],
    },
  },
  {
    id: 'TEST-02', category: 'TEST', term: 'patients report', severity: 'medium',
    variants: ['many patients (report|say|notice|describe)', '(our|happy) (patients|clients) (say|love|rave|report|are raving)', '(success|patient|client|real patient) stories', 'real patient (reviews|testimonials)', '(patient|client) (testimonials|reviews)', 'what our (patients|clients) (are saying|say|think)', 'hear from our (patients|clients)', '(patients|clients) are (thrilled|delighted|amazed|over the moon) with', '(patients|clients) (report|notice) (seeing|feeling|noticing)', '(read|see) (our|real) (reviews|testimonials|patient reviews)'],
    explanation: 'Individual stories are not evidence, which the stem-cell research society lists as a warning sign. The FTC treats testimonials about results as implying typical results.',
    ask: ['Q12', 'Q13'], sources: ['S12', 'S13', 'S11'],
    notProblemWhen: ['Typical results are clearly stated next to the stories.'],
    examples: {
      match: ['Many patients report thicker hair after two sessions.', 'Read our patient success stories.'],
      noMatch: ['Testimonials are not evidence, warns the FTC.', 'Patients should ask about risks.'],
    },
  },
  {
    id: 'TEST-03', category: 'TEST', term: 'celebrity favourite', severity: 'medium',
    variants: ['used by (celebrities|the stars|hollywood stars|celebs|influencers|supermodels)', 'hollywood\'s (secret|must have|favorite|favourite|go to)', 'hollywood (secret|favorite|favourite)', '(stars|celebrities|celebs|influencers) swear by', '(influencer|celebrity|celeb|red carpet) (favorite|favourite|secret|choice)', 'as used by (celebrities|the stars)'],
    explanation: 'Celebrity use is not evidence. The UK advertising regulator upheld a complaint about celebrity-use claims for a stem-cell serum.',
    ask: ['Q12'], sources: ['S28', 'S44'],
    notProblemWhen: ['News about a celebrity that does not sell the treatment.'],
    examples: {
      match: ["The vampire facial is Hollywood's secret to glowing skin.", 'The exosome facial celebrities swear by.'],
      noMatch: ['The actor spoke about her new film.', 'Beware of ads claiming celebrities swear by a serum.'],
    },
  },
  {
    id: 'TEST-04', category: 'TEST', term: 'awards and review badges', severity: 'low',
    variants: ['award winning (clinic|surgeon|doctor|team|treatment|practice|med spa)', '(N|five) star rated (clinic|surgeon|doctor|provider|med spa|practice|treatment|hair clinic)', 'top rated (clinic|surgeon|doctor|provider|med spa|practice)', 'best (clinic|med spa|surgeon|hair clinic) N', 'rated N (stars|out of 5|out of five) (by|on) [our] (patients|clients|google|trustpilot|realself)', '(N|five) star reviews'],
    explanation: 'Some awards are paid for or self-nominated, and review badges show only the reviews a clinic chose; neither is independent proof of good care.',
    ask: ['Q12'], sources: ['S33'],
    notProblemWhen: ['The awarding body and its criteria are named.'],
    examples: {
      match: ['Visit our award-winning clinic in London.', 'A 5-star rated med spa in Dallas.'],
      noMatch: ['The novel won a literary prize.', 'Top restaurant in Paris, 5-star rated by diners.', 'Check who gave any award and how.'],
    },
  },
];
