import type { LexiconTerm } from './types.ts';

/** PERM: permanence, guarantees, cures and "works for everyone". */
export const PERMANENCE: LexiconTerm[] = [
  {
    id: 'PERM-01', category: 'PERM', term: 'permanent results', severity: 'high',
    variants: ['permanent (result|solution|fix|correction|improvement|rejuvenation|regrowth|beauty|lift|transformation|change|hair restoration|hair regrowth|hair growth|hair removal)', '(result|improvement|effect|change|regrowth) (are|is|remain|stay|will be|will remain) [truly] permanent', '(result|regrowth|hair|effect) (are|is) [100%] [natural and] permanent', '(result|regrowth|hair|effect) (are|is) here to stay', '(transplanted|new|regrown) hair ... never fall out', 'permanently (restore|remove|erase|eliminate|reverse|regrow|fix|cure|tighten|lift)', '(restore|remove|erase|eliminate|reverse|regrow|fix|cure|tighten|lift|correct|end) ... permanently', '(result|results) ... (are|is) [truly] permanent'],
    explanation: 'UK regulators found that people read "permanent" literally, as nothing ever coming back, and follow-up data rarely support that. Skin and hair keep ageing after any treatment.',
    ask: ['Q24', 'Q13'], sources: ['S29', 'S30', 'S32'],
    notProblemWhen: ['Negated ("while not permanent").', '"Permanent makeup" as a product name.', '"Permanent hair reduction" with its technical definition given.'],
    examples: {
      match: ['Enjoy permanent results after a single visit.', 'Stem cells permanently restore lost volume.', 'Your results with us are truly permanent.', 'Our laser treatment removes the scars permanently.'],
      noMatch: ['Results are not permanent and touch-ups are needed.', 'Our studio also offers permanent makeup for brows.', 'Are the results permanent?', 'The results of a facial like this are not permanent.', 'Nothing removes wrinkles permanently.'],
    },
  },
  {
    id: 'PERM-02', category: 'PERM', term: 'lifelong or forever', severity: 'high',
    variants: ['(result|effect|improvement|transformation|hair) ... last a lifetime', '(result|effect|improvement|transformation) ... last forever', 'lifetime results', 'results for life', '(hair|result|regrowth|effect) (is|are) yours for life', '(last|lasts) for life', '(forever|eternally) young', 'never age again', '(halt|stop|freeze|pause) the (aging|ageing) process', '(eternal|everlasting) youth', '(look|stay|remain) (young|younger|youthful) forever'],
    explanation: 'No cosmetic procedure stops the body from ageing, so a result cannot last for life.',
    ask: ['Q24'], sources: ['S28', 'S29'],
    notProblemWhen: ['Negated ("can\'t halt the ageing process forever").'],
    examples: {
      match: ['Your new hair will last a lifetime.', 'Freeze the ageing process with our cell therapy.'],
      noMatch: ["No treatment can halt the aging process.", 'This warranty covers the device for a lifetime.', 'We are forever grateful to the team.'],
    },
  },
  {
    id: 'PERM-03', category: 'PERM', term: 'long-lasting results', severity: 'medium',
    variants: ['long lasting (result|effect|improvement|benefit|rejuvenation|solution|correction|smoothness|volume|firmness|glow|lift|youthfulness|hair growth)', '(result|effect) (are|is) [very] long lasting', 'durable (result|effect|improvement)', '(result|effect|benefit|improvement) ... last [for] [up to] N (years|months)', 'years of (results|youthful skin|fuller hair)', 'long lasting ... (result|effect|improvement|benefit|rejuvenation)', '(result|effect|benefit|improvement) ... last (for years|for many years|several years|for several years|for decades)', 'results that last', 'lasting (result|improvement|rejuvenation|change|regrowth)', '(result|benefit|hair|skin|look|rejuvenation) ... for years to come', '(last|lasting) [for] up to N (years|months)'],
    explanation: 'Few clinics follow their patients for years, so claims about how long results last usually have no data behind them.',
    ask: ['Q24', 'Q11'], sources: ['S34', 'S10'],
    notProblemWhen: ['Hedged ("may last"), with the data source and the maintenance plan stated.'],
    examples: {
      match: ['Patients enjoy long-lasting results without surgery.', 'Results last up to 5 years with a single session.', 'Enjoy long-lasting volume after a single visit.'],
      noMatch: ['Results may last up to two years in some cases.', 'This long-lasting lipstick survives a whole day.'],
    },
  },
  {
    id: 'PERM-04', category: 'PERM', term: 'guaranteed results', severity: 'high',
    variants: ['guaranteed (result|regrowth|hair growth|hair regrowth|full head of hair|success|improvement|outcome|to work)', '(result|regrowth|success) guaranteed', '(result|regrowth|success|hair growth) (are|is) [100%] guaranteed', '[we] guarantee [visible] (result|regrowth|hair growth|hair regrowth|success|improvement)', 'we guarantee (you will see|that you will see)', 'we promise [that] you will (love|see|get|achieve|notice)', '[100%] guaranteed (result|regrowth)'],
    explanation: 'Bodies respond differently, so no honest doctor can promise how a treatment will turn out. The UK advertising regulator upheld complaints against "guaranteed" hair results.',
    ask: ['Q13', 'Q25'], sources: ['S33', 'S12'],
    notProblemWhen: ['Money-only terms such as a price-match guarantee or a refund policy that do not promise the effect.', 'A statement that no treatment can guarantee results.'],
    examples: {
      match: ['Guaranteed results or your next session is free.', 'We guarantee visible regrowth in three months.'],
      noMatch: ['No treatment can guarantee results.', 'Every booking comes with our price-match guarantee.'],
    },
  },
  {
    id: 'PERM-05', category: 'PERM', term: 'one treatment is enough', severity: 'medium',
    variants: ['(only|just) (one|a single) (treatment|session|procedure) (is|are) (needed|required|necessary|enough)', '(only|just) (one|a single) (treatment|session|procedure) needed', 'one (treatment|session) is (all|enough)', 'one time (treatment|procedure|fix)', 'one and done', 'no (touch up|touch ups|maintenance|boosters|top ups|follow up treatments) (needed|required)', 'never need (fillers|botox|another treatment|another session) again', 'no need for (repeat|follow up|additional|further|maintenance) (treatment|session|visit)', '(one|a single) (treatment|session|procedure) is all (you need|it takes)', '(only|just) need (one|a single) (treatment|session|procedure)', 'need no (touch up|touch ups|top ups|maintenance|boosters|follow up treatments)'],
    explanation: 'Many protocols add repeat or "booster" sessions; in the FTC\'s 2018 stem-cell case each booster cost thousands of dollars.',
    ask: ['Q23', 'Q24'], sources: ['S8'],
    notProblemWhen: ['An honest plan with the usual number of sessions is given.'],
    examples: {
      match: ['Only one session is needed for lasting change.', 'It is a one-and-done treatment, no touch-ups needed.', 'One session is all you need for lasting volume.', 'Most clients only need one treatment.', 'You will need no touch-ups afterwards.'],
      noMatch: ['Most patients need three to four sessions.', 'This is not a one-time treatment.'],
    },
  },
  {
    id: 'PERM-06', category: 'PERM', term: 'cure', severity: 'high',
    variants: ['cure [your] (hair loss|baldness|alopecia|aging|ageing|wrinkles|thinning hair)', 'cure for (hair loss|baldness|alopecia|aging|ageing|wrinkles|thinning hair)', 'end hair loss (for good|forever)', 'stop hair loss (permanently|for good|forever)'],
    explanation: 'UK rules treat claims to cure baldness as medicinal claims, and no regenerative procedure cures pattern hair loss or ageing.',
    ask: ['Q4', 'Q10', 'Q14'], sources: ['S30'],
    notProblemWhen: ['A statement that there is no cure.'],
    examples: {
      match: ['Our stem cell protocol cures hair loss at the root.', 'Finally, a cure for baldness that uses your own cells.', 'We cure your hair loss at the root.'],
      noMatch: ['There is no cure for baldness yet.', 'Researchers hope to find a cure for alopecia one day.'],
    },
  },
  {
    id: 'PERM-07', category: 'PERM', term: 'works for everyone', severity: 'high',
    variants: ['100% effective', 'work for (everyone|everybody|all skin types|all hair types|every skin type|all ages|every patient|all patients)', '(every|each) patient (see|sees) result', 'suitable for (everyone|everybody)', '(everyone|anyone|everybody) is a (good|great|suitable|perfect|ideal) candidate', 'work on (all skin types|all hair types|every skin type|everyone)', '(treatment|procedure|method|therapy) never fails', '(treatment|procedure|method|therapy) works every time', 'effective for (everyone|everybody|all patients|all skin types|all hair types)', '(anyone|everyone) can (benefit|be treated)', 'work for [both] men and women', 'no matter (your|what your) (age|skin type|hair type|gender)'],
    explanation: 'Response differs with age, type of hair loss and protocol, and some people see no benefit at all. UK guidance warns against implying a treatment works for everyone.',
    ask: ['Q13', 'Q22'], sources: ['S30', 'S35'],
    notProblemWhen: ['Negated ("does not work for everyone").'],
    examples: {
      match: ['This treatment works for everyone, whatever your age.', 'Our method is 100% effective.'],
      noMatch: ['No treatment works for everyone.', 'Results differ from person to person.'],
    },
  },
  {
    id: 'PERM-08', category: 'PERM', term: 'say goodbye to wrinkles', severity: 'medium',
    variants: ['(eliminate|erase|banish|get rid of) [your] [fine] (wrinkles|lines|fine lines|scars|acne scars|cellulite|hair loss|bald spots)', 'wrinkle free (skin|face|complexion)', 'erase (years|the years|signs of aging|the signs of aging|signs of ageing|the signs of ageing|age spots|dark spots)', 'no more (wrinkles|fine lines|scars|hair loss|bald spots|thinning hair)', '(wrinkle|fine line|scar|acne scar|bald spot|cellulite) ... (disappear|vanish|melt away)', 'never (worry|have to worry|need to worry) about (hair loss|wrinkles|balding|thinning hair|bald spots|aging|ageing) again', 'say goodbye to [your] (wrinkles|fine lines|hair loss|scars|acne scars|bald spots|aging skin|sagging skin|thinning hair)'],
    explanation: 'Words that promise total removal overstate what is usually a partial improvement. The UK advertising regulator upheld a complaint about "Say goodbye to wrinkles in just 7 days".',
    ask: ['Q5', 'Q13'], sources: ['S33'],
    notProblemWhen: ['Negated ("it will not erase wrinkles").'],
    examples: {
      match: ['Say goodbye to wrinkles with our exosome facial.', 'Erase fine lines in a single lunchtime session.'],
      noMatch: ['It will not erase wrinkles, but it can soften them.', 'Sunscreen helps prevent new wrinkles.'],
    },
  },
];
