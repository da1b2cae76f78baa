/**
 * `npx tsx tests/bench/ranges.ts [10KB|1MB|5MB] [repeats]`: what placing a
 * page's findings costs, apart from reading and detecting them. In headless
 * Chromium, on a generated benchmark page: the page's findings are detected
 * once (untimed), then, on a fresh load each time, timed:
 * - place: placeFindings (engine offsets to run offsets and a range per finding);
 * - list: listing them in document order (FindingList, as the scanner does);
 * - register: handing every active finding's range to the CSS highlight renderer;
 * - frame: from then to the end of the next frame (the viewport window
 *   measures and registers the ranges near the viewport there);
 * - mutate: 500 appends and removals of a paragraph afterwards (a live Range
 *   makes every later DOM change of the page pay for it).
 * Prints the medians and the fastest runs. Compare before / after back to
 * back: the machine is shared. To profile instead, RANGES_BUNDLE_TO=<file>
 * (with RANGES_UNMINIFIED=1) writes the page bundle (`__ccRanges.detectAll()`,
 * then `__ccRanges.timed()`) and exits.
 */
import { chromium } from 'playwright-core';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, pageServer } from './measure.ts';
import { generatePage } from './page.ts';
import { highlightSheet } from './highlight-sheet.ts';
import { median, round } from './stats.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SIZES: Record<string, number> = { '10KB': 10_000, '1MB': 1_000_000, '5MB': 5_000_000 };
const at = (path: string) => JSON.stringify(join(ROOT, path));

/** The in-page side: detect once, then place and register, timed. */
const ENTRY = `
import { addTally, decide, emptyTally, prepare, signalsFromTally } from ${at('lib/detect/index.ts')};
import { readRuns } from ${at('components/content/blocks.ts')};
import { placeFindings } from ${at('components/content/place.ts')};
import { FindingList } from ${at('components/content/finding-list.ts')};
import { CssHighlightRenderer } from ${at('components/content/highlight/css-highlights.ts')};
import { severityGroup } from ${at('components/content/highlight/renderer.ts')};

const afterFrame = () => new Promise((ok) => requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = ok; c.port2.postMessage(0); }));

let runs, batches;

/** Reads and detects the page (untimed). */
export async function detectAll() {
  runs = [...readRuns(document.documentElement)];
  batches = [];
  for (let i = 0; i < runs.length; ) {
    const batch = { runs: [], blocks: [] };
    let text = '';
    while (i < runs.length && text.length < 16000) {
      const run = runs[i++];
      if (text) text += '\\n\\n';
      batch.runs.push(run);
      batch.blocks.push({ start: text.length, end: text.length + run.text.length, heading: run.heading || undefined });
      text += run.text;
    }
    batch.prepared = prepare(text, batch.blocks);
    batches.push(batch);
  }
  const signals = signalsFromTally(batches.reduce((sum, b) => addTally(sum, b.prepared.tally), emptyTally()));
  for (const b of batches) b.found = decide(b.prepared, signals);
  await afterFrame();
}

/** Places and registers the detected findings, timed. */
export async function timed() {

  const renderer = new CssHighlightRenderer();
  const t0 = performance.now();
  const placed = [];
  for (const b of batches) for (const f of placeFindings(b.found, b.blocks, b.runs)) placed.push(f);
  const t1 = performance.now();
  const list = new FindingList(() => true);
  list.reset(placed);
  const active = list.active();
  const tList = performance.now();
  renderer.expect(active.length);
  for (const f of active) renderer.add(severityGroup(f.severity), f.range);
  const t2 = performance.now();
  await afterFrame();
  const t3 = performance.now();
  const main = document.querySelector('main');
  const p = document.createElement('p');
  p.textContent = 'A paragraph added and removed again.';
  for (let i = 0; i < 500; i++) {
    main.insertBefore(p, main.firstChild);
    p.remove();
  }
  const t4 = performance.now();
  globalThis.__keep = { placed, renderer };
  return { runs: runs.length, found: batches.reduce((n, b) => n + b.found.length, 0), findings: placed.length, active: active.length, placeMs: t1 - t0, listMs: tList - t1, registerMs: t2 - tList, frameMs: t3 - t2, mutateMs: t4 - t3 };
}
`;

async function bundle(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'cliniccheck-ranges-'));
  try {
    await writeFile(join(dir, 'entry.js'), ENTRY);
    await build({
      configFile: false,
      root: ROOT,
      logLevel: 'warn',
      define: { 'process.env.NODE_ENV': '"production"', 'import.meta.env.DEV': 'false' },
      build: { outDir: join(dir, 'out'), emptyOutDir: true, minify: !process.env.RANGES_UNMINIFIED, lib: { entry: join(dir, 'entry.js'), name: '__ccRanges', formats: ['iife'], fileName: () => 'r.js' } },
    });
    return await readFile(join(dir, 'out', 'r.js'), 'utf8');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function main() {
  const size = process.argv[2] ?? '1MB';
  const repeats = Number(process.argv[3] ?? 7);
  const code = await bundle();
  if (process.env.RANGES_BUNDLE_TO) return writeFile(process.env.RANGES_BUNDLE_TO, code);
  const server = await pageServer(new Map([['/p.html', generatePage(SIZES[size] ?? 1_000_000, 1, highlightSheet())], ['/r.js', code]]));
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
  try {
    const rows: Array<Record<string, number>> = [];
    for (let i = 0; i < repeats; i++) {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/p.html`);
      await page.addScriptTag({ url: '/r.js' });
      await page.evaluate('__ccRanges.detectAll()');
      rows.push((await page.evaluate('__ccRanges.timed()')) as Record<string, number>);
      await page.close();
    }
    const keys = Object.keys(rows[0]!);
    const medians = Object.fromEntries(keys.map((k) => [k, round(median(rows.map((r) => r[k]!)))]));
    const minimums = Object.fromEntries(keys.map((k) => [k, round(Math.min(...rows.map((r) => r[k]!)))]));
    console.log(`${size}, median of ${repeats}: ${JSON.stringify(medians)}`);
    // On a shared machine the fastest run is the best estimate of the work itself.
    console.log(`${size}, fastest of ${repeats}: ${JSON.stringify(minimums)}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

if (process.argv[1] && import.meta.filename === process.argv[1]) await main();
