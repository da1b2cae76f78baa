/**
 * `npx tsx tests/bench/trace.ts [10KB|1MB|5MB] [ms]`: what are the long
 * tasks while the real extension scans a page? Builds the bench extension,
 * loads the page once to warm the service worker, then loads it again under
 * a Chromium trace (DevTools timeline categories) and prints every task on
 * the page's main thread longer than `ms` (default 50) from the content
 * script's start until the frame after its scan, with the time inside it
 * by event (self time: style, layout, paint, script by file...); then, as
 * a control, the longest task after changing the colour of the page's
 * heading (the frame any visible change costs on that page).
 */
import type { CDPSession } from 'playwright-core';
import { launchBenchBrowser, type Observed } from './bench-browser.ts';
import { buildExtension } from './extension.ts';
import { pageServer } from './measure.ts';
import { scanRun } from './scan-figures.ts';
import { generatePage } from './page.ts';

const SIZES: Record<string, number> = { '10KB': 10_000, '1MB': 1_000_000, '5MB': 5_000_000 };
// What the DevTools Performance panel records, and garbage collection (the broad 'v8' and 'blink' categories slow the page down a lot).
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.frame',
  'toplevel', 'blink.user_timing', 'v8.execute', 'disabled-by-default-v8.gc'];

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; functionName?: string; frame?: string } };
}

async function record(cdp: CDPSession, during: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
  const done = new Promise<void>((ok) => cdp.once('Tracing.tracingComplete', () => ok()));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReportEvents' });
  await during();
  await cdp.send('Tracing.end');
  await done;
  return events;
}

/** Self time (µs) by event name inside one task, script calls keyed by their file. */
export function selfTimes(task: TraceEvent, events: TraceEvent[]): Array<[string, number]> {
  const end = task.ts + task.dur!;
  const inside = events
    .filter((e) => e !== task && e.ph === 'X' && e.pid === task.pid && e.tid === task.tid && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= end)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const self = new Map<string, number>();
  const key = (e: TraceEvent) => {
    const url = e.args?.data?.url;
    return url ? `${e.name} ${url.replace(/^chrome-extension:\/\/[^/]+/, 'extension:').replace(/^http:\/\/127\.0\.0\.1:\d+/, 'page:')}` : e.name;
  };
  const stack: Array<{ e: TraceEvent; children: number }> = [{ e: task, children: 0 }];
  const close = (upTo: number) => {
    while (stack.length > 1 && stack.at(-1)!.e.ts + stack.at(-1)!.e.dur! <= upTo) {
      const top = stack.pop()!;
      self.set(key(top.e), (self.get(key(top.e)) ?? 0) + top.e.dur! - top.children);
      stack.at(-1)!.children += top.e.dur!;
    }
  };
  for (const e of inside) {
    close(e.ts);
    stack.push({ e, children: 0 });
  }
  close(Infinity);
  self.set('(task itself)', task.dur! - stack[0]!.children);
  return [...self].sort((a, b) => b[1] - a[1]);
}

async function main() {
  const size = process.argv[2] ?? '5MB';
  const threshold = Number(process.argv[3] ?? 50);
  const dir = buildExtension('.output-bench', { bench: true });
  const server = await pageServer(new Map([['/p.html', generatePage(SIZES[size] ?? 5_000_000)]]));
  const bb = await launchBenchBrowser(dir);
  try {
    const url = `${server.origin}/p.html`;
    const warm = await bb.context.newPage();
    await warm.goto(url, { timeout: 180_000 });
    await bb.waitForMarks(warm, 'cliniccheck:scan', 1, 120_000);
    await warm.close();
    const page = await bb.context.newPage();
    const cdp = await bb.context.newCDPSession(page);
    let seen: Observed | undefined;
    const events = await record(cdp, async () => {
      await page.goto(url, { timeout: 180_000 });
      seen = await bb.waitForMarks(page, 'cliniccheck:scan', 1, 120_000);
    });
    const mark = (name: string) => events.find((e) => e.name === name && e.cat.includes('blink.user_timing'));
    const start = mark('cliniccheck:start');
    const scan = mark('cliniccheck:scan');
    if (!start || !scan || !seen) throw new Error('the trace holds no cliniccheck marks');
    // The page saw the same marks on its own clock: the scan's start is its end less the scanner's durationMs.
    const run = scanRun(seen);
    const scanStart = scan.ts - run.scanMs * 1000;
    const main = events.filter((e) => e.pid === scan.pid && e.tid === scan.tid);
    const tasks = main.filter((e) => e.ph === 'X' && e.name === 'RunTask' && e.dur! >= threshold * 1000 && e.ts + e.dur! >= start.ts);
    const rel = (ts: number) => ((ts - start.ts) / 1000).toFixed(1);
    console.log(`${size} page, warm worker, times from the content script's start: scan from ${rel(scanStart)} to ${rel(scan.ts)} ms ` +
      `(${run.scanMs.toFixed(1)} ms under the trace). Main-thread tasks >= ${threshold} ms:`);
    for (const task of tasks) {
      const when = task.ts + task.dur! <= scanStart ? 'before the scan' : task.ts >= scan.ts ? 'after the scan' : 'during the scan';
      console.log(`\ntask at ${rel(task.ts)} ms, ${(task.dur! / 1000).toFixed(1)} ms, ${when}; self time inside it:`);
      for (const [name, us] of selfTimes(task, main).slice(0, 6)) console.log(`${(us / 1000).toFixed(1).padStart(9)} ms  ${name}`);
    }
    if (tasks.length === 0) console.log('none');
    // A control on the same page, the scan done: the frame after the smallest visible change, a colour on the heading.
    const control = await record(cdp, () => page.evaluate(() => new Promise<void>((done) => {
      performance.mark('cliniccheck-bench:control');
      document.querySelector('h1')!.style.color = '#333';
      requestAnimationFrame(() => setTimeout(done, 50));
    })));
    const at = control.find((e) => e.name === 'cliniccheck-bench:control');
    const thread = control.filter((e) => at && e.pid === at.pid && e.tid === at.tid);
    const longest = thread.filter((e) => e.ph === 'X' && e.name === 'RunTask' && e.ts >= at!.ts - 1000).sort((a, b) => b.dur! - a.dur!)[0];
    if (longest) {
      console.log(`\ncontrol, the heading's colour changed after the scan: longest task ${(longest.dur! / 1000).toFixed(1)} ms; self time inside it:`);
      for (const [name, us] of selfTimes(longest, thread).slice(0, 6)) console.log(`${(us / 1000).toFixed(1).padStart(9)} ms  ${name}`);
    }
  } finally {
    await bb.close();
    await server.close();
  }
}

if (process.argv[1] && import.meta.filename === process.argv[1]) await main();
