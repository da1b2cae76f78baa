/**
 * The whole benchmark as one function, shared by `npm run bench` (run.ts,
 * full sizes and repeats) and the smoke test in `npm test` (10 KB page, one
 * run each), so the smoke test exercises exactly the code the numbers come from.
 */
import { cpus, loadavg } from 'node:os';
import { chromium } from 'playwright-core';
import { buildBenchBundle } from './bundle.ts';
import { benchMarksIn, builtSizes, popupRender } from './extension.ts';
import { benchPages, CHROMIUM_FLAGS, CHROMIUM_PATH, type SizePlan } from './measure.ts';
import { markPhrases } from './phrases.ts';
import type { BenchResult } from './report.ts';

export interface BenchConfig {
  plans: SizePlan[];
  popupRuns: number;
  /** A production build (`.../chrome-mv3`) for the sizes and the popup timing. */
  extensionDir: string;
  /** A bench build of the same code (extension.ts buildExtension with `bench`): the scans are measured in it. */
  benchExtensionDir: string;
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
  log(`floor and mark.js bundle: ${(bundle.code.length / 1024).toFixed(1)} KB`);
  const phrases = markPhrases();
  const pages = await benchPages(config.benchExtensionDir, bundle.code, phrases, config.plans, log);
  log('popup time to first render');
  const popup = await popupRender(config.extensionDir, config.popupRuns);
  return {
    date: new Date().toISOString(),
    browser: await browserVersion(),
    load: { start: loadStart, end: loadavg()[0]!, cpus: cpus().length },
    scanner: 'the built extension (bench build: content script marks, background as shipped)',
    phrases: phrases.length,
    pages,
    sizes: builtSizes(config.extensionDir),
    benchMarksInProduction: benchMarksIn(config.extensionDir),
    popup,
  };
}
