import type { LexiconTerm } from './types.ts';

/**
 * INV: wording that makes needles, fat harvest or recovery sound absent.
 * Most terms only count when the page describes an invasive step (rule R5).
 */
export const INVASIVENESS: LexiconTerm[] = [
  {
    id: 'INV-01', category: 'INV', term: 'non-invasive (contradicted)', severity: 'high', selfNegating: true, needsInvasiveContext: true,
    variants: ['(non invasive|noninvasive)', '(non invasive|noninvasive) [stem cell] (treatment|procedure|therapy|alternative|option|solution|facelift|lift|approach|method|way|facial|hair restoration)', '(is|are) [completely] [totally] [entirely] (non invasive|noninvasive)'],
    explanation: 'In medicine "non-invasive" means nothing goes through the skin, and fat harvesting and injections do exactly that.',
    ask: ['Q2', 'Q9'], sources: ['S37'],
    notProblemWhen: ['Truly topical services, such as a serum facial with no needles.'],
    examples: {
      match: ['This non-invasive treatment injects your own fat-derived cells into the face.', 'The procedure is completely non-invasive: we harvest a little fat and inject it.'],
      noMatch: ['This gentle, non-invasive serum facial is simply applied to the skin.', 'No injection is truly non-invasive.'],
    },
  },
  {
    id: 'INV-02', category: 'INV', term: 'non-surgical', severity: 'medium', selfNegating: true, needsInvasiveContext: true,
    variants: ['(non surgical|nonsurgical)', '(non surgical|nonsurgical) (treatment|procedure|option|solution|alternative|approach|hair restoration|method|way|therapy|bbl|butt lift|rhinoplasty|nose job)', 'without (surgery|going under the knife|the knife|a scalpel)', 'surgery free', 'no (surgery|scalpel|knife) (needed|required|necessary|involved)', '(is|are) [completely] (non surgical|nonsurgical)'],
    explanation: 'Harvesting fat by liposuction is a surgical step, however small it is made to sound.',
    ask: ['Q2', 'Q9'], sources: ['S31'],
    notProblemWhen: ['Accurate for that service, with no harvest or injection involved.'],
    examples: {
      match: ['Get fuller cheeks without surgery: we inject your own fat.', 'A non-surgical procedure using mini-liposuction and injections.'],
      noMatch: ['This topical peel is a non-surgical treatment applied with a brush.', 'No facelift is possible without surgery.'],
    },
  },
  {
    id: 'INV-03', category: 'INV', term: 'no downtime', severity: 'medium', selfNegating: true, needsInvasiveContext: true,
    variants: ['(no|zero|minimal|little|without|minimum|limited|virtually no) [any] downtime', '(very little|minimal|little|no|quick) recovery (time|period)', 'back to work the (same|next) day', 'return to (work|normal activities|your day|your routine) (immediately|the same day|right away|straight away)', 'lunchtime (procedure|treatment)', '(minimal|quick|fast|short|rapid|easy) recovery', 'recovery (takes|is) (only|just) (a day|a few days|N days|hours|a few hours|one day)', 'resume (normal|daily|your normal|your daily) activities (immediately|right away|the same day|the next day|straight away)'],
    explanation: 'Fat harvest and injections usually leave bruising and swelling for days. The UK advertising regulator criticised "no downtime" claims in 2025.',
    ask: ['Q20'], sources: ['S31'],
    notProblemWhen: ['A realistic recovery period is stated ("expect one to two weeks of swelling").'],
    examples: {
      match: ['Zero downtime: the fat transfer and injections take under an hour.', 'Back to work the same day after your stem cell injections.'],
      noMatch: ['No injection treatment comes with zero downtime.', 'Expect one to two weeks of swelling after the injections.'],
    },
  },
  {
    id: 'INV-04', category: 'INV', term: 'no incisions, needles or anaesthesia', severity: 'medium', selfNegating: true, needsInvasiveContext: true,
    variants: ['(incision|needle|scar|stitch|scalpel|suture) free', 'scarless', 'no (incisions|stitches|needles|scalpel|scars|sutures|cuts|anesthesia|anaesthesia|general anesthesia)', '(do not|does not|don\'t|doesn\'t) require (incisions|anesthesia|anaesthesia|needles|stitches|general anesthesia)', 'without (incisions|needles|stitches|anesthesia|anaesthesia|cutting)'],
    explanation: 'If fat is harvested or anything is injected, there are needles and often small cuts, whatever the ad says.',
    ask: ['Q2', 'Q9'], sources: ['S37'],
    notProblemWhen: ['Accurate for topical services.'],
    examples: {
      match: ['Scarless fat harvesting, then injection of your cells into the scalp.', 'The procedure does not require incisions or anesthesia, just a few injections.'],
      noMatch: ['Our sheet mask facial is scarless and soothing.', 'No liposuction is entirely scar-free.'],
    },
  },
  {
    id: 'INV-05', category: 'INV', term: 'quick and easy', severity: 'medium',
    variants: ['quick and (easy|simple|painless|minimally invasive) (procedure|treatment|process|injection|session)', '(procedure|treatment|injection|session|harvest) ... quick and (easy|simple|painless)', 'quick [and minimally invasive] (procedure|treatment)', 'quick [and] minimally invasive (procedure|treatment)', '(simple|quick|easy) (in office|outpatient|office based) (procedure|treatment)', '(procedure|treatment|session|injection|harvest|appointment) ... (takes|take) (less than|under) (an hour|N hour|N hours)', '(simple|easy) (procedure|treatment|process) that', 'just a (few|couple of) (injections|injection|needle pricks)', 'in and out in (an hour|N minutes|under an hour|less than an hour)', '(procedure|treatment|session|injection|harvest|appointment) ... (takes|take) [only] [just] [less than] [under] N (minutes|minute)'],
    explanation: 'It makes a medical procedure sound trivial, which UK advertising guidance tells clinics not to do.',
    ask: ['Q2', 'Q20'], sources: ['S31'],
    notProblemWhen: ['The steps and their risks are described alongside.'],
    examples: {
      match: ['It is a quick and easy procedure done under local anaesthetic.', 'You are in and out in an hour.'],
      noMatch: ['Fat grafting is not a quick procedure.', 'The recipe is quick and tasty.'],
    },
  },
  {
    id: 'INV-06', category: 'INV', term: 'minimally invasive', severity: 'low', infoOnly: true,
    variants: ['minimally invasive (procedure|treatment|technique|approach|option|therapy|method|solution)'],
    explanation: 'Usually accurate, but it can cover a liposuction under local anaesthetic. Shown as information only.',
    ask: ['Q2', 'Q9'], sources: ['S37'],
    notProblemWhen: ['Accurate for the procedure, which is the usual case.'],
    examples: {
      match: ['A minimally invasive procedure using your own fat.'],
      noMatch: ['Open surgery needs a long recovery.'],
    },
  },
];
