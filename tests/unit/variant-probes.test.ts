import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { CategoryCode } from '../../lib/lexicon/types.ts';
import { PROBES_FILE, parseProbes, runProbes, tally } from '../tools/variant-probes.ts';

const results = runProbes(parseProbes(readFileSync(PROBES_FILE, 'utf8')));
const counts = tally(results);

/**
 * What each category finds now (listed variants, paraphrases, clean
 * negatives): a change that finds fewer fails here, with the probes it lost.
 * Raise these when a change finds more (`npm run eval:variants` lists what
 * still fails).
 */
const AT_LEAST: Record<CategoryCode, [listed: number, extra: number, clean: number]> = {
  SCT: [124, 6, 12],
  BIO: [57, 1, 7],
  PERM: [60, 8, 16],
  EFF: [81, 10, 9],
  SAFE: [62, 6, 12],
  SCI: [87, 7, 8],
  REG: [38, 3, 6],
  STAT: [20, 7, 1],
  INV: [28, 4, 2],
  TEST: [19, 3, 0],
  PRESS: [34, 2, 0],
};

describe('probe sentences for the lexicon\'s listed variants', () => {
  test('are all parsed: 631 listed variants, 64 paraphrases, 79 negatives', () => {
    const of = (f: (r: (typeof results)[number]) => boolean) => results.filter(f).length;
    expect([of((r) => r.positive && !r.extra), of((r) => r.positive && r.extra), of((r) => !r.positive)]).toEqual([631, 64, 79]);
  });

  test.each(Object.entries(AT_LEAST))('%s finds no fewer than before', (category, [listed, extra, clean]) => {
    const failing = results.filter((r) => r.category === category && !r.pass).map((r) => `${r.row}: ${r.text}`);
    const c = counts[category as CategoryCode];
    expect({ listed: c.listed[0] >= listed, extra: c.extra[0] >= extra, clean: c.clean[0] >= clean, failing }).toMatchObject({ listed: true, extra: true, clean: true });
  });
});
