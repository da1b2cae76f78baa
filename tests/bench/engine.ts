/**
 * `npx tsx tests/bench/engine.ts`: the detection engine's own speed in Node,
 * on the benchmark's generated pages (10 KB and 1 MB of text, paragraphs as
 * blocks, as the scanner reads them). For each size: the first call in a
 * fresh process (cold code, as on a page that has just loaded the content
 * script; the median of several processes) and the warm median, for
 * prepare() (tokenize + match) and decide() (context rules), in CPU ms and
 * MB/s. Not part of `npm test`: timings are not tests.
 */
import { execFileSync } from 'node:child_process';
import { generatePage } from './page.ts';

const SIZES: Record<string, number> = { '10KB': 10_000, '1MB': 1_000_000 };
const COLD_RUNS = 5;
const WARM_RUNS = 15;

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
async function timeOnce(size: number): Promise<Times> {
  const { prepare, decide, signalsFromTally } = await import('../../lib/detect/index.ts');
  const { text, blocks } = pageText(size);
  let prepared: ReturnType<typeof prepare> | undefined;
  const times: Times = { prepare: cpuMs(() => (prepared = prepare(text, blocks))), decide: 0 };
  const signals = signalsFromTally(prepared!.tally);
  times.decide = cpuMs(() => decide(prepared!, signals));
  return times;
}

/** In a fresh process: load the engine (compiled in Node; restored from the snapshot in the extension), then time the first call. */
async function cold(size: number): Promise<void> {
  const { prepare } = await import('../../lib/detect/index.ts');
  prepare('');
  console.log(JSON.stringify(await timeOnce(size)));
}

function coldInChild(name: string): Times {
  const runs: Times[] = [];
  for (let k = 0; k < COLD_RUNS; k++) {
    const out = execFileSync(process.execPath, [...process.execArgv, import.meta.filename, '--cold', name], { encoding: 'utf8' });
    runs.push(JSON.parse(out.trim().split('\n').pop()!) as Times);
  }
  return { prepare: median(runs.map((r) => r.prepare)), decide: median(runs.map((r) => r.decide)) };
}

async function warm(size: number): Promise<Times> {
  const runs: Times[] = [];
  for (let k = 0; k < 3; k++) await timeOnce(size);
  for (let k = 0; k < WARM_RUNS; k++) runs.push(await timeOnce(size));
  return { prepare: median(runs.map((r) => r.prepare)), decide: median(runs.map((r) => r.decide)) };
}

const row = (label: string, t: Times, chars: number) => {
  const mbs = (ms: number) => (ms > 0 ? (chars / 1e6 / (ms / 1000)).toFixed(0).padStart(5) : '  inf');
  return `${label.padEnd(12)} prepare ${t.prepare.toFixed(2).padStart(8)} ms (${mbs(t.prepare)} MB/s)   decide ${t.decide.toFixed(2).padStart(7)} ms (${mbs(t.decide)} MB/s)`;
};

if (process.argv[1] !== import.meta.filename) {
  // Imported for pageText: nothing to run.
} else if (process.argv[2] === '--cold') {
  await cold(SIZES[process.argv[3]!]!);
} else {
  const figures: Record<string, { chars: number; cold: Times; warm: Times }> = {};
  for (const [name, size] of Object.entries(SIZES)) {
    const chars = pageText(size).text.length;
    figures[name] = { chars, cold: coldInChild(name), warm: await warm(size) };
    console.log(row(`${name} cold`, figures[name].cold, chars));
    console.log(row(`${name} warm`, figures[name].warm, chars));
  }
  console.log(JSON.stringify(figures));
}
