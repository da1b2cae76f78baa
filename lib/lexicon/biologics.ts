import type { LexiconTerm } from './types.ts';

/** BIO: exosome, growth-factor and "regenerative" buzzwords. */
export const BIOLOGICS: LexiconTerm[] = [
  {
    id: 'BIO-01', category: 'BIO', term: 'exosome therapy or facial', severity: 'high',
    variants: ['exosome (facial|serum|therapy|treatment|hair treatment|hair therapy|injection|infusion|IV|drip|microneedling|skin booster|booster|facelift)', 'exosome infused', 'exosome based (treatment|therapy|serum|facial|skincare|skin care|hair treatment)', 'exosome (skincare|skin care|scalp treatment|hair serum|eye treatment)', '(stem cell|MSC|rose|plant|salmon|placental) exosome (serum|facial|therapy|treatment|injection)', '(stem cell derived|rose|salmon|plant derived) exosomes', '(extracellular vesicle|EV) (therapy|treatment|serum|facial|injection)', '(we|our clinic|our doctors|our team) (use|apply|inject|infuse) [stem cell] [plant] (exosomes|extracellular vesicles)', '(stem cell|MSC|umbilical cord|placental) exosomes'],
    explanation: 'The FDA says no exosome product is approved and has warned of serious harm from unapproved ones. Where the exosomes come from and what they contain is rarely disclosed.',
    ask: ['Q1', 'Q3', 'Q6', 'Q7', 'Q14'], sources: ['S2', 'S3', 'S24'],
    notProblemWhen: ['A scientific explanation of what exosomes are.', 'A statement that no exosome product is approved.'],
    examples: {
      match: ['Our exosome facial delivers a glass-skin glow in one session.', 'Try the new exosome hair treatment for thinning hair.', 'At the clinic our doctors inject exosomes straight into the thinning areas.', 'Umbilical cord exosomes are the heart of our glow facial.', 'After microneedling our doctors apply extracellular vesicles.', 'Our plant exosome serum calms redness in one session.'],
      noMatch: ['The FDA warns that exosome injections are unapproved.', 'Cells release exosomes to signal to one another.', 'Plant exosomes are being studied in early lab research.', 'Doctors use exosomes as biomarkers in cancer research.'],
    },
  },
  {
    id: 'BIO-02', category: 'BIO', term: 'secretome, conditioned media or stem cell extract', severity: 'medium',
    variants: ['[stem cell] conditioned (media|medium)', 'secretome', 'stem cell culture (media|medium)', 'cell free stem cell (therapy|treatment)', 'stem cell derived growth factors', 'stem cell (extract|lysate)', '(our|with) culture media'],
    explanation: 'These are loosely defined mixtures whose contents vary from batch to batch. A 2023 survey of 114 sellers found most did not disclose where the donor material came from.',
    ask: ['Q1', 'Q3', 'Q6'], sources: ['S24'],
    notProblemWhen: ['A named source is given and test documentation is offered.'],
    examples: {
      match: ['Our serum is made with human stem cell conditioned media.', 'The secretome treatment is applied right after microneedling.', 'Our culture media is rich in signalling proteins.'],
      noMatch: ['Avoid unproven serums built on so-called conditioned media.', 'The lab changes the growth medium every two days.', 'In the lab, cells are grown in culture media for several days.'],
    },
  },
  {
    id: 'BIO-03', category: 'BIO', term: 'packed with growth factors', severity: 'low',
    variants: ['(rich in|loaded with|packed with|full of|bursting with|high concentration of|concentrated|powerful|cocktail of) growth factors', 'growth factor cocktail'],
    explanation: 'Listing an ingredient says nothing about the dose, whether it survives or reaches the right layer, or whether it does anything. EU cosmetic rules require proof before a product is credited with an ingredient\'s properties.',
    ask: ['Q1', 'Q10'], sources: ['S34'],
    notProblemWhen: ['It is framed as a hypothesis about how the treatment might work.'],
    examples: {
      match: ['Your plasma is packed with growth factors that rebuild the skin.', 'A cocktail of growth factors is massaged into the scalp.'],
      noMatch: ['Platelets release growth factors when you cut yourself.', 'Beware of creams claiming to be loaded with growth factors.'],
    },
  },
  {
    id: 'BIO-04', category: 'BIO', term: 'regenerates (as an outcome)', severity: 'medium',
    variants: ['regenerate [your] [damaged] (skin|hair|hair follicles|follicles|tissue|cartilage|collagen|scalp)', 'regenerative (facelift|facial|hair treatment|skin treatment)', 'regenerative aesthetic (treatment|procedure|facial|therapy)', 'true regeneration', 'rebuild [damaged] tissue'],
    explanation: 'It turns the name of a research field into a promise that tissue will be rebuilt, which has not been shown for these procedures.',
    ask: ['Q5', 'Q10'], sources: ['S1', 'S2'],
    notProblemWhen: ['"Regenerative medicine" or "regenerative aesthetics" used as the name of the field.', 'Hedged wording ("aims to support").'],
    examples: {
      match: ['Our protocol regenerates damaged skin from within.', 'Book a regenerative aesthetic treatment for your neck.'],
      noMatch: ['This treatment aims to regenerate skin over several months.', 'Regenerative medicine is an active research field.', 'She works in regenerative aesthetics.'],
    },
  },
  {
    id: 'BIO-05', category: 'BIO', term: 'works at the cellular or genetic level', severity: 'medium',
    variants: ['cellular (rejuvenation|renewal|regeneration|repair|reset)', '(work|act|heal|repair|rejuvenate) at the cellular level', 'repair [damaged] (cells|skin cells|DNA)', 'boost (gene activity|youth genes)', '(reprogram|reprogramme) [your] [skin] cells', '(youth proteins|youth genes)'],
    explanation: 'Promising to change how your cells or genes work is a drug-type claim. The FDA warned a major cosmetics brand in 2012 over wording like this.',
    ask: ['Q10', 'Q14'], sources: ['S5'],
    notProblemWhen: ['Describing natural skin biology rather than what the product does.'],
    examples: {
      match: ['This serum repairs damaged cells while you sleep.', 'Experience true cellular rejuvenation with our signature protocol.'],
      noMatch: ['Skin cells naturally renew about every month.', 'No cream can reprogram your cells.'],
    },
  },
  {
    id: 'BIO-06', category: 'BIO', term: 'vampire facial or PRP facelift', severity: 'medium',
    variants: ['vampire (facelift|face lift|facial|breast lift|treatment)', 'dracula (therapy|facial)', 'PRP (facelift|face lift)', 'PRP microneedling [facial]', 'liquid gold (facial|treatment|serum)', 'liquid gold'],
    explanation: 'The names promise a lift and a proven effect, yet protocols are not standardised. The CDC linked HIV infections to these facials at an unlicensed spa.',
    ask: ['Q2', 'Q17', 'Q18', 'Q20'], sources: ['S26'],
    notProblemWhen: ['News or safety reporting about these treatments.'],
    examples: {
      match: ['Book a vampire facial and see your glow return.', 'The PRP facelift uses your own blood to refresh your face.', 'Your own plasma is liquid gold for tired skin.'],
      noMatch: ['CDC warns of HIV infections linked to a spa offering vampire facials.', 'Vampire movies are popular around Halloween.'],
    },
  },
  {
    id: 'BIO-07', category: 'BIO', term: 'harnesses your natural healing', severity: 'low',
    variants: ["(work|works) with your body's natural healing [process]", "(use|uses|harness|harnesses|unlock|unlocks) your body's [own] [natural] (healing|repair|regenerative) (cells|power|process|ability|potential|mechanisms)", "(stimulate|trigger|activate|boost) your body's [own] natural (repair|healing|regeneration) [process]", 'biological approach [to] [rejuvenation]', '(harness|unlock) [your] [the] [body\'s] natural (healing|repair|regeneration) [process] [power]'],
    explanation: 'Talk of your body\'s own healing makes a treatment feel safe and natural, but it is not evidence, and it can distract from the needles or fat harvest involved.',
    ask: ['Q1', 'Q20'], sources: ['S10'],
    notProblemWhen: ['Paired with concrete risks and evidence.'],
    examples: {
      match: ["Our therapy harnesses your body's own healing power to restore skin.", "PRP stimulates your body's natural repair process.", 'Our facial harnesses your natural healing power.'],
      noMatch: ["Sleep helps your body heal.", "Clinics claim to unlock your body's healing potential, but evidence is thin."],
    },
  },
];
