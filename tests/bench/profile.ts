/**
 * `npx tsx tests/bench/profile.ts [10KB|1MB|5MB] [full|rescan]`: where does
 * the content script's time go? Builds the extension unminified (a bench
 * build with marks where each source file starts, into .output-bench-profile),
 * loads a generated page with scanning switched off, then switches it on
 * (full: the session starts and scans the page) or appends a paragraph
 * after a full scan (rescan) under the Chrome DevTools Protocol's sampling
 * profiler, of the page's main thread and of the extension's service worker
 * (where detection runs), and prints for each self time by source file and
 * inclusive time by function.
 */
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { build } from 'wxt';
import { CONTENT_SCAN_PATH } from '../../components/content/scan-bundle/contract.ts';
import { launchBenchBrowser, type BenchBrowser } from './bench-browser.ts';
import { pageServer } from './measure.ts';
import { startWorkerProfiler } from './worker-profiler.ts';
import { generatePage } from './page.ts';

const SIZES: Record<string, number> = { '10KB': 10_000, '1MB': 1_000_000, '5MB': 5_000_000 };
/** The content script's own files: the one the manifest injects, and the scanning bundle it imports. */
const SCRIPTS = ['/content-scripts/content.js', CONTENT_SCAN_PATH];
const WORKER = '/background.js';
const OUT_DIR = '.output-bench-profile';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
export interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Line ranges of each source file in the unminified bundle. */
function regions(code: string): Array<{ from: number; file: string }> {
  const out: Array<{ from: number; file: string }> = [];
  code.split('\n').forEach((line, i) => {
    const m = /^\/\/! cc-file (.+)$/.exec(line.trim());
    if (m) out.push({ from: i, file: m[1]!.replace(/^.*node_modules\//, 'node_modules/') });
  });
  return out;
}

type Regions = Map<string, Array<{ from: number; file: string }>>;

function fileOf(frame: ProfileNode['callFrame'], maps: Regions): string {
  const map = [...maps].find(([script]) => frame.url.endsWith(script))?.[1];
  if (!map) return frame.url ? 'other script' : frame.functionName ? `(native) ${frame.functionName}` : '(native)';
  let file = 'bundle glue';
  for (const r of map) if (r.from <= frame.lineNumber) file = r.file;
  return file;
}

/** Self time by file, inclusive time by function (ms); `scripts`: each profiled script's code by its path. */
export function summarise(profile: Profile, scripts: Record<string, string>) {
  const map: Regions = new Map(Object.entries(scripts).map(([script, code]) => [script, regions(code)]));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const node = byId.get(id)!;
    const file = fileOf(node.callFrame, map);
    self.set(file, (self.get(file) ?? 0) + ms);
    const seen = new Set<string>();
    for (let n: ProfileNode | undefined = node; n; n = byId.get(parent.get(n.id)!)) {
      const key = `${n.callFrame.functionName || '(anonymous)'}  [${fileOf(n.callFrame, map)}]`;
      if (!seen.has(key)) inclusive.set(key, (inclusive.get(key) ?? 0) + ms);
      seen.add(key);
    }
  });
  const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]);
  return { self: sorted(self), inclusive: sorted(inclusive) };
}

/**
 * The scan's phases, as inclusive time of the functions that do them, in
 * the page (components/content) and in the service worker (lib/detect: the
 * engine's two passes, prepare = tokenize + match, decide = context rules).
 * A renamed function drops out of this list rather than being misattributed.
 */
const PHASES: Array<[phase: string, fn: string, file: string]> = [
  ['read blocks', 'readRuns', 'components/content/blocks.ts'],
  ['send texts', 'send', 'components/content/scanner.ts'],
  ['place findings', 'placeAll', 'components/content/detect-runs.ts'],
  ['ranges', 'plainRangeFor', 'components/content/ranges.ts'],
  ['highlight registration', 'paintAll', 'components/content/scanner.ts'],
  ['prepare', 'prepare', 'lib/detect/index.ts'],
  ['decide', 'decide', 'lib/detect/index.ts'],
  ['garbage collection', '(garbage collector)', '(native) (garbage collector)'],
];

export function phasesOf(inclusive: Array<[string, number]>): Record<string, number> {
  const byKey = new Map(inclusive);
  const out: Record<string, number> = {};
  for (const [phase, fn, file] of PHASES) {
    const ms = byKey.get(`${fn}  [${file}]`);
    if (ms !== undefined) out[phase] = Math.round(ms * 10) / 10;
  }
  // The engine's whole share (tokenize + match, then context rules), comparable with earlier runs' one detect pass.
  if (out.prepare !== undefined || out.decide !== undefined) out.detect = Math.round(((out.prepare ?? 0) + (out.decide ?? 0)) * 10) / 10;
  return out;
}

/**
 * The bench build, unminified, each module's code preceded by a
 * `//! cc-file <path>` line (kept in the output) so samples map to files.
 */
async function buildProfiled(): Promise<{ dir: string; code: Record<string, string>; workerCode: Record<string, string> }> {
  process.env.WXT_CLINICCHECK_BENCH = '1';
  const root = resolve(import.meta.dirname, '../..');
  const marker = { name: 'cc-file-markers', transform: (src: string, id: string) =>
    /\.(ts|tsx|js|mjs)$/.test(id) ? `//! cc-file ${relative(root, id)}\n${src}` : undefined };
  await build({ root, outDir: OUT_DIR, vite: () => ({ build: { minify: false }, plugins: [marker] }) });
  const dir = join(root, OUT_DIR, 'chrome-mv3');
  const read = (script: string) => [script, readFileSync(join(dir, script.slice(1)), 'utf8')];
  return { dir, code: Object.fromEntries(SCRIPTS.map(read)), workerCode: Object.fromEntries([read(WORKER)]) };
}

async function profileDuring(bb: BenchBrowser, page: Page, act: () => Promise<void>): Promise<Profile> {
  const cdp = await bb.context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await act();
  return ((await cdp.send('Profiler.stop')) as { profile: Profile }).profile;
}

/**
 * Profiles one full scan (or, with mode 'rescan', one rescan after a full
 * scan) of a generated page of about `chars` characters.
 */
export async function profileScan(chars: number, mode: 'full' | 'rescan' = 'full') {
  const { dir, code, workerCode } = await buildProfiled();
  const server = await pageServer(new Map([['/p.html', generatePage(chars)]]));
  const bb = await launchBenchBrowser(dir);
  try {
    const url = `${server.origin}/p.html`;
    // A first page warms the service worker (as the warm rows of the benchmark).
    const first = await bb.context.newPage();
    await first.goto(url, { timeout: 180_000 });
    await bb.waitForMarks(first, 'cliniccheck:scan', 1, 120_000);
    await first.close();
    if (mode === 'full') await bb.setScanning(false);
    const page = await bb.context.newPage();
    await page.goto(url, { timeout: 180_000 });
    if (mode === 'rescan') await bb.waitForMarks(page, 'cliniccheck:scan', 1, 120_000);
    else await page.waitForTimeout(200);
    const worker = await startWorkerProfiler(bb.context, bb.extensionId);
    const profile = await profileDuring(bb, page, async () => {
      if (mode === 'full') await bb.setScanning(true);
      else await page.evaluate(() => document.querySelector('main')!.append(Object.assign(document.createElement('p'), { textContent: 'New: our stem cell facial gives permanent results with no downtime.' })));
      await bb.waitForMarks(page, mode === 'full' ? 'cliniccheck:scan' : 'cliniccheck:rescan', 1, 120_000);
    });
    const workerProfile = await worker.stop();
    const obs = await bb.waitForMarks(page, mode === 'full' ? 'cliniccheck:scan' : 'cliniccheck:rescan', 1, 1_000);
    const figures = obs.marks.filter((m) => m.name !== 'cliniccheck:start').at(-1)!.detail;
    const { self, inclusive } = summarise(profile, code);
    const background = workerProfile && summarise(workerProfile, workerCode);
    const phases = { ...phasesOf(inclusive), ...(background ? prefixed('background ', phasesOf(background.inclusive)) : {}) };
    return { kind: 'the bench build of the extension, unminified', figures, self, inclusive, phases, background };
  } finally {
    await bb.close();
    await server.close();
  }
}

function prefixed(prefix: string, record: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [prefix + k, v]));
}

async function main() {
  const size = process.argv[2] ?? '1MB';
  const mode = process.argv[3] === 'rescan' ? 'rescan' : 'full';
  const { kind, figures, self, inclusive, phases, background } = await profileScan(SIZES[size] ?? 1_000_000, mode);
  console.log(`Profile of one ${mode} scan, ${size} page, ${kind}: ${JSON.stringify(figures)}`);
  console.log(`Phases (inclusive ms): ${JSON.stringify(phases)}`);
  print('the page (content script)', self, inclusive);
  if (background) print('the service worker (background)', background.self, background.inclusive);
  else console.log('\nThe service worker was not running: no background profile.');
}

function print(where: string, self: Array<[string, number]>, inclusive: Array<[string, number]>) {
  const total = self.reduce((n, [, ms]) => n + ms, 0);
  const line = ([name, ms]: [string, number]) => `${ms.toFixed(1).padStart(9)} ms ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${name}`;
  console.log(`\n${where}: self time by source file (total sampled ${total.toFixed(1)} ms):`);
  self.slice(0, 20).forEach((e) => console.log(line(e)));
  console.log(`\n${where}: inclusive time by function (top 40):`);
  inclusive.slice(0, 40).forEach((e) => console.log(line(e)));
}

if (process.argv[1] && import.meta.filename === process.argv[1]) await main();
