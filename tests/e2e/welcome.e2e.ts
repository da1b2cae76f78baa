import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, launchWithExtension, type ExtensionBrowser } from './browser.ts';

// One profile for the whole file: the first launch is a fresh install, so the
// first-run page must open by itself; a relaunch of the same profile must not
// open it again.
let profile: string;
let ext: ExtensionBrowser;
let welcome: Page;

const isWelcome = (p: Page) => p.url().endsWith('/welcome.html');

beforeAll(async () => {
  profile = await mkdtemp(join(tmpdir(), 'cliniccheck-welcome-'));
  ext = await launchWithExtension({ userDataDir: profile, keepWelcome: true });
  welcome = ext.context.pages().find(isWelcome) ?? (await ext.context.waitForEvent('page', { predicate: isWelcome }));
  await welcome.waitForLoadState();
});
afterAll(async () => {
  await ext?.close();
  await rm(profile, { recursive: true, force: true });
});

describe('first-run page', () => {
  test('opens on install and renders every section', async () => {
    await expect.poll(() => welcome.getByRole('heading', { level: 1 }).textContent()).toBe('Welcome to ClinicCheck');
    const sections = await welcome.getByRole('heading', { level: 2 }).allTextContents();
    expect(sections).toEqual(['What it does', 'What it never does', 'Choose where it runs', 'One-minute tour']);
    const text = await welcome.locator('main').innerText();
    expect(text).toContain('no network requests');
    expect(text).toContain('On specific sites');
    expect(text).toContain('Permissions');
    expect(await welcome.locator('.cards > li').count()).toBe(3);
  });

  test('has no axe violations in light and dark themes', async () => {
    await welcome.emulateMedia({ colorScheme: 'light' });
    expect(await axeViolations(welcome)).toEqual([]);
    await welcome.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(welcome)).toEqual([]);
    await welcome.emulateMedia({ colorScheme: 'light' });
  });

  test('the table of contents works from the keyboard', async () => {
    await welcome.getByRole('link', { name: 'Choose where it runs' }).focus();
    await welcome.keyboard.press('Enter');
    await expect.poll(() => welcome.evaluate(() => location.hash)).toBe('#sites');
    await expect.poll(() => welcome.locator('#sites').isVisible()).toBe(true);
    const inView = await welcome.locator('#sites').evaluate((el) => el.getBoundingClientRect().top < innerHeight);
    expect(inView).toBe(true);
  });

  test('the tour steps forward and back with buttons and arrow keys', async () => {
    const progress = welcome.locator('.tour__progress');
    const next = welcome.getByRole('button', { name: 'Next' });
    const previous = welcome.getByRole('button', { name: 'Previous' });
    expect(await progress.textContent()).toBe('Step 1 of 3');
    expect(await previous.isDisabled()).toBe(true);

    await next.focus();
    await welcome.keyboard.press('Enter');
    expect(await progress.textContent()).toBe('Step 2 of 3');
    expect(await welcome.locator('.tour__step h3').textContent()).toBe('Work through the checklist');

    await welcome.keyboard.press('ArrowRight');
    expect(await progress.textContent()).toBe('Step 3 of 3');
    expect(await next.isDisabled()).toBe(true);
    // Focus moved off the now-disabled button, so the keyboard is not stranded.
    expect(await welcome.evaluate(() => document.activeElement?.textContent)).toBe('Previous');

    await welcome.keyboard.press('Enter');
    await welcome.keyboard.press('ArrowLeft');
    expect(await progress.textContent()).toBe('Step 1 of 3');
    expect(await welcome.evaluate(() => document.activeElement?.textContent)).toBe('Next');
  });

  test('links to the extension pages, which open', async () => {
    for (const [name, file] of [
      ['Compare clinics', 'compare.html'],
      ['Review your flags', 'review.html'],
      ['Export, import and manage your data', 'options.html'],
    ]) {
      await welcome.getByRole('link', { name }).focus();
      await welcome.keyboard.press('Enter');
      await welcome.waitForURL(`**/${file}`);
      await expect.poll(() => welcome.locator('h1, h2').count()).toBeGreaterThan(0);
      await welcome.goBack();
      await welcome.waitForURL('**/welcome.html*');
    }
  });

  test("the Chrome button opens ClinicCheck's details page, where site access is set", async () => {
    const [details] = await Promise.all([
      ext.context.waitForEvent('page'),
      welcome.getByRole('button', { name: "Open ClinicCheck's details page" }).click(),
    ]);
    await expect.poll(() => details.url()).toBe(`chrome://extensions/?id=${ext.extensionId}`);
    await details.close();
  });

  test('lists exactly the keyboard shortcuts the browser has for ClinicCheck', async () => {
    const named = await ext.worker.evaluate(async () =>
      // chrome.commands is undefined while the manifest declares no commands.
      ((await chrome.commands?.getAll()) ?? []).filter((c: { name?: string; description?: string }) => c.name && c.description && !c.name.startsWith('_')).length,
    );
    expect(await welcome.locator('.shortcuts tbody tr').count()).toBe(named);
  });

  test('the badge colours are set for light and dark toolbars', async () => {
    const colours = await ext.worker.evaluate(async () => ({
      background: await chrome.action.getBadgeBackgroundColor({}),
      text: await chrome.action.getBadgeTextColor({}),
    }));
    expect(colours).toEqual({ background: [179, 38, 30, 255], text: [255, 255, 255, 255] });
  });

  test('does not open again when the browser restarts', async () => {
    await ext.context.close();
    ext = await launchWithExtension({ userDataDir: profile, keepWelcome: true });
    // Give onInstalled / start-up listeners the same time a fresh install needs.
    const page = await ext.context.waitForEvent('page', { predicate: isWelcome, timeout: 2000 }).catch(() => null);
    expect(page).toBeNull();
    expect(ext.context.pages().filter(isWelcome)).toEqual([]);
  });
});
