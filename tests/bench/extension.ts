/**
 * Extension-level figures: the built sizes of the content script (what every
 * page loads, and what it loads on first need), background and popup (minified and gzipped), and the popup's time to first render with
 * the extension loaded in Chromium.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CONTENT_SCAN_PATH } from '../../components/content/scan-bundle/contract.ts';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './measure.ts';
import { median, round } from './stats.ts';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * Builds the extension into `<outDir>/chrome-mv3` and returns that folder.
 * With `bench`, a bench build: the content script leaves its scan figures on
 * the page's performance timeline (components/content/bench-marks.ts).
 */
export function buildExtension(outDir: string, { bench = false } = {}): string {
  const env = { ...process.env, CLINICCHECK_OUT_DIR: outDir, WXT_CLINICCHECK_BENCH: bench ? '1' : '' };
  try {
    execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, encoding: 'utf8', stdio: 'pipe', env });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`the extension did not build (npx wxt build):\n${(stdout + stderr).split('\n').slice(-30).join('\n')}`);
  }
  return join(ROOT, outDir, 'chrome-mv3');
}

export interface Size {
  bytes: number;
  gzip: number;
  files: string[];
}

function sizeOf(dir: string, files: string[]): Size {
  let bytes = 0;
  let gzip = 0;
  for (const file of files) {
    const data = readFileSync(join(dir, file));
    bytes += data.length;
    gzip += gzipSync(data, { level: 9 }).length;
  }
  return { bytes, gzip, files };
}

/** The scripts and styles an HTML page of the build loads (its own chunks and shared ones). */
function pageFiles(dir: string, html: string): string[] {
  const text = readFileSync(join(dir, html), 'utf8');
  const refs = [...text.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  return [html, ...new Set(refs)].filter((f) => existsSync(join(dir, f)));
}

/**
 * What every page with scanning on loads: the content script's files as the
 * manifest lists them, and the scanning bundle it imports (scan-bundle/contract.ts);
 * and the on-demand files it may import besides.
 */
function contentFiles(dir: string): { everyPage: string[]; onDemand: string[] } {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    content_scripts?: Array<{ js?: string[]; css?: string[] }>;
    web_accessible_resources?: Array<{ resources?: string[] } | string>;
  };
  const scanning = CONTENT_SCAN_PATH.slice(1);
  const everyPage = [...(manifest.content_scripts ?? []).flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]), scanning].filter((f) => existsSync(join(dir, f)));
  // An MV3 content script is a classic script: it has no static imports, so
  // whatever else it runs comes in by import() and must be web-accessible.
  const onDemand = (manifest.web_accessible_resources ?? [])
    .flatMap((entry) => (typeof entry === 'string' ? [entry] : (entry.resources ?? [])))
    .filter((f) => /\.js$/.test(f) && !f.includes('*'));
  return { everyPage: [...new Set(everyPage)], onDemand: [...new Set(onDemand)].filter((f) => f !== scanning && existsSync(join(dir, f))) };
}

/** The bench marks' names: a production build must hold none of them. */
export const BENCH_MARKS = ['cliniccheck:start', 'cliniccheck:scan', 'cliniccheck:rescan'];

/** The bench mark names found in the build's content script files (none in a production build). */
export function benchMarksIn(dir: string): string[] {
  const { everyPage, onDemand } = contentFiles(dir);
  const code = [...everyPage, ...onDemand].map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
  // The scan marks' names are joined at run time ('cliniccheck:' + kind): look for the call too.
  return [...BENCH_MARKS, 'performance.mark('].filter((name) => code.includes(name));
}

export interface BuiltSizes {
  /** What every page with scanning on loads: the manifest's content script files (scripts and styles) and the scanning bundle. */
  content: Size;
  /** What the content script imports on first need (the card and flag UI). */
  contentOnDemand: Size;
  background: Size;
  popup: Size;
}

/** Sizes of the parts a user downloads and runs. */
export function builtSizes(dir: string): BuiltSizes {
  const { everyPage, onDemand } = contentFiles(dir);
  return {
    content: sizeOf(dir, everyPage),
    contentOnDemand: sizeOf(dir, onDemand),
    background: sizeOf(dir, ['background.js'].filter((f) => existsSync(join(dir, f)))),
    popup: sizeOf(dir, pageFiles(dir, 'popup.html')),
  };
}

/**
 * Opens popup.html `runs` times in a profile with the extension loaded and
 * reads, from inside the page, when the ClinicCheck heading entered the DOM
 * (ms since navigation start) and the first contentful paint.
 */
export async function popupRender(dir: string, runs: number): Promise<{ headingMs: number; fcpMs: number }> {
  const profile = await mkdtemp(join(tmpdir(), 'cliniccheck-bench-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`, ...CHROMIUM_FLAGS],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const id = new URL(worker.url()).host;
    // The page reports both times on the console: polling it with waitForFunction would compile Playwright's
    // injected script (about 330 KB) on the popup's main thread while it renders.
    await context.addInitScript(`(() => {
      const seen = () => [...document.querySelectorAll('h1,h2,[role=heading]')].some((h) => /ClinicCheck/.test(h.textContent));
      new MutationObserver((_, o) => { if (seen()) { console.debug('cliniccheck-bench-heading ' + performance.now()); o.disconnect(); } })
        .observe(document, { childList: true, subtree: true, characterData: true });
      new PerformanceObserver((list) => {
        for (const e of list.getEntriesByName('first-contentful-paint')) console.debug('cliniccheck-bench-fcp ' + e.startTime);
      }).observe({ type: 'paint', buffered: true });
    })()`);
    const heading: number[] = [];
    const fcp: number[] = [];
    for (let i = 0; i < runs; i++) {
      const page = await context.newPage();
      const times = new Map<string, number>();
      const both = new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`the popup reported ${[...times.keys()].join(', ') || 'nothing'} within 10 s`)), 10_000);
        page.on('console', (message) => {
          const [tag, ms] = message.text().split(' ');
          if (tag?.startsWith('cliniccheck-bench-')) times.set(tag, Number(ms));
          if (times.size < 2) return;
          clearTimeout(timer);
          resolve();
        });
      });
      await page.goto(`chrome-extension://${id}/popup.html`);
      await both;
      heading.push(times.get('cliniccheck-bench-heading')!);
      fcp.push(times.get('cliniccheck-bench-fcp')!);
      await page.close();
    }
    return { headingMs: round(median(heading)), fcpMs: round(median(fcp)) };
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
}
