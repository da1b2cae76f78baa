import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './browser.ts';

let ext: ExtensionBrowser;
beforeAll(async () => {
  ext = await launchWithExtension();
});
afterAll(() => ext?.close());

test('the extension loads and its popup renders', async () => {
  const popup = await ext.openExtensionPage('popup.html');
  await expect.poll(() => popup.getByRole('heading', { name: 'ClinicCheck' }).count()).toBe(1);
});

// wxt.config.ts opts Chromium into structured-clone messaging (it saves the page time when a scan
// sends its text). A Map between two of the extension's pages arrives as a Map only when the
// browser honours the key; under JSON it would arrive as {}.
test('extension messages travel as structured clones', async () => {
  const receiver = await ext.openExtensionPage('popup.html');
  const sender = await ext.openExtensionPage('popup.html');
  await receiver.evaluate(() => {
    (globalThis as unknown as { probe: Promise<string> }).probe = new Promise((resolve) =>
      chrome.runtime.onMessage.addListener((message: { probe?: unknown }) => {
        if (message?.probe) resolve(Object.prototype.toString.call(message.probe));
      }),
    );
  });
  await sender.evaluate(() => void chrome.runtime.sendMessage({ probe: new Map([['a', 1]]) }).catch(() => undefined));
  expect(await receiver.evaluate(() => (globalThis as unknown as { probe: Promise<string> }).probe)).toBe('[object Map]');
  await Promise.all([receiver.close(), sender.close()]);
});
