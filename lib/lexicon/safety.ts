import type { LexiconTerm } from './types.ts';

/** SAFE: reassurance that a procedure carries no risk, pain or side effects. */
export const SAFETY: LexiconTerm[] = [
  {
    id: 'SAFE-01', category: 'SAFE', term: 'no side effects', severity: 'high', selfNegating: true,
    variants: ['(no|zero|without|free of|free from) [any] [known] [serious] [unwanted] [major] [negative] [harmful] [nasty] [lasting] side effects', 'side effect free', '(no|zero|without) [any] adverse (effects|reactions|events)', '(no|zero) complications'],
    explanation: 'Every harvest or injection carries some risk. The International Society for Stem Cell Research lists "claims there is no risk" as a warning sign.',
    ask: ['Q20', 'Q21'], sources: ['S12', 'S17'],
    notProblemWhen: ['A second negation or denial: "no procedure is free of side effects".'],
    examples: {
      match: ['Enjoy smoother skin with no side effects.', 'Our exosome facial is side-effect free.'],
      noMatch: ['No procedure is free of side effects.', 'Ask about side effects before you book.'],
    },
  },
  {
    id: 'SAFE-02', category: 'SAFE', term: 'risk-free', severity: 'high', selfNegating: true,
    variants: ['risk free (treatment|procedure|therapy|option|solution|way|alternative|injection)', '(is|are) [completely] [totally] [100%] risk free', '(no|zero|without) [any] (risk|risks)'],
    explanation: 'No medical procedure is free of risk; saying so is one of the warning signs the stem-cell research society tells patients to watch for.',
    ask: ['Q20', 'Q21'], sources: ['S12'],
    notProblemWhen: ['A denial such as "nothing is risk-free" or "no treatment is without risk".'],
    examples: {
      match: ['This is a risk-free treatment for tired skin.', 'Your own plasma means zero risk.'],
      noMatch: ['No treatment is without risk.', 'Every booking includes risk-free cancellation up to 48 hours before.'],
    },
  },
  {
    id: 'SAFE-03', category: 'SAFE', term: 'no risk of rejection or allergy', severity: 'high', selfNegating: true,
    variants: ['no (risk|chance|possibility) of (rejection|allergic reaction|allergy|allergies|immune reaction|an allergic reaction)', 'no risk of [your] [body] rejecting', 'no [immune] rejection', '(cannot|can\'t|will not|won\'t|never) be rejected', '[your] body (won\'t|will not|cannot|can\'t|will never) reject', '(eliminate|remove) the risk of (rejection|allergic reaction|an allergic reaction)', '(minimize|minimise) the risk of [immune] rejection', 'no immune (reaction|response)', 'no allergic reaction', 'no chance [that] your body will reject', '(rejection|allergic reaction) is impossible', '100% biocompatible'],
    explanation: 'Avoiding rejection does not remove the main dangers, such as contamination during processing, infection or injection into the wrong place. Patients have gone blind from injections of their own fat-derived cells.',
    ask: ['Q8', 'Q18', 'Q20'], sources: ['S25', 'S13', 'S17'],
    notProblemWhen: ['The page explains that treatments with your own cells still carry risks.'],
    examples: {
      match: ['There is no risk of rejection because we use your own cells.', 'Your body will not reject its own plasma, which eliminates the risk of an allergic reaction.'],
      noMatch: ['Using your own cells does not mean there is no risk of rejection or infection.', 'Donor organs can be rejected by the immune system.'],
    },
  },
  {
    id: 'SAFE-04', category: 'SAFE', term: 'completely safe', severity: 'high',
    variants: ['(100%|totally|perfectly|absolutely|very|extremely|completely|entirely|incredibly|super) safe', 'proven safe', 'safe and effective (treatment|procedure|way|option|solution|alternative|therapy)', '(treatment|procedure|therapy|injection|facial|it) ... safe and effective', 'clinically safe', 'safe for (everyone|everybody|all skin types|every skin type|all ages|all patients)'],
    explanation: 'Absolute safety cannot be proven for any procedure. The UK advertising regulator found that "safe and effective ... no downtime" made injectables sound trivial.',
    ask: ['Q20'], sources: ['S31', 'S35'],
    notProblemWhen: ['Negated ("is not proven safe").'],
    examples: {
      match: ['The procedure is very safe and takes less than an hour.', 'Exosome therapy is a safe and effective treatment for hair loss.'],
      noMatch: ['This therapy has not been proven safe.', 'Is it completely safe?'],
    },
  },
  {
    id: 'SAFE-05', category: 'SAFE', term: 'your own cells, so it is safe', severity: 'high',
    variants: ['(use|using) your own (cells|fat|blood|plasma|tissue) ... (make|makes|making) it (safe|safer|risk free)', '(because|since) [the] (cells|stem cells|material|plasma) (are|is|come) (your own|from your own body) ... (safe|no risk|zero risk|risk free)', '(natural|autologous) ... (so|therefore) [there is] (no risk|zero risk|it is safe)', 'your own (cells|fat|blood) ... so (it is|it\'s) safe'],
    explanation: 'Both the FDA and the stem-cell research society say that material taken from your own body is not automatically safe or free from oversight.',
    ask: ['Q8', 'Q20'], sources: ['S1', 'S13'],
    notProblemWhen: ['A critical explanation of why own-cell treatments still carry risk.'],
    examples: {
      match: ['Using your own cells makes it safe for almost everyone.', 'The treatment is autologous, so there is no risk.'],
      noMatch: ['Using your own cells does not make a treatment safe.', 'Your own cells are collected from your abdomen.'],
    },
  },
  {
    id: 'SAFE-06', category: 'SAFE', term: 'generally safe or low-risk', severity: 'medium',
    variants: ['generally (safe|considered safe|well tolerated)', '(is|are) considered safe', 'low risk (procedure|treatment|option|therapy|way)', '(is|are) [a] [very] low risk', 'minimal risk', '(reduced|lower) risk of (side effects|complications)', '(complication|side effect) (are|is) [very] [extremely] rare'],
    explanation: 'Vague reassurance with no numbers behind it; even clinics that use it often admit the long-term risks are not well documented.',
    ask: ['Q20', 'Q19'], sources: ['S20'],
    notProblemWhen: ['Negated ("is not known to be low-risk").'],
    examples: {
      match: ['PRP is generally safe for most patients.', 'It is a low-risk procedure performed under local anaesthetic.'],
      noMatch: ['This procedure is not considered safe for pregnant women.', 'Long-term risks have not been studied.'],
    },
  },
  {
    id: 'SAFE-07', category: 'SAFE', term: 'experts agree', severity: 'medium',
    variants: ['consensus in the medical community', '(medical|scientific) consensus (is|that|supports)', 'expert (opinion|opinions) (highlight|agree|confirm)', '(doctors|experts|dermatologists|specialists|physicians) agree (it|this|that this|that it) (is|works)', 'widely accepted as (safe|effective|a safe)', '(doctors|experts|dermatologists|specialists|physicians) agree [that] our ... (is|are|works)'],
    explanation: 'An unnamed authority takes the place of evidence. The stem-cell research society and US plastic-surgery societies in fact take a cautious view of cosmetic stem-cell use.',
    ask: ['Q10'], sources: ['S27', 'S14'],
    notProblemWhen: ['A named guideline is cited.'],
    examples: {
      match: ['There is a consensus in the medical community that stem cell facials are safe.', 'Doctors agree this is the safest option for thinning hair.', 'Dermatologists agree that our exosome facial is the gentlest option.'],
      noMatch: ['There is no consensus on how well these treatments work.', 'Experts disagree about how often to test.', 'Experts agree that the evidence for exosome facials is still thin.'],
    },
  },
  {
    id: 'SAFE-08', category: 'SAFE', term: 'painless', severity: 'medium', selfNegating: true, needsInvasiveContext: true,
    variants: ['(virtually|completely|totally|almost|nearly|100%|practically) painless', 'painless (procedure|treatment|injection|session|experience|process|harvest)', '(is|are) painless', 'pain free (procedure|treatment|injection|experience|session)', '(no|zero|without) [any] pain', '(no|without) [any] discomfort', 'minimal discomfort', '(is|are) [completely] [totally] pain free'],
    explanation: 'Fat harvest and scalp or face injections usually need numbing and can hurt. The UK advertising regulator criticised "minimal discomfort" claims in 2025.',
    ask: ['Q2', 'Q20'], sources: ['S31', 'S17'],
    notProblemWhen: ['Some discomfort is clearly said to be expected.', 'Truly topical treatments with no needles.'],
    examples: {
      match: ['The fat harvest and injections are virtually painless.', 'Our stem cell injections involve no pain at all.', 'The scalp injections are completely pain-free.'],
      noMatch: ['No injection is entirely without pain.', 'Some discomfort is expected after the injections.'],
    },
  },
  {
    id: 'SAFE-09', category: 'SAFE', term: 'sterile lab or closed system', severity: 'low',
    variants: ['sterile [closed] system', 'closed (system|loop) (processing|device|technology|kit)', 'on site (lab|laboratory|cell lab)', 'state of the art (lab|laboratory|facility|cleanroom|clean room)', '(lab|laboratory|facility) is state of the art', '(medical|hospital|pharmaceutical) grade (lab|laboratory|facility|equipment|serum|exosomes|product)', 'clean room (facility|lab|laboratory|processing)', 'AATB accredited', '(in|inside) a clean room'],
    explanation: 'Words like sterile or closed system describe a process you have no way to check from outside. Infections have happened at places where single-use equipment was reused.',
    ask: ['Q8', 'Q18'], sources: ['S26', 'S18'],
    notProblemWhen: ['A verifiable licence or inspection record is linked.'],
    examples: {
      match: ['Your cells are processed in a sterile, closed system.', 'Everything happens in our state-of-the-art lab.', 'Your cells are concentrated inside a clean room next door.'],
      noMatch: ['Ask whether the clinic has a licensed laboratory.', 'The lab was closed for the holidays.'],
    },
  },
  {
    id: 'SAFE-10', category: 'SAFE', term: 'natural, therefore harmless', severity: 'low',
    variants: ['all natural (treatment|procedure|solution|therapy|alternative|approach|way)', '100% natural (treatment|procedure|solution|therapy|product|approach)', 'chemical free (treatment|procedure|solution|therapy)', 'natural (so|therefore|and therefore) (safe|harmless|risk free)', '(completely|totally|entirely) natural and (safe|harmless)', '(is|are) [completely] [totally] [100%] (all natural|chemical free)'],
    explanation: 'Natural does not mean harmless: your own blood or fat can still cause infection or lumps when it is handled or injected badly.',
    ask: ['Q20'], sources: ['S35'],
    notProblemWhen: ['"Natural-looking results" used as a description of appearance.'],
    examples: {
      match: ['An all-natural treatment using your own blood.', 'It is completely natural and safe.', 'Our skin booster is 100% all-natural.'],
      noMatch: ['Results look and feel completely natural.', 'The garden uses natural fertiliser.'],
    },
  },
];
