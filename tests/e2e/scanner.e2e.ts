import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, badgeText as badgeTextOf, launchWithExtension, setSettings, tabIdOf, type ExtensionBrowser } from './browser.ts';

let ext: ExtensionBrowser;
beforeAll(async () => {
  ext = await launchWithExtension();
});
afterAll(() => ext?.close());

const SEVERITY_GROUPS = ['cliniccheck-high', 'cliniccheck-medium', 'cliniccheck-low'];
const CARD = 'cliniccheck-card .card';

/** What the page paints, per highlight group, read in the page's main world. */
function highlights(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const result: Record<string, string[]> = {};
    CSS.highlights.forEach((h, name) => (result[name] = [...h].map((r) => (r as Range).toString())));
    return result;
  });
}

async function painted(page: Page): Promise<string[]> {
  const groups = await highlights(page);
  return SEVERITY_GROUPS.flatMap((g) => groups[g] ?? []);
}

/** Every painted claim in page order. */
function paintedInOrder(page: Page): Promise<string[]> {
  return page.evaluate((groups) => {
    const ranges = groups.flatMap((g) => [...(CSS.highlights.get(g) ?? [])] as Range[]);
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    return ranges.map(String);
  }, SEVERITY_GROUPS);
}

/** Opens a fixture page and waits until the scanner has painted `expected`. */
async function open(path: string, expected: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`${ext.origin}/scanner/${path}`);
  await until(async () => (await painted(page)).includes(expected));
  return page;
}

/** The id of the tab showing `url` (see tabIdOf). */
const tabId = (url: string) => tabIdOf(ext, url);
const badgeText = (url: string) => badgeTextOf(ext, url);

/** The same message the next/previous keyboard commands make the background send. */
async function step(page: Page, direction: 'next' | 'previous') {
  const id = await tabId(page.url());
  return ext.worker.evaluate(
    ({ id, direction }) => chrome.tabs.sendMessage(id, { type: 'cliniccheck:findings/step', direction }),
    { id, direction },
  );
}

async function until(check: () => Promise<boolean>, timeout = 10_000) {
  const end = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Moves the mouse over the first highlight inside the element with this id. */
async function hover(page: Page, id: string) {
  const box = await page.evaluate((id) => {
    const element = document.getElementById(id)!;
    element.scrollIntoView({ block: 'center' });
    for (const highlight of CSS.highlights.values()) {
      for (const range of highlight) {
        if (!(range as Range).intersectsNode(element.lastChild!) && !element.contains(range.startContainer)) continue;
        const rect = (range as Range).getClientRects()[0]!;
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
    }
    throw new Error(`nothing highlighted in #${id}`);
  }, id);
  await page.mouse.move(box.x, box.y);
}

const cardText = (page: Page) => page.locator(CARD).textContent({ timeout: 5000 });
const cardQuote = (page: Page) => page.locator(`${CARD} .quote`).textContent({ timeout: 5000 });

describe('claims on a clinic page', () => {
  let page: Page;
  beforeAll(async () => {
    page = await open('clinic.html', 'no side effects');
  });
  // Each test starts with no card open, even after a failure.
  afterEach(async () => {
    await page.bringToFront();
    await page.keyboard.press('Escape');
  });

  test('the right claims are highlighted and counted on the badge', async () => {
    const shown = await painted(page);
    expect(shown).toEqual(expect.arrayContaining(['stem cell facial', 'no side effects', 'regrows hair']));
    // Split across <b> and <a>, and hidden behind zero-width characters.
    expect(shown.filter((q) => q === 'stem cell facial')).toHaveLength(1);
    expect(shown).toContain('st\u200bem c\u200cell facial');
    // Hidden content (the hidden attribute, aria-hidden, display:none, visibility:hidden) and form fields are not highlighted.
    expect(shown.filter((q) => q === 'no side effects')).toHaveLength(2);
    await expect.poll(() => badgeText(page.url())).toBe(String(shown.length));
  });

  test('highlights are styled by the manifest CSS: no <style> is inserted into the page', async () => {
    const styled = await page.evaluate(() => {
      const range = [...CSS.highlights.get('cliniccheck-high')!][0] as Range;
      return getComputedStyle(range.startContainer.parentElement!, '::highlight(cliniccheck-high)').backgroundColor;
    });
    expect(styled).toBe('rgba(255, 77, 79, 0.28)');
    expect(await page.evaluate(() => document.querySelectorAll('style[data-cliniccheck-ui]').length)).toBe(0);
  });

  test('negated, hedged and critical mentions are not highlighted but listed with their reason', async () => {
    const sentences = await page.evaluate(() =>
      ['negated', 'hedged', 'critical'].map((id) => {
        const node = document.getElementById(id)!.firstChild!;
        return { id, painted: [...CSS.highlights.values()].some((h) => [...h].some((r) => (r as Range).intersectsNode(node))) };
      }),
    );
    expect(sentences).toEqual([
      { id: 'negated', painted: false },
      { id: 'hedged', painted: false },
      { id: 'critical', painted: false },
    ]);
    const popup = await ext.openExtensionPage(`popup.html?tab=${await tabId(page.url())}`);
    const quiet = popup.locator('.findings__list--quiet');
    await expect.poll(() => quiet.textContent()).toContain('not flagged: negated');
    expect(await quiet.textContent()).toContain('not flagged: hedged');
    expect(await quiet.textContent()).toContain('not flagged: critical');
    await popup.close();
  });

  test('hovering a highlight opens its card without taking focus or page keys', async () => {
    await page.bringToFront();
    await hover(page, 'safe');
    expect(await cardQuote(page)).toBe('“no side effects”');
    const text = await cardText(page);
    expect(text).toContain('Why it can mislead');
    expect(text).toContain('Ask the clinic');
    expect(text).toMatch(/Found by the lexicon term/);
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    // The page's own shortcuts still work while the card is open; Escape closes it.
    await page.evaluate(() => {
      (window as unknown as { keys: string[] }).keys = [];
      document.addEventListener('keydown', (e) => (window as unknown as { keys: string[] }).keys.push(e.key));
    });
    await page.keyboard.press('j');
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => (window as unknown as { keys: string[] }).keys)).toEqual(['j', 'Escape']);
    await expect.poll(() => page.locator(CARD).count()).toBe(0);
  });

  test('the card passes axe-core', async () => {
    await step(page, 'next');
    await page.locator(CARD).waitFor();
    expect(await axeViolations(page, 'cliniccheck-card')).toEqual([]);
    await page.keyboard.press('Escape');
  });

  test('next / previous commands visit every finding in page order, scroll to it and open its card with focus', async () => {
    const order = await paintedInOrder(page);
    const seen: string[] = [];
    const scrolled: boolean[] = [];
    for (let i = 0; i < order.length; i++) {
      await step(page, 'next');
      await page.waitForTimeout(150);
      seen.push((await cardQuote(page))!.slice(1, -1));
      // The opened finding is in view (smooth scrolling, so give it a moment).
      await expect
        .poll(() =>
          page.evaluate(() => {
            const rect = ([...CSS.highlights.get('cliniccheck-current')!][0] as Range).getBoundingClientRect();
            return rect.top >= 0 && rect.bottom <= innerHeight;
          }),
        )
        .toBe(true);
      scrolled.push(await page.evaluate(() => window.scrollY > 500));
    }
    // A rotation of the page order: every finding once, wrapping around.
    const start = order.findIndex((_, k) => seen.every((q, i) => q === order[(k + i) % order.length]));
    expect(start, `${seen.join(' | ')} vs ${order.join(' | ')}`).toBeGreaterThanOrEqual(0);
    expect(scrolled).toContain(true);
    expect(scrolled).toContain(false);
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('cliniccheck-card');
    await step(page, 'previous');
    expect((await cardQuote(page))!.slice(1, -1)).toBe(seen[seen.length - 2]);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator(CARD).count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
  });

  test('on a page with hundreds of findings, next / previous with no card open start from the viewport', async () => {
    const long = await ext.context.newPage();
    // Instant scrolling (the card's scroll is smooth otherwise): no scroll still moving when the next step reads the viewport.
    await long.emulateMedia({ reducedMotion: 'reduce' });
    await long.goto(`${ext.origin}/scanner/long-list.html`);
    await long.bringToFront();
    await until(async () => (await badgeText(long.url())) === '600');
    /** The paragraph holding the finding whose card is open. */
    const current = () => long.evaluate(() => ([...CSS.highlights.get('cliniccheck-current')!][0] as Range).startContainer.parentElement!.id);
    await long.evaluate(() => document.getElementById('offer-300')!.scrollIntoView({ block: 'start' }));
    await step(long, 'next');
    await expect.poll(current).toMatch(/^offer-(300|301)$/);
    // The card's code loads on this first use; Escape closes it once it has focus.
    await expect.poll(() => long.evaluate(() => document.activeElement?.localName)).toBe('cliniccheck-card');
    await long.keyboard.press('Escape');
    await expect.poll(() => long.locator(CARD).count()).toBe(0);
    await long.evaluate(() => document.getElementById('offer-450')!.scrollIntoView({ block: 'start' }));
    await step(long, 'previous');
    await expect.poll(current).toMatch(/^offer-(449|450)$/);
    await long.close();
  });

  test('page text with HTML or script in it stays inert text', async () => {
    expect(await page.evaluate(() => document.getElementById('html')!.textContent!)).toContain('<script>');
    await hover(page, 'html');
    await expect.poll(() => cardQuote(page)).toBe('“no side effects”');
    const elements = await page.evaluate(
      () => [...document.querySelector('cliniccheck-card')!.shadowRoot!.querySelectorAll('img, script, iframe')].length,
    );
    expect(elements).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    await page.keyboard.press('Escape');
  });

  test('the popup lists findings by category and opens a card by keyboard', async () => {
    const popup = await ext.openExtensionPage(`popup.html?tab=${await tabId(page.url())}`);
    await popup.locator('.finding').first().waitFor();
    expect(await popup.locator('.findings__group').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Stem-cell labels \(2\)$/), expect.stringMatching(/^Mentioned but not flagged \(3\)$/)]),
    );
    await expect.poll(() => popup.locator('.findings__hint').textContent()).toContain('Alt+Shift+J and Alt+Shift+K');
    expect(await axeViolations(popup)).toEqual([]);
    for (let i = 0; i < 6; i++) {
      await popup.keyboard.press('Tab');
      if (await popup.evaluate(() => document.activeElement?.classList.contains('finding'))) break;
    }
    const label = await popup.evaluate(() => document.activeElement?.querySelector('.finding__quote')?.textContent);
    await popup.keyboard.press('Enter');
    await page.bringToFront();
    await expect.poll(() => cardQuote(page)).toBe(label);
    await popup.close();
    await page.keyboard.press('Escape');
  });
});

describe('pages that change', () => {
  test('content added after load is found within a second; SPA navigation rescans', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${ext.origin}/scanner/dynamic.html`);
    await expect.poll(() => page.evaluate(() => !!document.querySelector('style[data-cliniccheck-ui]') || CSS.highlights.size >= 0)).toBe(true);
    await page.waitForTimeout(300);
    const elapsed = await page.evaluate(async () => {
      const started = performance.now();
      (window as unknown as { addLater(): void }).addLater();
      const hit = () => [...(CSS.highlights.get('cliniccheck-high') ?? [])].some((r) => (r as Range).toString() === 'no side effects');
      while (!hit() && performance.now() - started < 3000) await new Promise((r) => setTimeout(r, 16));
      return hit() ? performance.now() - started : Infinity;
    });
    expect(elapsed).toBeLessThan(1000);
    await expect.poll(() => badgeText(page.url())).toBe('1');
    // Hidden content is not read until it is shown.
    expect(await painted(page)).not.toContain('stem cell facial');
    await page.evaluate(() => (window as unknown as { reveal(): void }).reveal());
    await expect.poll(() => painted(page)).toContain('stem cell facial');
    await page.evaluate(() => (window as unknown as { editText(): void }).editText());
    await expect.poll(() => painted(page)).toContain('regrows hair');
    await expect.poll(() => badgeText(page.url())).toBe('4');
    // Single-page-app navigation: the new view is scanned and counted afresh.
    await page.click('#spa-link');
    await expect.poll(() => painted(page)).toEqual(['stem cell facial']);
    await expect.poll(() => badgeText(page.url())).toBe('1');
    await page.waitForTimeout(500);
    expect(await badgeText(page.url())).toBe('1');
    await page.close();
  });

  test('answers opened later (a class on their block, their own style, <details>) show their claims; closed again, they go', async () => {
    // A class or style change reaches the scanner after the watcher's pause (150 ms), then a round trip to detection.
    const SOON = { timeout: 5000 };
    const page = await open('accordion.html', 'stem cell facial');
    await expect.poll(() => badgeText(page.url()), SOON).toBe('1');
    const hidden = ['no side effects', 'permanent results', 'is FDA approved'];
    expect((await painted(page)).filter((q) => hidden.includes(q))).toEqual([]);
    await page.click('#ask-safe');
    await expect.poll(() => painted(page), SOON).toContain('no side effects');
    await expect.poll(() => badgeText(page.url()), SOON).toBe('2');
    await page.evaluate(() => (window as unknown as { showLasting(): void }).showLasting());
    await expect.poll(() => painted(page), SOON).toContain('permanent results');
    await page.click('#approved summary');
    await expect.poll(() => painted(page), SOON).toContain('is FDA approved');
    await expect.poll(() => badgeText(page.url()), SOON).toBe('4');
    await page.click('#ask-safe');
    await expect.poll(() => painted(page), SOON).not.toContain('no side effects');
    await expect.poll(() => badgeText(page.url()), SOON).toBe('3');
    await page.close();
  });

  test('a claim in a hidden "read more" snippet of a shown paragraph counts only while the snippet shows', async () => {
    const SOON = { timeout: 5000 };
    const page = await open('read-more.html', 'stem cell facial');
    await expect.poll(() => badgeText(page.url()), SOON).toBe('1');
    expect(await painted(page)).not.toContain('no side effects');
    await page.click('#toggle');
    await expect.poll(() => painted(page), SOON).toContain('no side effects');
    await expect.poll(() => badgeText(page.url()), SOON).toBe('2');
    await page.click('#toggle');
    await expect.poll(() => badgeText(page.url()), SOON).toBe('1');
    expect(await painted(page)).not.toContain('no side effects');
    await page.close();
  });
});

describe('long pages', () => {
  test('a 2 MB page is read in slices; the popup says so until every claim is in', async () => {
    const page = await ext.context.newPage();
    // The page's main thread slowed down (as on a slow device), so the scan is
    // surely still going when the popup first asks: it takes well under a second here.
    const cdp = await ext.context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 8 });
    await page.goto(`${ext.origin}/scanner/large.html`);
    const popup = await ext.openExtensionPage(`popup.html?tab=${await tabId(page.url())}`);
    const texts: string[] = [];
    await expect
      .poll(
        async () => {
          texts.push((await popup.locator('.findings-tab').textContent()) ?? '');
          return texts.at(-1);
        },
        { timeout: 30_000, interval: 100 },
      )
      .toContain('600 claims highlighted');
    expect(texts.some((t) => t.includes('Still reading the page'))).toBe(true);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    // Past a few hundred claims only those near the viewport are registered
    // with the page (highlight/viewport-window.ts), the others as they come near.
    const height = await page.evaluate(() => innerHeight);
    const paintedTops = () =>
      page.evaluate(
        (groups) => groups.flatMap((g) => [...(CSS.highlights.get(g) ?? [])].map((r) => (r as Range).getBoundingClientRect().top)),
        SEVERITY_GROUPS,
      );
    await expect.poll(async () => (await paintedTops()).length).toBeGreaterThan(0);
    const tops = await paintedTops();
    expect(tops.length).toBeLessThan(600);
    expect(tops.every((top) => top > -4 * height && top < 4 * height)).toBe(true); // a few viewports around the screen
    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(async () => (await paintedTops()).some((top) => top >= 0 && top < height)).toBe(true);
    expect((await paintedTops()).every((top) => top > -4 * height && top < 4 * height)).toBe(true);
    await popup.close();
    await page.close();
  });
});

describe('navigation', () => {
  test('going back to a page (from the back/forward cache or not) shows its count again', async () => {
    const page = await open('clinic.html', 'no side effects');
    await expect.poll(() => badgeText(page.url())).not.toBe('');
    const count = await badgeText(page.url());
    await page.goto(`${ext.origin}/scanner/dynamic.html`);
    await expect.poll(() => badgeText(page.url())).toBe('');
    await page.goBack();
    await expect.poll(() => badgeText(page.url())).toBe(count);
    await page.close();
  });
});

describe('controls', () => {
  test('the next / previous commands are declared with shortcuts', async () => {
    const commands = await ext.worker.evaluate(() => chrome.commands.getAll());
    expect(commands).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'next-finding', shortcut: 'Alt+Shift+J' }),
        expect.objectContaining({ name: 'previous-finding', shortcut: 'Alt+Shift+K' }),
      ]),
    );
  });

  test('a paused site is not scanned at all, and a new page load clears the badge; resuming scans it', async () => {
    const page = await open('clinic.html', 'no side effects');
    await expect.poll(() => badgeText(page.url())).not.toBe('');
    await setSettings(ext, { enabled: true, pausedSites: ['127.0.0.1'] });
    await page.goto(`${ext.origin}/scanner/plain.html`);
    await page.waitForTimeout(1000);
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    expect(await page.evaluate(() => document.querySelectorAll('[data-cliniccheck-ui]').length)).toBe(0);
    expect(await badgeText(page.url())).toBe('');
    const popup = await ext.openExtensionPage(`popup.html?tab=${await tabId(page.url())}`);
    await expect.poll(() => popup.locator('.findings-tab').textContent()).toContain('Not checking this page');
    // Resume from the popup: the page is scanned without a reload.
    await popup.getByLabel('Pause on 127.0.0.1').uncheck();
    await expect.poll(() => painted(page)).toContain('no side effects');
    // The global switch stops scanning and clears the page.
    await popup.getByLabel('Check pages for claims (all sites)').uncheck();
    await expect.poll(() => painted(page)).toEqual([]);
    await expect.poll(() => badgeText(page.url())).toBe('');
    await setSettings(ext, { enabled: true, pausedSites: [] });
    await popup.close();
    await page.close();
  });
});
