import type { LexiconTerm } from './types.ts';

/** REG: claims of approval, registration, clearance or exemption. */
export const REGULATORY: LexiconTerm[] = [
  {
    id: 'REG-01', category: 'REG', term: 'FDA approved', severity: 'high',
    variants: ['FDA (approved|sanctioned|endorsed) (treatment|therapy|procedure|stem cell|stem cells|exosome|exosomes|product|protocol|facial|injection|serum|clinic|cells|lab|laboratory|facility|tissue|material|method|technology|technique|process|option|solution|program|medication|drug|ingredient)', '(is|are|fully|been|being) [now] (FDA|FDA\'s) (approved|sanctioned|endorsed)', 'FDA approved for (hair|hair loss|skin|use|cosmetic|aesthetic|anti aging|the treatment)', '(is|are|been) approved by the (FDA|food and drug administration|US FDA)', '(is|are|been) approved by FDA', '(received|has|have|got|obtained|with|earned) [full] FDA approval', 'the FDA has [now] approved'],
    explanation: 'No stem-cell, SVF or exosome product is FDA-approved for any cosmetic use. Approvals cover cord-blood blood-forming cells and, since December 2024, one donor cell product for a transplant complication in children.',
    ask: ['Q14'], sources: ['S1', 'S2', 'S6'],
    notProblemWhen: ['Negated ("not FDA approved").', 'A named approved drug used for its approved purpose (such as minoxidil).'],
    examples: {
      match: ['Our exosome therapy is approved by the FDA.', 'This stem cell treatment received FDA approval last year.', 'The serum has full FDA approval.'],
      noMatch: ['This treatment is not approved by the FDA.', 'Is this treatment approved by the FDA?', 'The FDA approved a new migraine drug on Friday.'],
    },
  },
  {
    id: 'REG-02', category: 'REG', term: 'FDA registered', severity: 'high',
    variants: ['FDA registered (lab|laboratory|facility|tissue bank|clinic|product|manufacturer|company|center|centre)', '(registered|listed) with the (FDA|food and drug administration)', '(HCT/P|HCTP) registered', 'registered with FDA', '(is|are|fully) FDA (registered|listed)'],
    explanation: 'Any facility can register with the FDA; the FDA itself says registration and listing do not mean a product is approved or legal to sell.',
    ask: ['Q14'], sources: ['S1', 'S2'],
    notProblemWhen: ['The text explains that registration is not approval.'],
    examples: {
      match: ['All cells come from an FDA-registered lab.', 'Our tissue bank is registered with the FDA.'],
      noMatch: ['Being registered with a regulator is not the same as approval, the FDA warns.', 'She is a registered nurse.'],
    },
  },
  {
    id: 'REG-03', category: 'REG', term: 'FDA-cleared device used as a halo', severity: 'medium',
    variants: ['(our|use|uses|using|with|an|a) FDA cleared (device|equipment|system|technology|laser|centrifuge|microneedling device|treatment)', 'cleared by the (FDA|food and drug administration)', 'FDA approved (equipment|device|centrifuge|microneedling device|system|technology|laser|kit)', '(is|are|been) FDA cleared'],
    explanation: 'Clearance covers a device for one stated use, such as preparing PRP, not the treatment built on it. The UK advertising regulator upheld a complaint about an "FDA Approved" lifting claim.',
    ask: ['Q14', 'Q3'], sources: ['S33', 'S30'],
    notProblemWhen: ['The exact cleared use of the device is stated.'],
    examples: {
      match: ['We use an FDA-cleared centrifuge to prepare your plasma.', 'Our lifting device is cleared by the FDA.'],
      noMatch: ['Device clearance is not approval of the treatment.', 'Ask what the device was cleared for.'],
    },
  },
  {
    id: 'REG-04', category: 'REG', term: 'FDA compliant or exempt', severity: 'high',
    variants: ['FDA compliant', '(is|are|fully) FDA regulated', 'regulated by the FDA', '(follow|comply with|in compliance with|adhere to) (FDA|the FDA) (guidelines|regulations|guidance|rules)', 'exempt from [the] (FDA|FDA approval|FDA regulation)', 'minimally manipulated', '361 (HCT/P|HCTP|product|tissue)', 'same surgical procedure [exception]', '(does not|doesn\'t|do not|don\'t) (need|require) FDA approval'],
    explanation: 'US appeals courts rejected these exemption arguments for clinic-made SVF. The stem-cell research society says a clinician who claims "minimal manipulation" should invite independent review.',
    ask: ['Q14', 'Q15'], sources: ['S7', 'S14'],
    notProblemWhen: ['The text reports the court rulings or explains that the exemption does not apply.'],
    examples: {
      match: ['Our protocol is fully FDA compliant.', 'The cells are minimally manipulated, so this treatment does not need FDA approval.'],
      noMatch: ['Beware clinics that say their cells are minimally manipulated.', 'The FDA published new guidance this week.'],
    },
  },
  {
    id: 'REG-05', category: 'REG', term: 'government or ministry approved', severity: 'medium',
    variants: ['(approved|licensed|certified|authorized|authorised|regulated) by [the] (ministry of health|health ministry|health authority|health authorities|cofepris|government|turkish ministry of health|mexican government|local health authority)', '(cofepris|government|ministry of health) (approved|licensed|certified) (clinic|treatment|therapy|facility|hospital|product|protocol|stem cell|stem cells|lab|laboratory|procedure)', '(is|are|fully) (cofepris|government|ministry of health) (approved|licensed|certified)', 'legal in (mexico|turkey|colombia|panama|the bahamas|costa rica|this country)', 'internationally approved'],
    explanation: 'This usually refers to a licence for the clinic, not approval of the product. Mexico\'s regulator said in 2020 it had authorised no stem-cell treatment protocol.',
    ask: ['Q14', 'Q16'], sources: ['S38', 'S34'],
    notProblemWhen: ['A product authorisation number that can be verified.'],
    examples: {
      match: ['Our stem cell protocol is approved by the Ministry of Health.', 'This treatment is COFEPRIS licensed and fully legal in Mexico.'],
      noMatch: ['Ask whether the product itself has been approved by the health authority.', 'Online gambling became legal in several states.', 'The government approved the new budget.'],
    },
  },
  {
    id: 'REG-06', category: 'REG', term: 'not allowed at home, so come here', severity: 'medium',
    variants: ['not available in the (US|USA|United States|UK) (because|due to)', 'the FDA (won\'t|will not|does not|doesn\'t) (let|allow)', 'what (big pharma|doctors|the FDA) (doesn\'t|does not|don\'t|do not) want you to know', 'medical freedom', '(FDA|regulators) (is|are) too slow'],
    explanation: 'A missing approval is recast as an insider opportunity. The FDA points out that clinics abroad may face far less oversight than at home.',
    ask: ['Q16'], sources: ['S4'],
    notProblemWhen: ['Reporting on the regulations without selling a treatment.'],
    examples: {
      match: ['This therapy is not available in the US because of FDA restrictions.', 'Discover what big pharma does not want you to know about stem cells.'],
      noMatch: ['The new phone is not yet sold in Europe.', 'The FDA approves drugs after clinical trials.'],
    },
  },
  {
    id: 'REG-07', category: 'REG', term: 'GMP or international standards', severity: 'low',
    variants: ['(GMP|cGMP) (certified|compliant|lab|laboratory|facility|grade)', 'ISO 9001 (certified|accredited) (lab|laboratory|clinic|facility|hospital)', '(lab|laboratory|clinic|facility|cells) ... international quality standards', '(is|are) ISO 9001 (certified|accredited)'],
    explanation: 'A patient cannot check a quality badge on a web page, and even a genuine one is about paperwork, not about whether the treatment works.',
    ask: ['Q8'], sources: ['S18'],
    notProblemWhen: ['A certificate number that can be checked with the issuer.'],
    examples: {
      match: ['Cells are expanded in our cGMP laboratory.', 'Our laboratory meets international quality standards.', 'Our laboratory is ISO 9001 certified.'],
      noMatch: ['Ask for the certificate number of any quality badge.', 'The factory makes bicycle parts.'],
    },
  },
];
