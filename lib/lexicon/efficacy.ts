import type { LexiconTerm } from './types.ts';

/** EFF: efficacy and anti-ageing outcomes asserted as fact. */
export const EFFICACY: LexiconTerm[] = [
  {
    id: 'EFF-01', category: 'EFF', term: 'regrow hair', severity: 'high',
    variants: ['regrow [your] [own] [lost] hair', '(stimulate|promote|boost|trigger|encourage|achieve|deliver|see|noticeable|visible|real|natural) hair regrowth', 'grow new hair', '(stimulate|promote|boost|trigger|encourage|accelerate) [new] hair growth', 'thicker [and] fuller hair', '(grow|create|generate|form) new hair follicles', 'restore (lost|thinning|your|natural) hair', 'reverse (hair loss|balding|thinning|baldness)', '(stop|halt|prevent) hair loss', '(reactivate|revive|wake up|awaken|reawaken|regenerate) [dormant] [hair] follicles', 'full head of hair', '(thicken|regrow) thinning hair'],
    explanation: 'Regrowing hair is a medical claim that needs strong evidence, and for cell-based hair treatments the studies are small and short.',
    ask: ['Q5', 'Q10', 'Q13'], sources: ['S30', 'S33'],
    notProblemWhen: ['Hedged ("may help regrow hair", "potentially regrow hair", "for some patients").'],
    examples: {
      match: ['Our exosome therapy regrows hair in just twelve weeks.', 'PRP stimulates hair growth in thinning areas.', 'PRP injections reactivate dormant follicles and restore thinning hair.'],
      noMatch: ['PRP may help regrow hair in some patients.', 'Hair grows about a centimetre a month.', 'Can stem cells regrow hair?'],
    },
  },
  {
    id: 'EFF-02', category: 'EFF', term: 'reverse ageing', severity: 'high',
    variants: ['reverse [the] [visible] [signs of] (aging|ageing)', 'reverse (sun damage|skin aging|skin ageing|photoaging|photoageing)', 'age reversal', '(de aging|de ageing) (treatment|facial|therapy|effect|results|programme|program|protocol|serum|injection|injections)', 'anti aging reversal'],
    explanation: 'Nobody has shown these treatments reverse ageing. The UK advertising regulator upheld a complaint about reverse-ageing claims for an "apple stem cell" serum.',
    ask: ['Q5', 'Q10'], sources: ['S28', 'S36'],
    notProblemWhen: ['Critical mention of other sellers\' claims.'],
    examples: {
      match: ['Our stem cell facial reverses the signs of aging.', 'Experience real age reversal with cord-derived cells.', 'Start our de-ageing programme this month.'],
      noMatch: ['Many creams claim to reverse ageing, but most effects are temporary.', 'Nothing can reverse the signs of aging completely.'],
    },
  },
  {
    id: 'EFF-03', category: 'EFF', term: 'turn back the clock', severity: 'medium',
    variants: ['(turn|turning) back (the clock|time|the hands of time)', 'rewind (the clock|time)', 'fountain of youth', 'look [up to] N years younger', '(look|feel) [up to] (five|ten|fifteen|twenty|several|many) years younger', '(look|feel) (years|a decade) younger', 'take (years|a decade|N years) off (your face|your look|your appearance)'],
    explanation: 'Vague time promises suggest a measurable reversal of age. US advertising reviewers required proof for "look up to 15 years younger".',
    ask: ['Q5', 'Q10'], sources: ['S36'],
    notProblemWhen: ['Hedged ("could help turn back the clock").'],
    examples: {
      match: ['Turn back the clock with a single PRP session.', 'Patients look 10 years younger after treatment.'],
      noMatch: ['This facial could help turn back the clock.', 'Remember to set your clocks back an hour on Sunday.'],
    },
  },
  {
    id: 'EFF-04', category: 'EFF', term: 'rebuilds collagen or skin from within', severity: 'medium',
    variants: ['(regenerate|rebuild|restore|boost|stimulate|increase|trigger|kickstart|build) [new] collagen [and elastin]', '(stimulate|boost|increase|trigger) collagen (production|synthesis|growth)', 'restore [skin] elasticity', '(tighten|firm|lift) (sagging|loose|your|the) skin', 'restore (youthful|lost) (volume|glow|firmness|contours)', 'rebuild [healthier] skin from (within|the inside out)', '(remodel|restructure) the skin', 'fundamentally improve [skin] structure'],
    explanation: 'It sounds like biology, but nobody has shown that this particular product rebuilds collagen or skin in people.',
    ask: ['Q10'], sources: ['S10', 'S34'],
    notProblemWhen: ['Hedged ("aims to stimulate collagen").'],
    examples: {
      match: ['Microneedling with exosomes stimulates collagen production for firmer skin.', 'The treatment rebuilds healthier skin from the inside out.'],
      noMatch: ['This serum aims to stimulate collagen over time.', 'Collagen levels fall by about one percent a year after 25.'],
    },
  },
  {
    id: 'EFF-05', category: 'EFF', term: 'heals or erases scars', severity: 'medium',
    variants: ['(remove|heal|fade|repair|smooth|erase) [your] [acne] scars', 'remodel scar tissue', 'repair sun damage', '(heal|repair) damaged skin', 'highly effective (for|against|on) (acne scars|scars|scarring|pigmentation|hyperpigmentation)', 'treat (hyperpigmentation|stretch marks|melasma|acne scars|acne scarring)'],
    explanation: 'Effects on scars and pigment are treatment claims that need controlled trials to back them.',
    ask: ['Q5', 'Q10'], sources: ['S10'],
    notProblemWhen: ['Hedged ("may soften scars").'],
    examples: {
      match: ['Exosome microneedling removes acne scars for good.', 'Stem cell serum repairs sun damage overnight.'],
      noMatch: ['Some patients see their scars soften a little.', 'Scars form as the skin heals after an injury.'],
    },
  },
  {
    id: 'EFF-06', category: 'EFF', term: 'dramatic or instant results', severity: 'medium',
    variants: ['dramatic (improvement|result|transformation|change|difference)', '(amazing|incredible|astonishing|stunning|remarkable|spectacular|unbelievable) (result|transformation)', '(instant|immediate) (result|improvement|lift|glow|rejuvenation)', '(visible|noticeable) (improvement|result|difference) after (just|only|a single|one) [one] (treatment|session|visit)', 'significant improvement in (skin|hair|wrinkles|texture|density|tone|firmness|volume)'],
    explanation: 'Promises of big or fast change raise hopes that most patients\' actual results will not match.',
    ask: ['Q5', 'Q11', 'Q13'], sources: ['S31', 'S10'],
    notProblemWhen: ['Reported from a cited trial with defined measurements.'],
    examples: {
      match: ['Expect dramatic improvements in tone and texture.', 'See visible results after just one session.'],
      noMatch: ['Results are gradual, not dramatic.', 'The concert was an incredible experience.'],
    },
  },
  {
    id: 'EFF-07', category: 'EFF', term: 'non-surgical facelift', severity: 'medium',
    variants: ['liquid (facelift|face lift)', '(non surgical|nonsurgical) (facelift|face lift)', '(facelift|face lift|lift) without surgery', 'natural (facelift|face lift)', '(facelift|face lift) in a (syringe|bottle|jar)', 'lunchtime (facelift|face lift)'],
    explanation: 'The name promises surgical-level lifting from injections, threads or fat, which these cannot deliver.',
    ask: ['Q4', 'Q5'], sources: ['S27'],
    notProblemWhen: ['An explicit contrast ("this is not a facelift").'],
    examples: {
      match: ['Our liquid facelift restores cheek volume in 30 minutes.', 'Get a natural facelift with your own cells.'],
      noMatch: ['This is not a facelift and will not lift sagging skin.', 'A surgical facelift needs general anaesthesia.'],
    },
  },
  {
    id: 'EFF-08', category: 'EFF', term: 'better than established care', severity: 'high',
    variants: ['[an] alternative to [a] (facelift|surgery|plastic surgery|hair transplant|hair transplantation|transplant|botox|fillers|filler)', 'instead of (botox|fillers|surgery|a facelift|a hair transplant)', '(last|lasting) [much] longer than [traditional] (fillers|filler|botox)', '(better|more effective) than (PRP|botox|fillers|minoxidil|finasteride|surgery|a facelift|a hair transplant)', 'outperform (minoxidil|finasteride|PRP|botox|fillers)', 'work when other treatments (fail|have failed)'],
    explanation: 'FTC orders against stem-cell sellers specifically forbid claiming a treatment matches or beats conventional care without solid scientific evidence.',
    ask: ['Q4', 'Q10'], sources: ['S8', 'S9'],
    notProblemWhen: ['A balanced comparison with citations ("usually not a replacement for a hair transplant").'],
    examples: {
      match: ['A natural alternative to a facelift, with no scalpel.', 'Results last much longer than fillers or Botox.'],
      noMatch: ['PRP is not a replacement for a hair transplant.', 'Minoxidil remains the first treatment most doctors suggest.'],
    },
  },
  {
    id: 'EFF-09', category: 'EFF', term: 'fixes the root cause', severity: 'medium',
    variants: ['(treat|fix|address|target|tackle|correct|repair) the (root cause|root problem|root|underlying cause|source) of (hair loss|aging|ageing|thinning hair|balding|baldness|wrinkles|skin aging|your hair loss|the problem)', '(treat|fix|tackle|stop|address|target) hair loss at (the root|its root|the source)', '(treat|fix|address|target|tackle|correct|repair) the (root cause|root problem|underlying cause)'],
    explanation: 'It implies the treatment changes the course of the condition, which has not been shown.',
    ask: ['Q10'], sources: ['S10'],
    notProblemWhen: ['Hedged ("tries to fix the root problem").'],
    examples: {
      match: ['Unlike shampoos, our therapy treats the root cause of hair loss.', 'We tackle hair loss at the source.', 'Our injections fix the root problem.'],
      noMatch: ['The therapy tries to address the root cause of hair loss.', 'Engineers found the root cause of the outage.'],
    },
  },
  {
    id: 'EFF-10', category: 'EFF', term: 'treats many conditions', severity: 'high',
    variants: ['treat a (wide|broad) (range|variety) of [skin] (concerns|conditions|issues|problems)', 'from wrinkles to (scars|hair loss|acne|cellulite)', 'all in one (solution|treatment|therapy)', 'cure all', 'treat (everything|anything) from'],
    explanation: 'Offering the same cells for many unrelated problems is one of the stem-cell society\'s named warning signs.',
    ask: ['Q4', 'Q10'], sources: ['S12', 'S13'],
    notProblemWhen: ['The uses are listed as being studied in named trials.'],
    examples: {
      match: ['Stem cell facials treat a wide range of skin concerns.', 'One therapy for everything, from wrinkles to hair loss.'],
      noMatch: ['Be wary of any clinic that says one product can treat a wide range of conditions.', 'We specialise in acne care only.'],
    },
  },
  {
    id: 'EFF-11', category: 'EFF', term: 'significantly enhances effectiveness', severity: 'medium',
    variants: ['(effectiveness|effect|efficacy|result) (is|are) (significantly|dramatically|greatly) (enhanced|amplified|boosted|improved|increased)', '(significantly|dramatically|greatly) (enhance|amplify|boost|increase|improve) [the] (effectiveness|efficacy|effect|regenerative effect|result)', '(amplify|enhance|boost) the regenerative effect', '(amplify|enhance|boost|maximize|maximise|multiply) the (result|effect|benefit) of', '(supercharge|turbocharge) [your] (result|treatment|collagen|healing|growth)', 'synergistic (boost|effect)', '(double|triple) the (result|effect)'],
    explanation: 'This is a comparison of effectiveness with no data showing how big the difference is or how it was measured.',
    ask: ['Q10', 'Q11'], sources: ['S10'],
    notProblemWhen: ['A cited comparative trial.'],
    examples: {
      match: ['Adding exosomes significantly enhances the effectiveness of microneedling.', 'Growth factors supercharge your results.'],
      noMatch: ['Adding exosomes might enhance the effect slightly.', 'Our new app doubles the battery life.'],
    },
  },
  {
    id: 'EFF-12', category: 'EFF', term: 'life-changing', severity: 'low',
    variants: ['(treatment|procedure|therapy|session|result|transformation) ... (change|transform) your life', 'life changing (result|treatment|procedure|transformation|therapy|experience|difference)', 'restore your (confidence|self confidence|self esteem)', 'get your life back', '(get|win) your confidence back', 'regain your (confidence|self confidence|self esteem)', '(result|results|treatment|difference) (is|are|was|were) [truly] life changing'],
    explanation: 'Promises about your emotional life stand in for evidence about the treatment. The FTC and Georgia case cited "stem cell therapy can change your life" among baseless ad lines.',
    ask: ['Q5'], sources: ['S9'],
    notProblemWhen: ['Inside a clearly labelled testimonial presented with typical results.'],
    examples: {
      match: ['This treatment will change your life.', 'Restore your confidence with fuller hair.', 'Clients tell us the results are truly life-changing.'],
      noMatch: ['This book will change your life.', 'Losing hair can knock your confidence.'],
    },
  },
];
