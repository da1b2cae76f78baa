/**
 * The whole benchmark as one function, shared by `npm run bench` (run.ts,
 * full sizes and repeats) and the smoke test in `npm test` (10 KB page, one
 * run each), so the smoke test exercises exactly the code the numbers come from.
 */
import { cpus, loadavg } from 'node:os';
import { chromium } from 'playwright-core';
import { buildBenchBundle } from './bundle.ts';
import { builtSizes, popupRender } from './extension.ts';
import { benchPages, CHROMIUM_FLAGS, CHROMIUM_PATH, type SizePlan } from './measure.ts';
import { markPhrases } from './phrases.ts';
import { profileScan } from './profile.ts';
import type { BenchResult } from './report.ts';
import { round } from './stats.ts';

export interface BenchConfig {
  plans: SizePlan[];
  popupRuns: number;
  /** A built extension (`.../chrome-mv3`) for the sizes and the popup timing. */
  extensionDir: string;
  /** Profile one full scan of this page (by plan name) for the per-phase breakdown. */
  profile?: { name: string; chars: number };
}

async function browserVersion(): Promise<string> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
  const version = browser.version();
  await browser.close();
  return `Chromium ${version} (headless)`;
}

export async function runBench(config: BenchConfig, log: (line: string) => void = () => undefined): Promise<BenchResult> {
  const loadStart = loadavg()[0]!;
  const bundle = await buildBenchBundle();
  log(`bench bundle: ${bundle.kind}, ${(bundle.code.length / 1024).toFixed(1)} KB`);
  const phrases = markPhrases();
  const pages = await benchPages(bundle.code, phrases, config.plans, log);
  let profile: BenchResult['profile'];
  if (config.profile) {
    log(`profiling one full scan of the ${config.profile.name} page`);
    const p = await profileScan(config.profile.chars);
    const files = Object.fromEntries(p.self.slice(0, 10).map(([file, ms]) => [file, round(ms)]));
    profile = { page: config.profile.name, scanMs: round((p.figures as { ms: number }).ms), phases: p.phases, selfByFile: files };
  }
  log('popup time to first render');
  const popup = await popupRender(config.extensionDir, config.popupRuns);
  return {
    date: new Date().toISOString(),
    browser: await browserVersion(),
    load: { start: loadStart, end: loadavg()[0]!, cpus: cpus().length },
    scanner: bundle.kind,
    phrases: phrases.length,
    pages,
    sizes: builtSizes(config.extensionDir),
    popup,
    profile,
  };
}
