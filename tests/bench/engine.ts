/**
 * `npx tsx tests/bench/engine.ts [runs]`: the detection engine's own speed in
 * Node, on the benchmark's generated pages (10 KB and 1 MB of text,
 * paragraphs as blocks, as the scanner reads them). The engine is bundled as
 * the extension's build bundles it (minified, restored from the build's
 * snapshot: bundle.ts enginePlugins), so the cold figures are those of a page
 * that has just loaded the content script:
 * - cold: the first prepare() and decide() in a fresh process (after the
 *   snapshot is restored, reported apart), median of several processes;
 * - warm: the median over repeated calls in one process.
 * Wall-clock milliseconds and MB/s, and CPU milliseconds (steadier when the
 * machine is busy). Not part of `npm test`: timings are not tests.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { enginePlugins } from './bundle.ts';
import { generatePage } from './page.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SIZES: Record<string, number> = { '10KB': 10_000, '1MB': 1_000_000 };
const COLD_RUNS = Number(process.argv[2] ?? 9);
const WARM_RUNS = 15;

type Engine = typeof import('../../lib/detect/index.ts');
/** Milliseconds: wall clock (the page's main thread) and CPU (steadier on a busy machine; counts V8's compiler threads too). */
interface Cost {
  wall: number;
  cpu: number;
}
interface Times {
  prepare: Cost;
  decide: Cost;
}

/** The page's text as the scanner joins it (blocks separated by blank lines), with the blocks. */
export function pageText(size: number): { text: string; blocks: Array<{ start: number; end: number }> } {
  const html = generatePage(size, 1);
  const body = html.slice(html.indexOf('<body>'));
  const parts = body
    .split(/<\/?(?:p|h1|h2|li|ul|section|header|main|footer|nav)[^>]*>/)
    .map((s) => s.replace(/<[^>]*>/g, '').replace(/&amp;/g, '&').trim())
    .filter(Boolean);
  const blocks: Array<{ start: number; end: number }> = [];
  let at = 0;
  for (const part of parts) {
    blocks.push({ start: at, end: at + part.length });
    at += part.length + 2;
  }
  return { text: parts.join('\n\n'), blocks };
}

function cost(fn: () => void): Cost {
  const before = process.cpuUsage();
  const t0 = performance.now();
  fn();
  const wall = performance.now() - t0;
  const d = process.cpuUsage(before);
  return { wall, cpu: (d.user + d.system) / 1000 };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const medianCost = (xs: Cost[]): Cost => ({ wall: median(xs.map((x) => x.wall)), cpu: median(xs.map((x) => x.cpu)) });
const medianTimes = (runs: Times[]): Times => ({ prepare: medianCost(runs.map((r) => r.prepare)), decide: medianCost(runs.map((r) => r.decide)) });

/** One prepare + decide of the page, timed. */
function timeOnce(engine: Engine, size: number): Times {
  const { text, blocks } = pageText(size);
  let prepared: ReturnType<Engine['prepare']> | undefined;
  const prepare = cost(() => (prepared = engine.prepare(text, blocks)));
  const signals = engine.signalsFromTally(prepared!.tally);
  return { prepare, decide: cost(() => engine.decide(prepared!, signals)) };
}

/** lib/detect/index.ts bundled as the extension bundles it; returns the module's file. */
async function bundleEngine(dir: string): Promise<string> {
  const entry = join(dir, 'entry.js');
  await writeFile(entry, `export * from ${JSON.stringify(join(ROOT, 'lib/detect/index.ts'))};\n`);
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    plugins: await enginePlugins(),
    build: { outDir: join(dir, 'out'), emptyOutDir: true, minify: true, lib: { entry, formats: ['es'], fileName: () => 'engine.js' } },
  });
  return join(dir, 'out', 'engine.js');
}

/** Child mode: restore the engine, then time the first call on one page. */
async function cold(file: string, size: number): Promise<void> {
  const engine = (await import(pathToFileURL(file).href)) as Engine;
  const restore = cost(() => engine.prepare(''));
  console.log(JSON.stringify({ restore, ...timeOnce(engine, size) }));
}

function coldInChildren(file: string, size: number): Times & { restore: Cost } {
  const runs: Array<Times & { restore: Cost }> = [];
  for (let k = 0; k < COLD_RUNS; k++) {
    const out = execFileSync(process.execPath, [...process.execArgv, import.meta.filename, '--cold', file, String(size)], { encoding: 'utf8' });
    runs.push(JSON.parse(out.trim().split('\n').pop()!) as Times & { restore: Cost });
  }
  return { restore: medianCost(runs.map((r) => r.restore)), ...medianTimes(runs) };
}

function warm(engine: Engine, size: number): Times {
  // About 300 K characters of warm-up: small pages need many calls before every path is optimised.
  for (let k = 0; k < Math.max(5, Math.ceil(300_000 / size)); k++) timeOnce(engine, size);
  return medianTimes(Array.from({ length: WARM_RUNS }, () => timeOnce(engine, size)));
}

function row(label: string, t: Times, chars: number): string {
  const show = (c: Cost) => `${c.wall.toFixed(2).padStart(7)} ms (${(chars / 1e3 / c.wall).toFixed(1).padStart(5)} MB/s), CPU ${c.cpu.toFixed(2).padStart(7)} ms`;
  return `${label.padEnd(7)} prepare ${show(t.prepare)}   decide ${show(t.decide)}`;
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'cliniccheck-engine-'));
  try {
    const file = await bundleEngine(dir);
    const engine = (await import(pathToFileURL(file).href)) as Engine;
    const figures: Record<string, unknown> = {};
    for (const [name, size] of Object.entries(SIZES)) {
      const chars = pageText(size).text.length;
      const c = coldInChildren(file, size);
      const w = warm(engine, size);
      figures[name] = { chars, cold: c, warm: w };
      console.log(`${name}: ${chars} chars; restoring the snapshot first (cold) ${c.restore.wall.toFixed(2)} ms, CPU ${c.restore.cpu.toFixed(2)} ms`);
      console.log(row('  cold', c, chars));
      console.log(row('  warm', w, chars));
    }
    console.log(JSON.stringify(figures));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] !== import.meta.filename) {
  // Imported for pageText: nothing to run.
} else if (process.argv[2] === '--cold') {
  await cold(process.argv[3]!, Number(process.argv[4]));
} else {
  await main();
}
