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
 * CPU milliseconds (the machine may be busy) and MB/s. Not part of `npm
 * test`: timings are not tests.
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
const COLD_RUNS = Number(process.argv[2] ?? 7);
const WARM_RUNS = 15;

type Engine = typeof import('../../lib/detect/index.ts');
interface Times {
  prepare: number;
  decide: number;
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

function cpuMs(fn: () => void): number {
  const before = process.cpuUsage();
  fn();
  const d = process.cpuUsage(before);
  return (d.user + d.system) / 1000;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

/** One prepare + decide of the page, timed. */
function timeOnce(engine: Engine, size: number): Times {
  const { text, blocks } = pageText(size);
  let prepared: ReturnType<Engine['prepare']> | undefined;
  const times: Times = { prepare: cpuMs(() => (prepared = engine.prepare(text, blocks))), decide: 0 };
  const signals = engine.signalsFromTally(prepared!.tally);
  times.decide = cpuMs(() => engine.decide(prepared!, signals));
  return times;
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
  const restore = cpuMs(() => engine.prepare(''));
  console.log(JSON.stringify({ restore, ...timeOnce(engine, size) }));
}

function coldInChildren(file: string, size: number): Times & { restore: number } {
  const runs: Array<Times & { restore: number }> = [];
  for (let k = 0; k < COLD_RUNS; k++) {
    const out = execFileSync(process.execPath, [...process.execArgv, import.meta.filename, '--cold', file, String(size)], { encoding: 'utf8' });
    runs.push(JSON.parse(out.trim().split('\n').pop()!) as Times & { restore: number });
  }
  return { restore: median(runs.map((r) => r.restore)), prepare: median(runs.map((r) => r.prepare)), decide: median(runs.map((r) => r.decide)) };
}

function warm(engine: Engine, size: number): Times {
  const runs: Times[] = [];
  for (let k = 0; k < 5; k++) timeOnce(engine, size);
  for (let k = 0; k < WARM_RUNS; k++) runs.push(timeOnce(engine, size));
  return { prepare: median(runs.map((r) => r.prepare)), decide: median(runs.map((r) => r.decide)) };
}

function row(label: string, t: Times, chars: number): string {
  const rate = (ms: number) => (ms > 0 ? (chars / 1e6 / (ms / 1000)).toFixed(1) : '-').padStart(6);
  return `${label.padEnd(10)} prepare ${t.prepare.toFixed(2).padStart(7)} ms (${rate(t.prepare)} MB/s)   decide ${t.decide.toFixed(2).padStart(6)} ms (${rate(t.decide)} MB/s)`;
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
      console.log(`${name}: ${chars} chars; restoring the snapshot (cold) ${c.restore.toFixed(2)} ms`);
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
