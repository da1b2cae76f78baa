/**
 * `npx tsx tests/bench/read.ts [sizes] [repeats] [base]`: what reading a
 * page's runs (components/content/blocks.ts) costs, against the floor (a bare
 * TreeWalker pass over the text nodes), and against a baseline version of
 * blocks.ts (`base`: a commit, default HEAD, or a .ts file: a variant to try
 * out, its imports resolved from components/content). In headless Chromium,
 * on generated benchmark pages, each on a fresh page per repeat (taking
 * turns at going first): the floor, the first read (cold: code and node
 * wrappers new) and three more (warm), as wall-clock and renderer CPU time.
 * First it checks that both versions give the same runs on the 1 MB page and
 * on random DOM trees (read-page.ts fuzz).
 * Sizes: comma-separated, of 10KB, 1MB, 5MB (default all).
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
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

/**
 * Adapts a blocks.ts module's reader to a function returning every run,
 * whichever API it has: a generator readRuns, or an array-returning one.
 */
const ADAPT = `(m) => (root) => { const r = m.readRuns(root); return Array.isArray(r) ? r : [...r]; }`;

/** Bundles read-page.ts with the working tree's blocks.ts and the baseline's. */
export async function bundle(base: string, minify = true): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'cliniccheck-read-'));
  try {
    // The baseline's own imports point back into the working tree.
    const baseSource = base.endsWith('.ts')
      ? await readFile(base, 'utf8')
      : execFileSync('git', ['show', `${base}:components/content/blocks.ts`], { cwd: ROOT, encoding: 'utf8' });
    await writeFile(join(dir, 'base-blocks.ts'), baseSource.replace(/from '\.\/([^']+)'/g, (_, p: string) => `from ${at(`components/content/${p}`)}`));
    await writeFile(
      join(dir, 'entry.js'),
      `import * as now from ${at('components/content/blocks.ts')};
import * as base from './base-blocks.ts';
import { install } from ${at('tests/bench/read-page.ts')};
const adapt = ${ADAPT};
install('now', adapt(now));
install('base', adapt(base));
export * from ${at('tests/bench/read-page.ts')};
`,
    );
    await build({
      configFile: false,
      root: ROOT,
      logLevel: 'warn',
      build: { outDir: join(dir, 'out'), emptyOutDir: true, minify, lib: { entry: join(dir, 'entry.js'), name: '__ccRead', formats: ['iife'], fileName: () => 'r.js' } },
    });
    return await readFile(join(dir, 'out', 'r.js'), 'utf8');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** A fresh page of `path` with the bundle in it, after two rendered frames (as at document_idle). */
async function open(browser: Browser, url: string) {
  const page = await browser.newPage();
  await page.goto(url);
  await page.addScriptTag({ url: '/r.js' });
  await page.evaluate('new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(ok, 0))))');
  return page;
}

async function check(browser: Browser, origin: string) {
  const page = await open(browser, `${origin}/1MB.html`);
  const onPage = await page.evaluate('__ccRead.differ(document.body)');
  await page.close();
  const blank = await open(browser, `${origin}/blank.html`);
  const fuzz = (await blank.evaluate('[1, 2, 3, 4].map((s) => __ccRead.fuzz(s, 250))')) as Array<{ checked: number; differences: string[] }>;
  await blank.close();
  const differences = fuzz.flatMap((f) => f.differences);
  console.log(`Same runs: 1 MB page ${onPage ? 'NO: ' + onPage : 'yes'}; random trees ${differences.length ? 'NO' : 'yes'} (${fuzz.reduce((n, f) => n + f.checked, 0)} roots)`);
  differences.slice(0, 5).forEach((d) => console.log('  ' + d));
}

/**
 * CPU time of the renderer's main thread (Linux: /proc schedstat of this
 * process's renderer descendants), so figures hold up on a busy machine where
 * wall-clock time includes waiting for a core. NaN where /proc is missing.
 */
function rendererCpuMs(): number {
  try {
    const parents = new Map<number, number>();
    for (const d of readdirSync('/proc')) {
      if (!/^\d+$/.test(d)) continue;
      const stat = readIfThere(`/proc/${d}/stat`);
      if (stat) parents.set(Number(d), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    }
    const ours = new Set([process.pid]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const [pid, parent] of parents) if (!ours.has(pid) && ours.has(parent)) grew = !!ours.add(pid);
    }
    let ns = 0;
    for (const pid of ours) if (readIfThere(`/proc/${pid}/cmdline`)?.includes('--type=renderer')) ns += Number(readIfThere(`/proc/${pid}/task/${pid}/schedstat`)?.split(' ')[0] ?? 0);
    return ns / 1e6;
  } catch {
    return NaN;
  }
}

function readIfThere(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** Wall-clock ms the page reports (`expression` gives `{ ms }`) and renderer CPU ms around one evaluation. */
async function timed(page: Page, expression: string): Promise<{ ms: number; cpu: number; runs?: number }> {
  const before = rendererCpuMs();
  const result = (await page.evaluate(expression)) as { ms: number; runs?: number };
  return { ...result, cpu: rendererCpuMs() - before };
}

async function timeSize(browser: Browser, origin: string, size: string, repeats: number) {
  const rows: Record<string, Record<'ms' | 'cpu', number[]>> = {};
  const add = (key: string, t: { ms: number; cpu: number }) => {
    const row = (rows[key] ??= { ms: [], cpu: [] });
    row.ms.push(t.ms);
    row.cpu.push(t.cpu);
  };
  let runs = 0;
  for (let i = 0; i < repeats; i++) {
    // Each on a fresh page (the first touch of a node costs most), in turn first.
    const order = ['floor', 'base', 'now'];
    for (const name of [...order.slice(i % 3), ...order.slice(0, i % 3)]) {
      const page = await open(browser, `${origin}/${size}.html`);
      if (name === 'floor') add('floor', await timed(page, '({ ms: __ccRead.floor() })'));
      else {
        const cold = await timed(page, `__ccRead.time('${name}')`);
        add(`${name} cold`, cold);
        runs = cold.runs ?? 0;
        for (let k = 0; k < 3; k++) add(`${name} warm`, await timed(page, `__ccRead.time('${name}')`));
      }
      await page.close();
    }
  }
  const floor = rows.floor!;
  const [floorMs, floorCpu] = [median(floor.ms), median(floor.cpu)];
  console.log(`${size} (${runs} runs), medians of ${repeats}: wall ms (x floor) | renderer CPU ms (x floor)`);
  for (const [key, row] of Object.entries(rows)) {
    const [ms, cpu] = [median(row.ms), median(row.cpu)];
    console.log(`  ${key.padEnd(10)} ${String(round(ms)).padStart(7)} (${round(ms / floorMs)}x) | ${String(round(cpu)).padStart(7)} (${round(cpu / floorCpu)}x)`);
  }
}

async function main() {
  const sizes = (process.argv[2] ?? '10KB,1MB,5MB').split(',').filter((s) => s in SIZES);
  const repeats = Number(process.argv[3] ?? 7);
  const code = await bundle(process.argv[4] ?? 'HEAD');
  const pages = new Map<string, string>([['/r.js', code], ['/blank.html', '<!doctype html><title>blank</title><body></body>']]);
  for (const [name, chars] of Object.entries(SIZES)) pages.set(`/${name}.html`, generatePage(chars, 1, highlightSheet()));
  const server = await pageServer(pages);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
  try {
    await check(browser, server.origin);
    for (const size of sizes) await timeSize(browser, server.origin, size, repeats);
  } finally {
    await browser.close();
    await server.close();
  }
}

if (process.argv[1] && import.meta.filename === process.argv[1]) await main();
