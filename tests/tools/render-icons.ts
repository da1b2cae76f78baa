// `npm run icons`: renders assets/icon.svg (and icon-16.svg) to the PNG sizes the browsers and
// stores ask for (16, 32, 48, 96, 128) in assets/public/icon/<size>.png, where
// WXT finds them and lists them in the manifest. Uses Debian's Chromium, so
// the PNGs match what a browser draws; the transparent corners stay
// transparent (omitBackground).
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';

export const ICON_SIZES = [16, 32, 48, 96, 128] as const;

const root = resolve(import.meta.dirname, '../..');
const svgUrl = async (name: string) =>
  `data:image/svg+xml;base64,${(await readFile(resolve(root, 'assets', name))).toString('base64')}`;
// 16 px has its own drawing (assets/icon-16.svg): the large one's details blur at that size.
const sources = { small: await svgUrl('icon-16.svg'), large: await svgUrl('icon.svg') };

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
try {
  for (const size of ICON_SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}img{display:block}</style>` +
        `<img src="${size <= 16 ? sources.small : sources.large}" width="${size}" height="${size}" alt="">`,
    );
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    const path = resolve(root, `assets/public/icon/${size}.png`);
    await page.screenshot({ path, omitBackground: true });
    await page.close();
    console.log(`wrote assets/public/icon/${size}.png`);
  }
} finally {
  await browser.close();
}
