import type { LexiconTerm } from './types.ts';

/** SCI: vague science, borrowed authority and legitimacy tokens. */
export const SCIENCE: LexiconTerm[] = [
  {
    id: 'SCI-01', category: 'SCI', term: 'clinically proven', severity: 'high',
    variants: ['clinically (proven|tested|shown|validated|backed|demonstrated|approved)', 'proven to (work|regrow|reduce|improve|stimulate|reverse|restore|rejuvenate|tighten|remove)', 'proven (efficacy|effectiveness)', 'proven results', 'proven (result|technique|treatment|method|formula|protocol|solution) (for|that)'],
    explanation: 'The FTC expects health claims to rest on well-run randomised trials of the product itself. Without a citation next to it, "proven" cannot be checked.',
    ask: ['Q10'], sources: ['S10', 'S5', 'S33'],
    notProblemWhen: ['A specific citation to a controlled trial of this exact protocol sits next to the claim.'],
    examples: {
      match: ['Our clinically proven serum reduces wrinkles.', 'PRP is proven to regrow hair.'],
      noMatch: ['This treatment has not been clinically proven.', 'The shop has a proven track record of fast delivery.'],
    },
  },
  {
    id: 'SCI-02', category: 'SCI', term: 'scientifically proven', severity: 'high',
    variants: ['scientifically (proven|supported|backed|validated|tested|designed)', '(science|research|evidence) backed (treatment|therapy|approach|protocol|formula|solution|results)', 'evidence based (treatment|therapy|approach|protocol|formula|solution|aesthetics)', 'backed by ... (science|research|studies|clinical research|clinical studies|scientific research|clinical trials)', 'medically proven', 'backed by [over] [more than] N years of (research|science|clinical research|studies)', '(science|research) backed', 'validated by (science|research|studies)'],
    explanation: 'A general appeal to science with nothing you can look up. Claims need studies of this product for this benefit.',
    ask: ['Q10'], sources: ['S10', 'S34'],
    notProblemWhen: ['A full citation is given.'],
    examples: {
      match: ['A scientifically proven way to restore volume.', 'Our protocol is backed by science.'],
      noMatch: ['None of these facials is backed by research.', 'Scientists proved the theory in 1998.'],
    },
  },
  {
    id: 'SCI-03', category: 'SCI', term: 'studies show', severity: 'medium',
    variants: ['(study|studies|research|data|clinical study|clinical studies|clinical trial|clinical research|evidence) (show|shown|have shown|has shown|prove|proven|have proven|confirm|demonstrate|have demonstrated|have supported|have found|has found|reveal|have revealed|indicate)', '(a|one|a recent|a new|a clinical) study (found|revealed|reported|concluded)', 'research (has found|found|reveals)', '(proven|demonstrated|confirmed|shown) in (studies|clinical studies|clinical trials|research|numerous studies|multiple studies|several studies)', 'growing body of (research|evidence)'],
    explanation: 'An unnamed study cannot be checked for its size, design or whether it tested this treatment. Direct-to-consumer clinics often rely on evidence of this kind.',
    ask: ['Q10'], sources: ['S21', 'S10', 'S34'],
    notProblemWhen: ['Followed by a full reference.'],
    examples: {
      match: ['Clinical studies have demonstrated the power of exosomes for hair.', 'Studies show PRP doubles hair density.'],
      noMatch: ['No studies have shown that these facials work.', 'More research is needed before anyone can say.'],
    },
  },
  {
    id: 'SCI-04', category: 'SCI', term: 'published in a journal', severity: 'medium',
    variants: ['published in the journal of', 'as published in', '(study|research|trial|article) (in|from) the journal of', 'published in (a|the) ... journal', 'peer reviewed (study|studies|research|journal|publication)'],
    explanation: 'Naming a journal sounds authoritative, but without the article you cannot see whether the study looked at this product, this outcome, or people at all.',
    ask: ['Q10'], sources: ['S18', 'S34'],
    notProblemWhen: ['A full citation is given.'],
    examples: {
      match: ['A study published in the Journal of Cosmetic Science confirmed it.', 'Our results were published in a leading medical journal.'],
      noMatch: ['Ask the clinic for the full reference of any study.', 'The novel was published in 1999.'],
    },
  },
  {
    id: 'SCI-05', category: 'SCI', term: 'cutting-edge or advanced', severity: 'low', infoOnly: true,
    variants: ['cutting edge (treatment|therapy|technology|procedure|technique|science|approach|solution)', 'state of the art (technology|treatment|technique|equipment|procedure|therapy|facial|protocol|method|approach)', 'advanced (technology|stem cell technology|regenerative treatment|regenerative therapy)', 'latest (technology|technique|innovation) in', 'next generation (treatment|therapy|technology|stem cell|exosome)', 'innovative (treatment|therapy|technique|procedure|approach|solution|facial|serum|technology|method|protocol)', 'the future of (aesthetics|beauty|hair restoration|anti aging|skincare|regenerative medicine|medicine)'],
    explanation: 'Novelty words suggest the treatment is better, and scientific-sounding language is one of the borrowed tokens of legitimacy researchers have catalogued.',
    ask: ['Q10'], sources: ['S18'],
    notProblemWhen: ['On its own it is only a tone word; it matters inside a claim about the treatment.'],
    examples: {
      match: ['A cutting-edge treatment for thinning hair.', 'Exosomes are the future of aesthetics.'],
      noMatch: ['The museum shows the history of medicine.', 'Our office moved to a modern building.'],
    },
  },
  {
    id: 'SCI-06', category: 'SCI', term: 'breakthrough or revolutionary', severity: 'medium',
    variants: ['[advanced] breakthrough (treatment|therapy|technology|procedure|formula|innovation|in hair restoration|in anti aging|in skincare|in skin care|in regenerative medicine|in aesthetic medicine|in hair loss treatment)', 'latest breakthrough', '(leap|step) forward in (hair|skin|aesthetic|regenerative|anti aging)', '(revolutionize|revolutionise|revolutionizing|revolutionising) (hair restoration|skincare|skin care|anti aging|aesthetics|aesthetic medicine)', '(medical|scientific|major) breakthrough in (hair|skin|anti aging|aesthetics|regenerative)', 'revolutionary (treatment|therapy|technology|procedure|approach|formula|method|technique|serum|solution|way)', '(a|the) game changer for (hair loss|skin|your skin|aging|anti aging|thinning hair|aesthetics)', 'game changing (treatment|technology|results|therapy)', 'significant (leap|step) forward', 'new era (of|in) ... (aesthetics|beauty|hair restoration|anti aging|skincare|regenerative|rejuvenation|hair loss treatment)', 'medical history is being made', '(pioneering|groundbreaking) [stem cell] [exosome] [regenerative] (treatment|therapy|technique|procedure|approach|technology|results|formula)'],
    explanation: 'Breakthrough language implies an established effect. US and UK advertising watchdogs have required evidence for claims like this.',
    ask: ['Q10'], sources: ['S28', 'S36'],
    notProblemWhen: ['Describing real scientific history, such as the discovery of iPS cells.'],
    examples: {
      match: ['Discover this revolutionary treatment for hair loss.', 'Exosomes mark a new era in aesthetics.', 'Discover a new era of skin and hair rejuvenation.', 'Book our pioneering stem cell therapy today.'],
      noMatch: ['The 2012 Nobel Prize honoured a breakthrough in biology.', 'Beware of any so-called revolutionary treatment.'],
    },
  },
  {
    id: 'SCI-07', category: 'SCI', term: 'miracle or magic', severity: 'high',
    variants: ['miracle (treatment|cure|serum|cream|therapy|procedure|injection|ingredient|worker|product|drug)', 'miraculous (result|effect|treatment|transformation|recovery)', 'magic (treatment|serum|cream|bullet|formula|injection|potion|wand)', 'wonder (ingredient|treatment|drug|cream|serum|therapy)', 'the secret to (youthful|younger|ageless|thicker|perfect|flawless|eternal)', '(anti aging|beauty|youth) secret', '(result|effect|transformation|outcome|change) ... (is|are|look|looks) [simply] [truly] miraculous', '(work|works) like magic'],
    explanation: 'A classic sign of deceptive health marketing; Mexico\'s health regulator now calls such "miracle products" deception products.',
    ask: ['Q10'], sources: ['S36', 'S33', 'S38'],
    notProblemWhen: ['A figurative description of natural biology ("the magic of healing").'],
    examples: {
      match: ['This miracle treatment erases years in one session.', 'Exosomes are the wonder ingredient your skin has been missing.', 'The results of our lift are truly miraculous.', 'The serum works like magic on crow\'s feet.'],
      noMatch: ['The birth of a child is the miracle of life.', 'There is no magic bullet for hair loss.', 'The body\'s ability to heal itself is miraculous.'],
    },
  },
  {
    id: 'SCI-08', category: 'SCI', term: 'Nobel Prize science', severity: 'medium',
    variants: ['nobel prize (winning|awarded|recognised|recognized) (technology|science|research|discovery|therapy|treatment|stem cell)', 'based on nobel [prize] [winning] (research|science|discovery|technology)', 'nobel (recognised|recognized|winning) (technology|science|therapy)', '(is|are) nobel (recognised|recognized|prize winning)'],
    explanation: 'It borrows a prize for basic science as if the clinic\'s own product had been proven.',
    ask: ['Q10'], sources: ['S18'],
    notProblemWhen: ['Historical context that is not tied to the product.'],
    examples: {
      match: ['Our therapy uses Nobel Prize-winning technology.', 'A facial based on Nobel Prize research.', 'Our method is Nobel-recognised.', 'Each vial is based on Nobel research.'],
      noMatch: ['The discovery was recognised by the 2012 Nobel Prize in Medicine.', 'She read a biography of a Nobel laureate.'],
    },
  },
  {
    id: 'SCI-09', category: 'SCI', term: 'patented or proprietary', severity: 'medium',
    variants: ['patented (technology|formula|technique|method|process|protocol|system|treatment|device|blend)', 'patent pending (technology|formula|technique|method|process|protocol|system|treatment)', 'proprietary (protocol|formula|technique|method|process|blend|technology|system|serum|solution|cocktail)', 'exclusive (method|technique|protocol|formula)'],
    explanation: 'Patents are granted for new ideas, not for proof that something is safe or works; researchers list them among the trappings clinics borrow to look legitimate.',
    ask: ['Q10', 'Q3'], sources: ['S18', 'S5'],
    notProblemWhen: ['The patent number and the evidence for the treatment are both given.'],
    examples: {
      match: ['Our proprietary protocol concentrates your own stem cells.', 'A patented formula of growth factors.'],
      noMatch: ['Ask what is in any proprietary mixture before agreeing.', 'The inventor filed a patent for a new bicycle lock.'],
    },
  },
  {
    id: 'SCI-10', category: 'SCI', term: 'clinical trial as a sales route', severity: 'high',
    variants: ['(join|enroll in|enrol in|take part in|participate in) our (clinical trial|research study|clinical study|trial|stem cell study|stem cell trial)', '(enroll in|enrol in|take part in|participate in) our study', '(registered|listed) (on|with|at) clinicaltrials.gov', 'IRB approved (study|protocol|trial|research|treatment)', '(patient funded|pay to participate|self funded) (study|trial|research|clinical trial)', 'our research protocol', 'join our study'],
    explanation: 'The FDA warns that registry listings and "registered" status are used to suggest a treatment is legitimate, and paid "studies" have been used as marketing.',
    ask: ['Q15'], sources: ['S1', 'S22', 'S45'],
    notProblemWhen: ['The registry number, the regulator\'s authorisation and the absence of any charge for the experimental product are all stated.'],
    examples: {
      match: ['Join our clinical trial for stem cell hair restoration today.', 'Our treatment is registered on ClinicalTrials.gov.', 'Join our study and receive your first injections free.'],
      noMatch: ['A listing on ClinicalTrials.gov is not proof that a study is approved, the FDA warns.', 'Start your free trial of our app.'],
    },
  },
  {
    id: 'SCI-11', category: 'SCI', term: 'doctor or dermatologist recommended', severity: 'medium',
    variants: ['(tested|proven|formulated) and (dermatologist|doctor) (approved|recommended|tested)', '(dermatologist|doctor|physician|surgeon) (recommended|approved|trusted|developed|formulated|tested) (treatment|serum|formula|skincare|product|brand|solution|cream|procedure|therapy|facial|protocol|method|technique)', 'recommended by (leading|top|expert) (specialists|doctors|dermatologists|experts|surgeons|physicians)', 'trusted by (doctors|dermatologists|physicians|surgeons|experts)', 'recommended by (dermatologists|doctors|surgeons|physicians|experts)', '(is|are) (dermatologist|doctor|physician) (recommended|approved)'],
    explanation: 'You are not told which doctor, why they recommend it, or whether the seller pays them.',
    ask: ['Q10', 'Q12'], sources: ['S36', 'S11'],
    notProblemWhen: ['The named person and any financial tie are disclosed.'],
    examples: {
      match: ['Try our dermatologist-recommended serum for fine lines.', 'Trusted by doctors in over 30 countries.', 'Our exosome serum is dermatologist recommended.', 'We follow a physician-developed protocol.'],
      noMatch: ['Ask your own dermatologist before any injection.', 'My doctor recommended more sleep.', 'My dermatologist recommended a gentle cleanser.'],
    },
  },
  {
    id: 'SCI-12', category: 'SCI', term: 'accredited or member of', severity: 'low',
    variants: ['internationally (accredited|certified|recognised|recognized)', '(JCI|ISO) (accredited|certified)', 'member of the ... (society|academy|association) (of|for)', 'affiliated with ... university', 'meets international (standards|quality standards)', '(clinic|hospital|facility|lab|laboratory|center|centre) ... (accredited|certified) by', 'fully accredited (clinic|hospital|facility|lab|laboratory|center|centre)', '(clinic|hospital|facility|lab|laboratory|center|centre) is fully accredited'],
    explanation: 'Memberships and certificates are often irrelevant to the treatment or even untrue; the UK advertising regulator ruled against a hair clinic claiming a society membership it did not hold.',
    ask: ['Q17'], sources: ['S18', 'S33'],
    notProblemWhen: ['A verifiable licence that is relevant to the procedure.'],
    examples: {
      match: ['Our clinic is internationally accredited.', 'Dr Lee is a member of the International Society of Hair Restoration Surgery.', 'Our surgeons are members of the International Society for Regenerative Aesthetics.', 'Ours is a fully accredited clinic.'],
      noMatch: ['Check the doctor\'s licence with the medical board.', 'She joined the local chess club.', 'She is a member of the Royal College of Surgeons of England.'],
    },
  },
  {
    id: 'SCI-13', category: 'SCI', term: 'number one or best', severity: 'low',
    variants: ['number (one|N) (clinic|choice|provider|destination|center|centre|rated)', 'best (clinic|doctor|surgeon|hair clinic) (in|for)', 'world class (clinic|care|surgeons|surgeon|doctors|facility|treatment|results|team)', 'top tier ... (clinic|care|surgeons|treatment|facility|results|team)', 'leading (clinic|provider|specialist|center|centre) (in|for|of)', 'world renowned (clinic|surgeon|doctor|specialist|expert|team)', 'voted (best|number one|the best)', 'the best (stem cell|exosome|prp|hair restoration|anti aging|aesthetic) (clinic|treatment|results|option)', 'the most advanced (stem cell|exosome|hair restoration|anti aging|skin|regenerative|aesthetic) (treatment|therapy|technology|clinic|procedure)', 'most advanced (treatment|therapy|technology|clinic|procedure) (in|available|on the market)', 'number (one|N) (stem cell|exosome|prp|hair restoration|anti aging|aesthetic|regenerative) (clinic|provider|destination|center|centre)', 'number one in'],
    explanation: 'A ranking means nothing unless you know who did the ranking and how. The UK advertising regulator ruled "officially voted Europe\'s number one" misleading.',
    ask: ['Q17'], sources: ['S33'],
    notProblemWhen: ['The basis of the ranking is stated and can be checked.'],
    examples: {
      match: ['The number one clinic in Istanbul for hair restoration.', 'Our world-class surgeons use the latest methods.', 'We are the number one stem cell clinic in the region.', 'Choose the best clinic for your hair journey.', 'We deliver top-tier regenerative care.', 'Patients call us the #1 choice for hair restoration.', 'Visit the number 1 clinic for exosome facials.'],
      noMatch: ['The team finished number two in the league.', 'Choose a clinic that answers your questions.'],
    },
  },
  {
    id: 'SCI-14', category: 'SCI', term: 'as seen on or featured in', severity: 'low',
    variants: ['as (featured|seen) (in|on)', 'featured (in|on) (vogue|elle|allure|tv|national tv|the news|harper\'s bazaar|cosmopolitan|good morning america|the today show|the doctors|oprah|bbc|cnn|fox news|abc news|nbc|cbs)'],
    explanation: 'Being written about in a magazine or shown on TV says nothing about whether a treatment works.',
    ask: ['Q10'], sources: ['S18'],
    notProblemWhen: ['The coverage is described without implying the treatment works.'],
    examples: {
      match: ['As seen on TV: the stem cell facelift everyone is talking about.', 'Our exosome facial was featured in Vogue.'],
      noMatch: ['The chef appeared in a cooking show.', 'Read more news on our blog.'],
    },
  },
];
