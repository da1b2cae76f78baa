import { describe, expect, test } from 'vitest';
import { detect } from './index.ts';

/** Term ids of the active findings in `text`. */
const activeTerms = (text: string) => detect(text).filter((f) => f.status === 'active').map((f) => f.termId);

describe('outcome promises in free wording', () => {
  test.each([
    ['The effect lasts many times longer than dermal fillers.', 'EFF-08'],
    ['Our protocol outlasts any transplant.', 'EFF-08'],
    ['It gives a fuller look than a surgical lift.', 'EFF-08'],
    ['One injection helps arthritis, acne and insomnia.', 'EFF-10'],
    ['The drip eases back pain and pigmentation alike.', 'EFF-10'],
    ['"Honestly, this clinic transformed my life."', 'EFF-12'],
    ['After two sessions I got my life back.', 'EFF-12'],
    ['"Six months on, my acne scars have completely disappeared."', 'PERM-08'],
    ['Once settled, the grafted fat remains forever.', 'PERM-02'],
    ['Even better, the change is permanent.', 'PERM-01'],
    ['Forget about repeat treatments.', 'PERM-05'],
    ['Every course comes with our density guarantee.', 'PERM-04'],
    ['Top surgeons swear by this serum.', 'SCI-11'],
    ['Ask about the stem cell Aurora facial.', 'SCT-01'],
    ['Try the exosome Velvet drip.', 'BIO-01'],
    ['We offer SVF-boosted fat grafting for the cheeks.', 'SCT-03'],
    ['The serum is made from stem cell culture extracts.', 'BIO-02'],
    ['Bruising and discomfort are negligible.', 'SAFE-06'],
    ['Infections have never occurred at our clinic.', 'SAFE-01'],
    ['The injection has no documented side effects.', 'SAFE-01'],
    ['This is one of the gentlest treatments you can choose.', 'SAFE-04'],
    ['The gel is 100% natural and toxin-free.', 'SAFE-10'],
    ['Each vial holds billions of potent exosomes.', 'SCT-09'],
    ['The formula was created by a team of scientists in Geneva.', 'SCI-11'],
    ['A dermatologically tested booster.', 'SCI-02'],
    ['Our protocol is grounded in years of clinical research.', 'SCI-02'],
    ['The science proves our peel works.', 'SCI-02'],
    ['Trusted by hundreds of surgeons.', 'SCI-11'],
    ['A UK-first hair protocol.', 'SCI-13'],
    ['Enjoy the results for many years.', 'PERM-03'],
    ['Keep your new look for life.', 'PERM-03'],
    ['Each drop is loaded with peptides.', 'BIO-03'],
    ['Our exosomes deliver signals which tell skin to heal.', 'BIO-03'],
    ['The body recognises the cells as its own.', 'SAFE-03'],
    ['The gel contains no synthetic fillers.', 'SAFE-03'],
    ['Clients rave about their results.', 'TEST-02'],
    ['Five-star rated on Trustpilot.', 'TEST-02'],
  ])('%j → %s', (text, termId) => {
    expect(activeTerms(text)).toContain(termId);
  });

  test.each([
    ['Our opening hours are longer than most.', 'EFF-08'],
    ['We treat acne.', 'EFF-10'],
    ['My sister changed jobs last year.', 'EFF-12'],
    ['The stains on my shirt are gone.', 'PERM-08'],
    ['Permanent makeup is not something we offer.', 'PERM-01'],
    ['Top-ups are needed every year.', 'PERM-05'],
    ['We have a lowest price guarantee.', 'PERM-04'],
    ['Many doctors recommend a second opinion.', 'SCI-11'],
    ['Stem cells are not part of our facial.', 'SCT-01'],
    ['The exosome. Infusion prices follow.', 'BIO-01'],
    ['The risks are explained at your consultation.', 'SAFE-06'],
    ['It is not true that side effects have never been reported.', 'SAFE-01'],
    ['Of the trillions of cells in the body, few are stem cells.', 'SCT-09'],
    ['The recipe was created by a local baker.', 'SCI-11'],
    ['Trusted by our neighbours since 1990.', 'SCI-11'],
    ['The first world war ended in 1918.', 'SCI-13'],
    ['We have been open for years.', 'PERM-03'],
    ['The cake is loaded with sugar.', 'BIO-03'],
    ['The body needs sleep.', 'SAFE-03'],
    ['Critics rave about the new film.', 'TEST-02'],
  ])('%j has no %s', (text, termId) => {
    expect(activeTerms(text)).not.toContain(termId);
  });
});
