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
