/**
 * `npx tsx tests/bench/step.ts [10KB|1MB|5MB] [runs]`: what the next /
 * previous command costs the page when no card is open (it then starts from
 * the viewport, and the first card loads the on-demand UI). Builds the bench
 * extension, loads a generated page, scrolls it half-way, and sends the
 * command's message twice 'next' then 'previous' (closing the card with
 * Escape in between), printing each one's longest animation frame (Long
 * Animation Frames API: script, style, layout and paint of that frame).
 */
import { launchBenchBrowser } from './bench-browser.ts';
import { buildExtension } from './extension.ts';
import { pageServer } from './measure.ts';
import { generatePage } from './page.ts';
import { median } from './stats.ts';

const SIZES: Record<string, number> = { '10KB': 10_000, '1MB': 1_000_000, '5MB': 5_000_000 };
const size = process.argv[2] ?? '1MB';
const runs = Number(process.argv[3] ?? 5);
const DIRECTIONS = ['next', 'next', 'previous'] as const;

const bb = await launchBenchBrowser(buildExtension('.output-bench-step', { bench: true }));
const server = await pageServer(new Map([['/page.html', generatePage(SIZES[size]!)]]));
const worker = bb.context.serviceWorkers()[0]!;
const frames: number[][] = DIRECTIONS.map(() => []);
try {
  for (let i = 0; i < runs; i++) {
    const page = await bb.context.newPage();
    await page.goto(`${server.origin}/page.html`);
    await page.bringToFront();
    await bb.waitForMarks(page, 'cliniccheck:scan', 1, 120_000);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
    await page.waitForTimeout(500);
    await page.evaluate(() => {
      const w = window as unknown as { __frames: number[] };
      w.__frames = [];
      new PerformanceObserver((list) => void w.__frames.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'long-animation-frame' });
    });
    for (const [k, direction] of DIRECTIONS.entries()) {
      // The message the keyboard command makes the background send to the active tab.
      await worker.evaluate(async (direction) => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        await chrome.tabs.sendMessage(tab!.id!, { type: 'cliniccheck:findings/step', direction });
      }, direction);
      await page.waitForTimeout(800);
      frames[k]!.push(await page.evaluate(() => Math.max(0, ...(window as unknown as { __frames: number[] }).__frames.splice(0))));
      await page.keyboard.press('Escape');
      await page.waitForTimeout(300);
      await page.evaluate(() => (window as unknown as { __frames: number[] }).__frames.splice(0));
    }
    await page.close();
  }
  console.log(`${size}, ${runs} runs: longest animation frame (ms) after each command, no card open before it (0: none over 50 ms)`);
  DIRECTIONS.forEach((direction, k) =>
    console.log(`  ${k === 0 ? 'first ' : ''}${direction}: median ${median(frames[k]!).toFixed(1)}, runs ${frames[k]!.map((v) => v.toFixed(1)).join(' ')}`),
  );
} finally {
  await bb.close();
  await server.close();
}
