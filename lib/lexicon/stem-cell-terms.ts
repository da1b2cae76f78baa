import type { LexiconTerm } from './types.ts';

/** SCT: names that borrow "stem cell" for treatments and products. */
export const STEM_CELL_TERMS: LexiconTerm[] = [
  {
    id: 'SCT-01', category: 'SCT', term: 'stem cell facial', severity: 'high',
    variants: ['[true] stem cell facial [treatment]', '(MSC|mesenchymal stem cell) facial', 'facial with [your own] stem cells', 'stem cell face treatment', 'stem cell (skin|face|facial) rejuvenation', 'stem cell microneedling', 'stem cell (anti aging|anti ageing|skin) (treatment|therapy|facial)'],
    explanation: 'This one name is used for anything from a serum applied after microneedling to fat removed by liposuction and injected into the face. From the name alone you cannot tell whether live cells, a cell-free extract or nothing cell-based is used.',
    ask: ['Q1', 'Q2', 'Q6'], sources: ['S27', 'S28'],
    notProblemWhen: ['The page discusses the label itself critically, for example saying the name is misleading.'],
    examples: {
      match: ['Book your stem cell facial today and glow for the holidays.', 'Our signature MSC facial refreshes tired skin.'],
      noMatch: ['Beware of spas selling a so-called stem cell facial.', 'We do not offer stem cell facials at this clinic.'],
    },
  },
  {
    id: 'SCT-02', category: 'SCT', term: 'stem cell facelift', severity: 'high',
    variants: ['stem cell (facelift|face lift|lift|mini lift|mini facelift)', 'natural facelift with stem cells', 'stem cell enriched fat (transfer|grafting) [to the face]', 'cell assisted (lipotransfer|lipofilling)', 'stem cell (fat transfer|fat grafting|facial fat transfer|fat injection)'],
    explanation: 'US plastic-surgery societies found no evidence behind "stem cell facelifts" and asked that the stem-cell label be kept for procedures where the cells are really the treatment.',
    ask: ['Q1', 'Q9', 'Q10'], sources: ['S27'],
    notProblemWhen: ['The name is quoted in order to criticise it ("so-called stem cell facelift").'],
    examples: {
      match: ['Discover the stem cell facelift, a fresher look in one visit.', 'Our stem cell mini lift restores youthful contours.'],
      noMatch: ['Surgeons warn that the so-called stem cell facelift is unproven.', 'A classic surgical facelift tightens the skin and muscles.'],
    },
  },
  {
    id: 'SCT-03', category: 'SCT', term: 'stem cell breast or body augmentation', severity: 'high',
    variants: ['stem cell (breast augmentation|breast enhancement|breast lift|boob job)', 'natural breast augmentation with stem cells', 'stem cell (BBL|butt lift|brazilian butt lift|buttock augmentation|body contouring)'],
    explanation: 'This is a fat transfer with a stem-cell name attached. The name suggests an extra regenerative benefit that nobody has shown.',
    ask: ['Q1', 'Q9', 'Q10', 'Q20'], sources: ['S27'],
    notProblemWhen: ['The procedure is mentioned critically.'],
    examples: {
      match: ['Enhance your curves with stem cell breast augmentation.', 'Ask about our stem cell BBL packages.'],
      noMatch: ['Avoid clinics offering stem cell breast augmentation, surgeons warn.', 'Breast augmentation with implants remains the most common option.'],
    },
  },
  {
    id: 'SCT-04', category: 'SCT', term: 'stem cell serum or cream', severity: 'medium',
    variants: ['stem cell (serum|cream|mask|skincare|skin care|moisturizer|moisturiser|lotion|eye cream|ampoule)', '(products|formula|serum|cream) enriched with stem cells', 'stem cell infused', 'stem cell (product|cosmetics|beauty product|skincare line|product line)', 'stem cell based (skincare|skin care|serum|cream|product|cosmetics)', '(serum|cream|formula|product|mask|lotion) ... (contain|containing) [live] stem cells'],
    explanation: 'Live stem cells would not survive in a cream or serum, so the product holds at most an extract or the liquid that cells were grown in. The name trades on the idea of human cells renewing your skin.',
    ask: ['Q1', 'Q3', 'Q10'], sources: ['S28', 'S34', 'S5'],
    notProblemWhen: ['The page names the real ingredient, says it holds no live cells, and makes no human-cell claim.'],
    examples: {
      match: ['Our night stem cell serum renews your skin while you sleep.', 'A luxurious cream enriched with stem cells for radiant skin.'],
      noMatch: ['Regulators say a so-called stem cell cream is misleading.', 'This cream does not contain stem cells.'],
    },
  },
  {
    id: 'SCT-05', category: 'SCT', term: 'plant stem cells', severity: 'medium',
    variants: ['(plant|phyto|botanical|apple|swiss apple|uttwiler spatlauber|grape|argan|edelweiss|rose|lilac|alpine rose) stem cell [extract]', 'plant derived stem cell [extract]'],
    explanation: 'Extracts from plant cells do not behave like human stem cells. The UK advertising regulator ruled that "apple stem cell" wording made shoppers credit a serum with self-renewing powers.',
    ask: ['Q1', 'Q10'], sources: ['S28', 'S20'],
    notProblemWhen: ['A plain ingredient list (INCI names) with no renewal or regeneration claim.'],
    examples: {
      match: ['Powered by Swiss apple stem cells to protect skin longevity.', 'Our toner blends grape stem cells with hyaluronic acid.'],
      noMatch: ['The ASA ruled apple stem cell claims misleading.', 'Plant cells can regrow a whole plant from a cutting.'],
    },
  },
  {
    id: 'SCT-06', category: 'SCT', term: 'stem cell therapy (umbrella label)', severity: 'low', infoOnly: true,
    variants: ['stem cell (therapy|treatment|procedure|injection|shot|based therapy)', '(cell|cellular) therapy'],
    explanation: 'The same name is given to PRP, fat grafts, extracts and culture liquids, which are very different things. It is only a warning sign when it names something that is not a stem-cell product.',
    ask: ['Q1', 'Q6'], sources: ['S27', 'S35'],
    notProblemWhen: ['Educational definitions.', 'Established blood stem cell (bone marrow) transplantation for blood disorders.'],
    examples: {
      match: ['We offer stem cell therapy for knees, hips and skin.', 'Our cellular therapy program starts with a consultation.'],
      noMatch: ['Beware of unproven stem cell therapy offered abroad.', 'Is stem cell therapy right for me?'],
    },
  },
  {
    id: 'SCT-07', category: 'SCT', term: 'stem cell hair restoration', severity: 'medium',
    variants: ['stem cell hair (treatment|therapy|restoration|regrowth|growth|transplant|transplantation|loss treatment|injection)', 'stem cell scalp (treatment|therapy|injection)', '(hair follicle stem cell|HFSC) therapy', 'regrow hair with stem cells', 'hair [loss] stem cell (therapy|treatment)', 'stem cell (therapy|treatment|injection) for (hair loss|hair thinning|thinning hair|balding|baldness|alopecia|hair growth|hair)'],
    explanation: 'Therapies based on follicle cells are still experimental, and clinic versions use fat or tiny skin grafts with only small, short studies. The name makes it sound like an established way to regrow hair.',
    ask: ['Q1', 'Q5', 'Q10'], sources: ['S27', 'S30'],
    notProblemWhen: ['The page clearly frames it as investigational or as an add-on, with the evidence described as still developing.'],
    examples: {
      match: ['Stem cell hair restoration is now available at our Miami office.', 'Book a stem cell hair transplant consultation.'],
      noMatch: ['Be wary of unproven stem cell hair treatment offers.', 'Our surgeons perform FUE hair transplants.'],
    },
  },
  {
    id: 'SCT-08', category: 'SCT', term: 'turns into any cell you need', severity: 'medium',
    variants: ['(transform|turn|develop|change) into (any|different|many|all) [types of] [specialized] cells', 'become whatever (cells|cell types) (your|the) (body|skin|face|scalp) needs', 'differentiate into (skin|hair|collagen|cartilage) cells', '(master|undefined|blank slate) cells', 'master repair crew'],
    explanation: 'Adult cells taken from fat or bone marrow can become only a few cell types. Stem-cell scientists say it is wrong that they turn into whatever tissue needs repair.',
    ask: ['Q1', 'Q10'], sources: ['S13'],
    notProblemWhen: ['General biology of embryonic or pluripotent cells that is not tied to the product sold.'],
    examples: {
      match: ['Once injected, these cells transform into any cells your skin needs.', 'Think of them as master cells that repair damage.', 'Once injected, the cells become whatever cells your face needs.'],
      noMatch: ['Adult cells from fat cannot turn into any cell type.', 'Some clinics claim to use master cells; that is misleading.', 'Embryonic stem cells can become whatever cells the growing embryo needs.'],
    },
  },
  {
    id: 'SCT-09', category: 'SCT', term: 'live or millions of stem cells', severity: 'medium',
    variants: ['(living|live|viable) stem cells', '(millions|billions|N million|N billion) [of] [live] stem cells', '(millions|billions) of (live|living|viable) cells', 'N million cells per (treatment|session|injection)', 'high concentration of stem cells', 'concentrated stem cells'],
    explanation: 'Few clinics count the cells or check they are alive, and fewer show you the result. Mexico\'s regulator suspended a cell-therapy unit partly because it could not confirm cell count or viability.',
    ask: ['Q8', 'Q3'], sources: ['S38', 'S13'],
    notProblemWhen: ['A named laboratory test and a per-batch certificate are offered to the patient (still worth asking).'],
    examples: {
      match: ['Each session delivers millions of stem cells to the treated area.', 'We only use viable stem cells from our own lab.'],
      noMatch: ['Your body makes millions of blood cells every second.', 'We never claim to inject live stem cells.'],
    },
  },
  {
    id: 'SCT-10', category: 'SCT', term: 'umbilical cord, amniotic or placental stem cells', severity: 'high',
    variants: ["wharton's jelly", '(umbilical cord|cord tissue) (stem cells|MSC|derived cells)', '(cord blood|umbilical cord|cord tissue) stem cell (facial|injection|therapy|treatment)', '(amniotic|amniotic fluid|amniotic membrane|placental|placenta derived|perinatal|birth tissue) stem cells', 'young stem cells', '(harvested|taken|obtained|collected|sourced) from [donated] (umbilical cords|placentas|placental tissue|amniotic fluid|amniotic membranes)', 'stem cells (from|derived from|sourced from) [the] (umbilical cord|cord tissue|amniotic fluid|amniotic membrane|placenta|placental tissue|wharton\'s jelly|birth tissue|donated births)', '(allogeneic|donor) stem cell (injection|facial|treatment for aging|therapy for aging)', '(our|receive|offer|with) (allogeneic|donor) stem cells', '(our|receive|offer|with) (placenta|placental|amniotic|umbilical cord|cord blood) derived cells'],
    explanation: 'The FDA lists cord, amniotic and placental products as unapproved for these uses, and the first FTC stem-cell case was about "amniotic stem cell therapy". Donor material also adds infection and immune risks.',
    ask: ['Q6', 'Q7', 'Q14'], sources: ['S1', 'S2', 'S8'],
    notProblemWhen: ['Cord blood banking or approved blood-forming transplants described factually.'],
    examples: {
      match: ["Our anti-aging protocol uses Wharton's jelly from screened births.", 'Rejuvenate with young stem cells from umbilical cord tissue.', 'At each session you receive donor stem cells screened in our partner lab.', 'We work with placenta-derived cells for deeper renewal.'],
      noMatch: ['The FDA warns that umbilical cord stem cells are unapproved for cosmetic use.', 'Parents can bank cord blood at birth.', 'A bone marrow transplant uses donor stem cells to rebuild the blood system.', 'Placenta-derived cells are being tested in trials for heart disease.'],
    },
  },
  {
    id: 'SCT-11', category: 'SCT', term: 'embryonic, fetal or animal cells offered', severity: 'high',
    variants: ['embryonic stem cell (treatment|therapy|injection)', '(fetal|foetal) (cell|stem cell) (injection|therapy|treatment)', '(sheep|animal|bovine|ovine) (placenta|placental|fetal) cells', 'xenogeneic cells', '(sheep|animal) cell therapy'],
    explanation: 'No regulator allows embryonic, fetal or animal cell products for cosmetic use. Such offers are outside any legitimate medicine.',
    ask: ['Q6', 'Q7', 'Q14'], sources: ['S16'],
    notProblemWhen: ['A textbook description of cell types.'],
    examples: {
      match: ['Revitalise with our sheep placenta cells injection program.', 'Embryonic stem cell therapy for total rejuvenation.'],
      noMatch: ['Embryonic stem cells come from early-stage embryos.', 'We never use animal placenta cells.'],
    },
  },
  {
    id: 'SCT-12', category: 'SCT', term: 'activates your stem cells', severity: 'medium',
    variants: ['stem cell (activation|activator|booster|enhancer|stimulation)', '(wake|wakes|awaken|awakens) [up] [your] [dormant] [skin] stem cells', '(activate|activates|stimulate|stimulates|mobilize|mobilise|boost|boosts) [your] [own] [body\'s] stem cells', 'improve the stem cell niche'],
    explanation: 'Saying a product changes how your body\'s stem cells behave is a drug claim. The FDA objected to similar wording in a 2012 warning letter, and US ad reviewers challenged "awakens your skin\'s stem cells".',
    ask: ['Q10', 'Q14'], sources: ['S5', 'S36'],
    notProblemWhen: ['A hedged explanation of natural healing, or the wording quoted critically.'],
    examples: {
      match: ['This peptide complex activates your own stem cells overnight.', 'Our stem cell booster wakes up dormant stem cells in the scalp.'],
      noMatch: ['Exercise may activate stem cells in muscle.', 'Claims to awaken your stem cells are misleading.'],
    },
  },
  {
    id: 'SCT-13', category: 'SCT', term: 'SVF or fat-derived stem cells offered', severity: 'medium',
    variants: ['stromal vascular fraction', 'SVF (therapy|treatment|injection|injections|cells)', '(fat derived|adipose derived|adipose) stem cells', '(ADSC|ADSCs|AD MSC) (injection|injections|therapy|treatment)', 'nanofat stem cells', 'stem cells from your [own] fat', 'SVF (protocol|procedure|facelift|facial|hair treatment)', 'fat stem cell (facelift|transfer|injection|grafting)'],
    explanation: 'Two US federal appeals courts held that clinic-made SVF is a drug that needs FDA approval, and the FDA lists it as unapproved.',
    ask: ['Q8', 'Q9', 'Q14'], sources: ['S7', 'S1'],
    notProblemWhen: ['The page states its regulatory status accurately (unapproved, or within an authorised trial).'],
    examples: {
      match: ['We harvest stem cells from your own fat in a short, comfortable session.', 'SVF injections for joints and skin.'],
      noMatch: ['Courts ruled that so-called SVF therapy is a drug.', 'Fat is removed and discarded after liposuction.'],
    },
  },
  {
    id: 'SCT-14', category: 'SCT', term: 'stem cell IV for anti-ageing', severity: 'high',
    variants: ['stem cell (drip|infusion|IV)', '(IV|intravenous) stem cells', '(longevity|anti aging|anti ageing|rejuvenation|systemic rejuvenation) infusion'],
    explanation: 'Dripping cell products into a vein for wellness or anti-ageing is not an approved use, and the FDA has recorded serious harm from unapproved cell products.',
    ask: ['Q1', 'Q14', 'Q20'], sources: ['S1'],
    notProblemWhen: ['An approved treatment for a named disease described factually.'],
    examples: {
      match: ['Try our stem cell IV for full-body renewal.', 'Our longevity infusion delivers stem cells straight into the bloodstream.'],
      noMatch: ['The FDA warns against unproven stem cell infusions.', 'A saline drip can treat dehydration.'],
    },
  },
  {
    id: 'SCT-15', category: 'SCT', term: 'iPSC or pluripotent cells offered', severity: 'high',
    variants: ['(iPS|iPSC) (cell therapy|therapy|treatment|cells)', 'induced pluripotent stem cell (therapy|treatment)', 'reprogrammed stem cells', 'nobel prize stem cells', '(we inject|we use|we offer|you receive|our) [induced] pluripotent stem cells'],
    explanation: 'Treatments made from pluripotent cells exist only in early, closely supervised trials. Anyone selling them for beauty is working outside legitimate research.',
    ask: ['Q14', 'Q15'], sources: ['S14', 'S16'],
    notProblemWhen: ['An educational or historical mention (such as the 2012 Nobel Prize).'],
    examples: {
      match: ['Rejuvenate with our exclusive iPSC therapy.', 'Reprogrammed stem cells restore youthful skin.', 'At our centre you receive induced pluripotent stem cells in a single visit.'],
      noMatch: ['The discovery of induced pluripotent stem cells won the 2012 Nobel Prize.', 'Avoid clinics selling iPSC treatment.', 'Scientists use induced pluripotent stem cells to model disease in the lab.'],
    },
  },
  {
    id: 'SCT-16', category: 'SCT', term: 'PRP presented as stem cells', severity: 'medium',
    variants: ['PRP stem cell (therapy|treatment|facial|injection)', 'platelet stem cells', 'stem cell PRP', 'PRP contains stem cells', 'PRP and stem cell facial'],
    explanation: 'PRP is your own blood spun to concentrate platelets; it is not a stem-cell treatment. Joining the two names makes a modest procedure sound bigger.',
    ask: ['Q1'], sources: ['S35'],
    notProblemWhen: ['The page clearly says PRP and stem-cell methods are different things.'],
    examples: {
      match: ['Our PRP stem cell therapy rejuvenates the scalp.', 'Stem cell PRP gives you the best of both worlds.'],
      noMatch: ['PRP is made from platelets and is not a stem cell treatment.', 'Our PRP facial uses platelets from your blood.'],
    },
  },
];
