/**
 * `npx tsx lib/cli/perf-check.ts [MB]` — a quick, untimed-test measurement of
 * the engine alone: compile cost on first use (and what restoring the
 * build's snapshot costs instead), then detect() over about
 * 1 MB of generated clinic-like text (written here, not taken from any
 * corpus). Prints CPU milliseconds (process.cpuUsage), which stay
 * meaningful on a busy machine where wall time does not. The in-browser
 * figures (scan vs. a bare TreeWalker) come from `npm run bench`.
 */
export {};

const SENTENCES = [
  'Our stem cell facial uses your own cells to restore a youthful glow.',
  'The treatment is not permanent, but results may last for months.',
  'Book your consultation today and ask about our spring offer.',
  'Microneedling creates tiny channels so the serum can reach deeper layers of the skin.',
  'Many patients notice smoother, firmer skin after three sessions.',
  'We harvest a small amount of fat under local anaesthesia.',
  'Is there any downtime? Most people return to work the next day.',
  'Our clinic has treated over 2,000 patients since 2015.',
  'The weather in the city was mild, and the market opened early on Saturday.',
  'Exosome therapy stimulates collagen production and reduces fine lines.',
];

function cpuMs(fn: () => void): number {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

const megabytes = Number(process.argv[2] ?? 1);
let text = '';
for (let k = 0; text.length < megabytes * 1_000_000; k++) text += SENTENCES[k % SENTENCES.length] + (k % 5 === 4 ? '\n\n' : ' ');

const { detect, pageSignals } = await import('../detect/index.ts');
const { compile } = await import('../detect/compile.ts');
const { restore, serialise } = await import('../detect/snapshot.ts');
const { tokenize } = await import('../detect/tokenize.ts');
// Here (no build) the first call compiles the lexicon, claim patterns and cues into one matcher.
console.log(`first call (compiles the matcher): ${cpuMs(() => detect('Our stem cell facial.')).toFixed(1)} ms CPU`);
const snapshot = serialise(compile());
console.log(`restoring the build's snapshot instead (${(snapshot.length / 1000).toFixed(0)} K chars): ${cpuMs(() => restore(snapshot)).toFixed(1)} ms CPU (warm code)`);
const runs: number[] = [];
for (let i = 0; i < 3; i++) detect(text);
for (let i = 0; i < 9; i++) runs.push(cpuMs(() => detect(text)));
runs.sort((a, b) => a - b);
const small = text.slice(0, 10_000);
const smallRuns: number[] = [];
for (let i = 0; i < 41; i++) smallRuns.push(cpuMs(() => detect(small)));
smallRuns.sort((a, b) => a - b);
const mb = text.length / 1e6;
console.log(`text: ${mb.toFixed(2)} MB, ${detect(text).length} findings (the text is unusually claim-dense)`);
console.log(`detect: median ${runs[4]!.toFixed(1)} ms CPU (${(runs[4]! / mb).toFixed(1)} ms/MB), best ${runs[0]!.toFixed(1)} ms`);
console.log(`pageSignals: ${cpuMs(() => pageSignals(text)).toFixed(1)} ms CPU`);
console.log(`10 KB: median ${smallRuns[20]!.toFixed(2)} ms CPU`);
// Phases of detect() on the whole text: reading it into tokens, then one matcher pass (the rest is context rules).
const engine = compile();
const phase = (fn: () => void) => {
  const r: number[] = [];
  for (let i = 0; i < 7; i++) r.push(cpuMs(fn));
  return r.sort((a, b) => a - b)[3]!.toFixed(1);
};
const tokens = tokenize(text, engine.vocab);
console.log(`phases (median of 7): tokenize ${phase(() => tokenize(text, engine.vocab))} ms, match ${phase(() => engine.matcher.run(tokens))} ms CPU`);
