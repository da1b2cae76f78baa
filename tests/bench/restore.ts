/**
 * `npx tsx tests/bench/restore.ts [runs]`: the engine snapshot the build puts
 * into the content script (lib/detect/engine-build.ts): its size, and what
 * restoring it costs cold, that is on a page that has just loaded the
 * content script and scans for the first time.
 * - Node: restore() once in each of several fresh processes.
 * - Chromium: in each of several fresh pages, the engine bundled as the build
 *   bundles it (minified, the snapshot in place of engine.ts): evaluating the
 *   script (parsing the snapshot's string included), restoring the engine, and
 *   the first detect() of a 10 KB benchmark page, restore included.
 * Medians and the least of the runs. Not part of `npm test`: timings are not tests.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { compile } from '../../lib/detect/compile.ts';
import { serialise } from '../../lib/detect/snapshot.ts';
import { enginePlugins } from './bundle.ts';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './measure.ts';
import { generatePage } from './page.ts';
import { median, round } from './stats.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const at = (path: string) => JSON.stringify(join(ROOT, path));

/** Child mode: restore the snapshot in `file` once, print the milliseconds. */
async function child(file: string): Promise<void> {
  const snapshot = await readFile(file, 'utf8');
  const { restore } = await import('../../lib/detect/snapshot.ts');
  const t0 = performance.now();
  restore(snapshot);
  console.log(performance.now() - t0);
}

/** The benchmark page's text, as the scanner joins its blocks. */
function pageText(chars: number): string {
  const body = generatePage(chars, 1).split('<body>')[1]!;
  return body.split(/<\/?(?:p|h1|h2|li|ul|section|header|main|footer|nav)[^>]*>/).map((s) => s.replace(/<[^>]*>/g, '').replace(/&amp;/g, '&').trim()).filter(Boolean).join('\n\n');
}

/** The engine as the extension's build bundles it, with two timing hooks. */
async function engineBundle(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'cliniccheck-restore-'));
  try {
    const entry = join(dir, 'entry.js');
    await writeFile(entry, `
import { loadEngine } from ${at('lib/detect/engine.ts')};
import { detect } from ${at('lib/detect/index.ts')};
globalThis.__restoreMs = () => { const t0 = performance.now(); loadEngine(); return performance.now() - t0; };
globalThis.__firstDetectMs = (text) => { const t0 = performance.now(); detect(text); return performance.now() - t0; };
`);
    await build({
      configFile: false,
      root: ROOT,
      logLevel: 'warn',
      plugins: await enginePlugins(),
      build: { outDir: join(dir, 'out'), emptyOutDir: true, minify: true, lib: { entry, name: '__ccRestore', formats: ['iife'], fileName: () => 'engine.js' } },
    });
    return await readFile(join(dir, 'out', 'engine.js'), 'utf8');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function main(runs: number): Promise<void> {
  const snapshot = serialise(compile());
  const dir = await mkdtemp(join(tmpdir(), 'cliniccheck-restore-'));
  const file = join(dir, 'snapshot.txt');
  await writeFile(file, snapshot);
  const node: number[] = [];
  for (let k = 0; k < runs; k++) {
    node.push(Number(execFileSync(process.execPath, [...process.execArgv, import.meta.filename, '--child', file], { encoding: 'utf8' }).trim().split('\n').pop()));
  }
  await rm(dir, { recursive: true, force: true });

  const code = await engineBundle();
  const text = pageText(10_000);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
  const evalMs: number[] = [], restoreMs: number[] = [], firstMs: number[] = [];
  try {
    for (let k = 0; k < runs; k++) {
      for (const measure of ['restore', 'first'] as const) {
        const page = await browser.newPage();
        // An inline script runs when appended: the time covers parsing, compiling and evaluating the bundle.
        const ms = await page.evaluate((src) => {
          const s = document.createElement('script');
          s.textContent = src;
          const t0 = performance.now();
          document.head.append(s);
          return performance.now() - t0;
        }, code);
        if (measure === 'restore') {
          evalMs.push(ms);
          restoreMs.push(await page.evaluate(() => (globalThis as unknown as { __restoreMs: () => number }).__restoreMs()));
        } else {
          firstMs.push(await page.evaluate((t) => (globalThis as unknown as { __firstDetectMs: (t: string) => number }).__firstDetectMs(t), text));
        }
        await page.close();
      }
    }
  } finally {
    await browser.close();
  }
  const figures = {
    snapshotChars: snapshot.length,
    bundleBytes: code.length,
    nodeRestoreMs: round(median(node)),
    chromiumEvalMs: round(median(evalMs)),
    chromiumRestoreMs: round(median(restoreMs)),
    chromiumFirstDetect10KBMs: round(median(firstMs)),
    textChars: text.length,
    runs,
    // The least of the runs: on a busy machine, the closest to the uncontended cost.
    nodeRestoreMinMs: round(Math.min(...node)),
    chromiumRestoreMinMs: round(Math.min(...restoreMs)),
    chromiumFirstDetect10KBMinMs: round(Math.min(...firstMs)),
  };
  console.log(`snapshot ${(snapshot.length / 1024).toFixed(1)} KB; engine bundle ${(code.length / 1024).toFixed(1)} KB minified`);
  console.log(`restore, cold (median / least): Node ${figures.nodeRestoreMs} / ${figures.nodeRestoreMinMs} ms, Chromium ${figures.chromiumRestoreMs} / ${figures.chromiumRestoreMinMs} ms (script evaluation ${figures.chromiumEvalMs} ms)`);
  console.log(`Chromium, first detect() of a ${text.length}-char page in a fresh page (restore included): ${figures.chromiumFirstDetect10KBMs} / ${figures.chromiumFirstDetect10KBMinMs} ms`);
  console.log(JSON.stringify(figures));
}

if (process.argv[2] === '--child') await child(process.argv[3]!);
else await main(Number(process.argv[2] ?? 9));
