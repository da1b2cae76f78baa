import { describe, expect, test } from 'vitest';
import { detect, pageSignals } from './index.ts';
import type { SuppressionReason } from './types.ts';

/** The status of the first finding of `termId` in `text`. */
function statusOf(text: string, termId: string): string {
  const f = detect(text).find((x) => x.termId === termId);
  if (!f) return 'none';
  return f.status === 'active' ? 'active' : (f.reason as SuppressionReason);
}

/** A table of texts, each with a term and the status its first finding of that term must have. */
function statuses(cases: Array<[text: string, termId: string, expected: string]>) {
  test.each(cases)('%j → %s %s', (text, termId, expected) => {
    expect(statusOf(text, termId)).toBe(expected);
  });
}

describe('section 1.2 context rules', () => {
  statuses([
    // Plain own-voice claims.
    ['Our results are permanent.', 'PERM-01', 'active'],
    ['Enjoy permanent results with one visit.', 'PERM-01', 'active'],
    // Negation, bounded window, pseudo-negation and terminators.
    ['This is not a permanent solution.', 'PERM-01', 'negated'],
    ['These are never permanent results.', 'PERM-01', 'negated'],
    ['Not only fast: it gives permanent results.', 'PERM-01', 'active'],
    ['No needles, no fuss, and permanent results for everyone.', 'PERM-01', 'active'],
    ['It is not cheap, but the permanent results speak for themselves.', 'PERM-01', 'active'],
    ['While not permanent, the results can last much longer than fillers.', 'PERM-01', 'none'],
    // Self-negating terms: only a second negation cancels.
    ['Enjoy a treatment with no side effects.', 'SAFE-01', 'active'],
    ['No procedure has no side effects.', 'SAFE-01', 'negated'],
    ['No pain, no side effects.', 'SAFE-01', 'active'],
    // Hedges cancel; "can", "will" and "promising" do not.
    ['The treatment may regrow hair in weeks.', 'EFF-01', 'hedged'],
    ['The treatment could potentially regrow hair.', 'EFF-01', 'hedged'],
    ['It aims to stimulate collagen production.', 'EFF-04', 'hedged'],
    ['Some patients regrow hair after three sessions.', 'EFF-01', 'hedged'],
    ['The treatment can regrow hair in weeks.', 'EFF-01', 'active'],
    ['The treatment will regrow hair in weeks.', 'EFF-01', 'active'],
    ['Promising early results: it regrows hair.', 'EFF-01', 'active'],
    // Critical or educational context, in the sentence or its heading.
    ['Beware of spas that promise permanent results.', 'PERM-01', 'critical'],
    ['Avoid any clinic selling a stem cell facial.', 'SCT-01', 'critical'],
    ['The so-called stem cell facial is mostly a serum.', 'SCT-01', 'critical'],
    ['Some clinics claim to regrow hair with one injection.', 'EFF-01', 'critical'],
    ['Red flags to watch for\n\nClinics promising permanent results in one visit.', 'PERM-01', 'critical'],
    // Questions cancel claims, but not the naming terms in them (rule R1).
    ['Is this a permanent solution?', 'PERM-01', 'question'],
    ['What is a stem cell facial?', 'SCT-01', 'active'],
    // Naming terms are not cancelled by a hedge (R1) but are by a negation.
    ['You might enjoy our stem cell facial.', 'SCT-01', 'active'],
    ['We do not offer stem cell facials.', 'SCT-01', 'negated'],
    // Concessions do not cancel (rule 7).
    ['The treatment regrows hair, though results vary.', 'EFF-01', 'active'],
    // A limit to some patients hedges, after the claim too; not past its clause.
    ['Results are permanent in some patients but not in others.', 'PERM-01', 'hedged'],
    ['The facial regrows hair for some clients.', 'EFF-01', 'hedged'],
    ['Results are permanent. In some cases a top-up helps.', 'PERM-01', 'active'],
  ]);
});

describe('free-wording claims name their rule', () => {
  test.each([
    ["Our facial boosts your skin's natural collagen.", 'pattern:collagen', 'EFF-04'],
    ['The serum speeds up hair growth.', 'pattern:hair-growth', 'EFF-01'],
    ['Using your own plasma lowers the chance of an allergic reaction.', 'pattern:reduced-risk', 'SAFE-03'],
    ['This peel visibly reduces fine lines and wrinkles.', 'pattern:anti-aging', 'EFF-02'],
  ])('%j', (text, rule, termId) => {
    const found = detect(text).filter((f) => f.status === 'active');
    expect(found.map((f) => [f.rule, f.termId])).toContainEqual([rule, termId]);
  });
});

describe('invasive context (rule R5)', () => {
  const claim = 'Our non-invasive treatment has you back at work the same day.';

  test('non-invasive counts when the page describes needles or injections', () => {
    const text = `${claim} We harvest a little fat and inject it with a fine needle.`;
    expect(pageSignals(text).invasive).toBe(true);
    expect(statusOf(text, 'INV-01')).toBe('active');
  });

  test('non-invasive does not count on a page about a topical serum', () => {
    expect(pageSignals(claim).invasive).toBe(false);
    expect(statusOf(claim, 'INV-01')).toBe('no-invasive-context');
  });

  test('a page that says it uses no needles does not describe them', () => {
    const serum = 'Our gentle, non-invasive serum facial uses no needles at all. There are no incisions either.';
    expect(pageSignals(serum).invasive).toBe(false);
    expect(statusOf(serum, 'INV-01')).toBe('no-invasive-context');
    // A needle described elsewhere on the page still counts.
    expect(pageSignals(`${serum} For the scalp we inject your plasma.`).invasive).toBe(true);
  });

  test('page signals passed in decide for a single block', () => {
    expect(detect(claim, { page: { invasive: true, editorial: false, clinical: true } }).some((f) => f.termId === 'INV-01' && f.status === 'active')).toBe(true);
  });
});

describe('editorial pages (rule R7)', () => {
  const report = [
    'Health officials warn about vampire facials after infections at an unlicensed spa.',
    'According to the department of health, the spa reused needles.',
    'Regulators said the so-called stem cell facial sold there was unproven.',
    'Critics say the marketing hype around regenerative facials is misleading.',
  ].join('\n\n');

  test('a news report is editorial and its mentions are not the page\'s claims', () => {
    expect(pageSignals(report).editorial).toBe(true);
    expect(detect(report).filter((f) => f.status === 'active')).toEqual([]);
  });

  test('a sales page is not editorial', () => {
    const sales = 'Book your stem cell facial today. Our team uses your own cells for glowing skin. Call us for a free consultation.';
    expect(pageSignals(sales).editorial).toBe(false);
  });
});

describe('not claims at all (rules R3, R6)', () => {
  const active = (text: string) => detect(text).filter((f) => f.status === 'active').map((f) => f.quote);

  test.each([
    ['a sentence that opens by describing biology', 'Fibroblasts naturally produce collagen and elastin in healthy skin.'],
    ['what nature needs', 'Collagen is crucial for preventing wrinkles.'],
    ['the name of a field', 'Regenerative aesthetic medicine is a growing discipline.'],
  ])('%s', (_name, text) => {
    expect(active(text)).toEqual([]);
  });

  test('a consequence clause is part of the main claim, not a second one', () => {
    const found = active('Our facial stimulates collagen production, leading to smoother, firmer skin.');
    expect(found).toEqual(['stimulates collagen production']);
  });

  test('number words are numbers', () => {
    expect(detect('Look ten years younger after our facial.').some((f) => f.termId === 'EFF-03' && f.status === 'active')).toBe(true);
  });
});

describe('clinical page signal', () => {
  test('sales wording counts on a clinic page but not on a long shop page', () => {
    const clinic = 'Our stem cell facial renews tired skin. Spring special offer: book today and save on your first session.';
    expect(pageSignals(clinic).clinical).toBe(true);
    expect(detect(clinic).some((f) => f.category === 'PRESS' && f.status === 'active')).toBe(true);
    const shop = Array.from({ length: 6 }, () => 'These trail shoes grip wet rock and dry fast. Special offer this weekend only, while supplies last.').join(' ');
    expect(pageSignals(shop).clinical).toBe(false);
    expect(detect(shop).filter((f) => f.status === 'active')).toEqual([]);
  });
});

describe('"stem cell therapy" as a label (SCT-06)', () => {
  statuses([
    ['Our stem cell therapy uses platelet-rich plasma drawn from your arm.', 'SCT-06', 'active'],
    ['Each stem cell injection is made from your own PRP.', 'SCT-06', 'active'],
    ['We offer stem cell therapy for knees, hips and skin.', 'SCT-06', 'none'],
    ['PRP and stem cell treatments are not the same thing.', 'SCT-06', 'none'],
    // Information-only: not reported at all when the context cancels it.
    ['Beware of clinics that sell PRP as stem cell therapy.', 'SCT-06', 'none'],
  ]);
});

describe('sentences describing nature (rule R6)', () => {
  statuses([
    ["Stem cells are the body's raw materials for repair, and they regrow hair in each cycle.", 'EFF-01', 'none'],
    ['Hair follicles are a reservoir of stem cells that regrow hair each cycle.', 'EFF-01', 'none'],
    // "Stem cells are a ..." opens a claim when what follows is no kind of cell or part of the body.
    ['Stem cells are a miracle cure for hair loss.', 'SCI-07', 'active'],
    ['Plant stem cells are a powerful antioxidant that reverses sun damage.', 'EFF-02', 'active'],
  ]);
});

describe('science history (rule R6)', () => {
  statuses([
    ['In 2012 the Nobel Prize honoured the discovery of iPS cells.', 'SCT-15', 'none'],
    ['iPS cells were first described by a lab in Kyoto in 2006.', 'SCT-15', 'none'],
    ['We now offer iPS cell therapy for tired skin.', 'SCT-15', 'active'],
    ['Our serum uses Nobel Prize-winning technology.', 'SCI-08', 'active'],
  ]);
});
