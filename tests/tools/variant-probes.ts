/**
 * `npm run eval:variants`: how many of the lexicon's listed variants the
 * engine finds, from probe sentences written for them
 * (tests/fixtures/variants/probes.txt, format there), per category; then
 * every probe that fails. The holdout and the dev corpus measure whole pages;
 * this measures the spelling-out of each row, one sentence at a time.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { detect } from '../../lib/detect/index.ts';
import type { Finding, PageSignals } from '../../lib/detect/types.ts';
import { CATEGORY_CODES, type CategoryCode } from '../../lib/lexicon/types.ts';

export const PROBES_FILE = join(import.meta.dirname, '../fixtures/variants/probes.txt');

export interface Probe {
  /** Must give an active finding of the row's category (positive), or must not (negative). */
  positive: boolean;
  row: string;
  category: CategoryCode;
  /** The variant probed; a paraphrase beyond the listed ones when `extra`. */
  variant: string;
  extra: boolean;
  text: string;
}

export interface ProbeResult extends Probe {
  pass: boolean;
  found: Finding[];
}

/** A clinic's page: an invasive step described elsewhere, about treatments, not a report. */
const CLINIC_PAGE: PageSignals = { invasive: true, clinical: true, editorial: false };

export function parseProbes(source: string): Probe[] {
  return source
    .split('\n')
    .filter((line) => /^[PN]\|/.test(line))
    .map((line) => {
      const [kind, row, variant, ...text] = line.split('|');
      const category = row!.split('-')[0] as CategoryCode;
      if (!CATEGORY_CODES.includes(category)) throw new Error(`unknown category in probe: ${line}`);
      return { positive: kind === 'P', row: row!, category, variant: variant!, extra: variant!.startsWith('~'), text: text.join('|') };
    });
}

/**
 * Runs each probe: a positive as on a clinic's page; a negative both so and
 * alone (page signals from its own text), passing only if clean in both.
 */
export function runProbes(probes: readonly Probe[]): ProbeResult[] {
  const fires = (found: Finding[], category: CategoryCode) => found.some((f) => f.status === 'active' && f.category === category);
  return probes.map((probe) => {
    const found = detect(probe.text, { page: CLINIC_PAGE });
    const pass = probe.positive ? fires(found, probe.category) : !fires(found, probe.category) && !fires(detect(probe.text), probe.category);
    return { ...probe, pass, found };
  });
}

/** Per category: listed variants found, paraphrases found, negatives clean (passed, of). */
export function tally(results: readonly ProbeResult[]): Record<CategoryCode, { listed: [number, number]; extra: [number, number]; clean: [number, number] }> {
  const count = (list: readonly ProbeResult[]): [number, number] => [list.filter((r) => r.pass).length, list.length];
  return Object.fromEntries(
    CATEGORY_CODES.map((c) => {
      const of = results.filter((r) => r.category === c);
      return [c, { listed: count(of.filter((r) => r.positive && !r.extra)), extra: count(of.filter((r) => r.positive && r.extra)), clean: count(of.filter((r) => !r.positive)) }];
    }),
  ) as ReturnType<typeof tally>;
}

function report(results: readonly ProbeResult[]): string {
  const t = tally(results);
  const cell = ([pass, of]: [number, number]) => (of ? `${pass}/${of}` : '-').padEnd(9);
  const lines = ['category  listed   extra    negatives clean'];
  const sum = { listed: [0, 0], extra: [0, 0], clean: [0, 0] } as Record<'listed' | 'extra' | 'clean', [number, number]>;
  for (const c of CATEGORY_CODES) {
    lines.push(`${c.padEnd(10)}${cell(t[c].listed)}${cell(t[c].extra)}${cell(t[c].clean)}`);
    for (const k of ['listed', 'extra', 'clean'] as const) sum[k] = [sum[k][0] + t[c][k][0], sum[k][1] + t[c][k][1]];
  }
  lines.push(`${'all'.padEnd(10)}${cell(sum.listed)}${cell(sum.extra)}${cell(sum.clean)}`, '', 'failing:');
  for (const r of results.filter((x) => !x.pass)) {
    const found = r.found.filter((f) => f.status === 'active').map((f) => `${f.termId} "${f.quote}"`).join(', ') || 'nothing';
    lines.push(`  ${r.positive ? 'missed' : 'fired '} ${r.row} (${r.variant}): ${r.text}  -> ${found}`);
  }
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(report(runProbes(parseProbes(readFileSync(PROBES_FILE, 'utf8')))));
}
