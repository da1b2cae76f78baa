// `npm run screenshots`: builds ClinicCheck, loads it into Debian's Chromium
// with the same harness as the real-browser tests, and saves the README's
// pictures into assets/screenshots/. Each picture is its own function; one
// that cannot be made is reported and the others still are. Exits non-zero if
// any failed. `--no-build` reuses the current build; `--only name,name`.
import { execFileSync } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../e2e/browser.ts';
import { startFixtureServer } from './fixture-server.ts';
import { seedChecklist } from '../e2e/checklist-helpers.ts';
import type { ClinicWithAnswers } from '../../lib/checklist/format.ts';
import type { AnswerStatus } from '../../lib/checklist/model.ts';

const root = resolve(import.meta.dirname, '../..');
const outDir = resolve(root, 'assets/screenshots');
const VIEWPORT = { width: 1280, height: 800 };

/**
 * The tab id of `page` as the extension sees it (for `popup.html?tab=`).
 * Chromium hides tab URLs from extensions whose only host access comes from
 * content-script matches, so the page is brought to the front and the active
 * tab is asked for instead of querying by URL.
 */
async function tabIdOf(ext: ExtensionBrowser, page: Page): Promise<number> {
  await page.bringToFront();
  return ext.worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0].id);
}

/** Opens the bundled demo clinic page and waits until its claims are highlighted. */
async function openDemo(ext: ExtensionBrowser): Promise<Page> {
  const page = await ext.context.newPage();
  await page.setViewportSize(VIEWPORT);
  // Chromium resolves *.localhost to the loopback address, so the demo page
  // gets a clinic-like host name instead of 127.0.0.1.
  await page.goto(`${ext.origin.replace('127.0.0.1', 'evergreen-clinic.localhost')}/screenshots/clinic.html`);
  await page.waitForFunction(() => (globalThis.CSS?.highlights?.size ?? 0) > 0, null, { timeout: 10_000 });
  return page;
}

/** Sends a message to the content script of the tab showing `page`. */
async function tellTab(ext: ExtensionBrowser, page: Page, message: object): Promise<unknown> {
  const tabId = await tabIdOf(ext, page);
  return ext.worker.evaluate(([id, m]) => chrome.tabs.sendMessage(id, m), [tabId, message] as const);
}

/** Two made-up clinics with a few answers each, for the comparison page. */
const SAMPLE_CLINICS: ClinicWithAnswers[] = (() => {
  const t = Date.UTC(2026, 10, 20, 10, 0, 0);
  const answer = (status: AnswerStatus, note: string) => ({ status, note, updatedAt: t });
  return [
    {
      clinic: { id: 'site:evergreen-renewal.example', name: 'Evergreen Renewal Clinic', domain: 'evergreen-renewal.example', createdFrom: 'site', createdAt: t, updatedAt: t },
      answers: {
        Q1: answer('unclear', 'Said "your own cells"; could not say what else is in the mix.'),
        Q3: answer('red-flag', 'No product name, no lot number, no leaflet.'),
        Q5: answer('red-flag', '"You will look years younger"; no way to measure it.'),
        Q10: answer('red-flag', 'Pointed to testimonials, not studies.'),
        Q14: answer('red-flag', '"FDA-registered lab"; no approval for this use.'),
      },
    },
    {
      clinic: { id: 'manual:harbour-skin-0001', name: 'Harbour Skin Studio', domain: '', createdFrom: 'manual', createdAt: t, updatedAt: t },
      answers: {
        Q1: answer('reassuring', 'Hyaluronic acid filler, brand named.'),
        Q3: answer('reassuring', 'Showed the box, batch number and leaflet.'),
        Q5: answer('reassuring', 'Softer lines for 6 to 12 months; photos at review.'),
        Q10: answer('unclear', 'Will e-mail the study references.'),
        Q14: answer('reassuring', 'Approved device, used as approved.'),
      },
    },
  ];
})();

const SHOTS: Record<string, (ext: ExtensionBrowser) => Promise<void>> = {
  /** The demo page with its claims highlighted and the card of one open. */
  async 'highlighted-page'(ext) {
    const page = await openDemo(ext);
    const { findings } = (await tellTab(ext, page, { type: 'cliniccheck:findings/get' })) as {
      findings: Array<{ id: string; status: string; quote: string }>;
    };
    const active = findings.filter((f) => f.status === 'active');
    // A regulatory claim makes the clearest example; any active finding will do.
    const shown = active.find((f) => /FDA/.test(f.quote)) ?? active[0];
    if (!shown) throw new Error('the demo page has no active finding');
    // Tall enough for the card below a claim revealed mid-page.
    await page.setViewportSize({ width: VIEWPORT.width, height: 1000 });
    await tellTab(ext, page, { type: 'cliniccheck:findings/reveal', id: shown.id });
    await page.waitForTimeout(800);
    await page.screenshot({ path: resolve(outDir, 'highlighted-page.png') });
  },

  /** The popup's checklist for the demo clinic, page findings first. */
  async 'popup-checklist'(ext) {
    const demo = await openDemo(ext);
    const popup = await ext.openExtensionPage(`popup.html?tab=${await tabIdOf(ext, demo)}`);
    await popup.setViewportSize({ width: 420, height: 640 });
    await popup.getByRole('tab', { name: 'Checklist' }).click();
    await popup.getByRole('button', { name: /^Start a checklist/ }).click();
    await popup.getByRole('button', { name: 'Rename' }).click();
    await popup.getByLabel('New name').fill('Evergreen Renewal Clinic');
    await popup.getByRole('button', { name: 'Save name' }).click();
    await popup.getByRole('radio', { name: 'Red flag' }).check();
    await popup.getByLabel(/^Your notes/).fill('Could not name a single published study; offered patient videos instead.');
    await popup.waitForTimeout(500);
    if (/coming soon/i.test(await popup.locator('[role=tabpanel]').innerText())) {
      throw new Error('the checklist tab is still a placeholder');
    }
    await popup.screenshot({ path: resolve(outDir, 'popup-checklist.png') });
  },

  /** The comparison page with two clinics side by side. */
  async compare(ext) {
    await seedChecklist(ext, SAMPLE_CLINICS);
    const page = await ext.openExtensionPage('compare.html');
    await page.setViewportSize(VIEWPORT);
    await page.getByRole('columnheader', { name: 'Harbour Skin Studio' }).waitFor();
    await page.screenshot({ path: resolve(outDir, 'compare.png') });
  },

  /** The flag form open on a selected claim, filled in. */
  async 'flag-form'(ext) {
    const page = await openDemo(ext);
    await page.evaluate((phrase) => {
      // Select exactly `phrase`, as a reviewer would with the mouse.
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(phrase);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + phrase.length);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
        node.parentElement!.scrollIntoView({ block: 'center' });
        return;
      }
      throw new Error(`"${phrase}" is not on the demo page`);
    }, 'a quick liposuction under local anaesthesia');
    await tellTab(ext, page, { type: 'cliniccheck:flags/start', via: 'command' });
    await page.getByLabel('Category').selectOption('INV');
    await page.getByLabel(/^Note/).fill('Fat harvest is surgery; "quick" plays it down. Ask who does it and where.');
    await page.waitForTimeout(300);
    await page.screenshot({ path: resolve(outDir, 'flag-form.png') });
  },
};

const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7).split(',');
if (!process.argv.includes('--no-build')) execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'inherit' });
await mkdir(outDir, { recursive: true });
const server = await startFixtureServer(0);
server.serve('/screenshots/clinic.html', await readFile(resolve(root, 'assets/demo/clinic.html'), 'utf8'));
const failed: string[] = [];
try {
  for (const [name, shoot] of Object.entries(SHOTS)) {
    if (only && !only.includes(name)) continue;
    // A fresh browser per picture, so one picture's state never leaks into the next.
    const ext = await launchWithExtension({ origin: server.origin });
    try {
      await shoot(ext);
      console.log(`saved assets/screenshots/${name}.png`);
    } catch (error) {
      failed.push(name);
      console.error(`could not make ${name}: ${(error as Error).message}`);
    } finally {
      await ext.close();
    }
  }
} finally {
  await server.close();
}
if (failed.length) process.exit(1);
