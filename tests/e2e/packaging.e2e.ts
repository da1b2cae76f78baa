import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';

// `npm run zip` in a folder of its own: both packages build and zip, and the
// manifests carry what the stores ask for. No browser needed; about 5 s.
const root = resolve(import.meta.dirname, '../..');
const SIZES = ['16', '32', '48', '96', '128'];
let out: string;

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'cliniccheck-zip-'));
  execFileSync('npm', ['run', '--silent', 'zip'], {
    cwd: root,
    env: { ...process.env, CLINICCHECK_OUT_DIR: out },
    stdio: 'pipe',
  });
});
afterAll(() => rm(out, { recursive: true, force: true }));

const manifest = async (dir: string) => JSON.parse(await readFile(join(out, dir, 'manifest.json'), 'utf8'));

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): [number, number] {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

test('npm run zip writes a Chrome and a Firefox package', async () => {
  const files = await readdir(out);
  const version = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')).version;
  expect(files).toEqual(expect.arrayContaining([`cliniccheck-${version}-chrome.zip`, `cliniccheck-${version}-firefox.zip`]));
  for (const browser of ['chrome', 'firefox']) {
    const zip = await readFile(join(out, `cliniccheck-${version}-${browser}.zip`));
    // Zip entry names are stored as plain text in each local header.
    for (const entry of ['manifest.json', 'background.js', 'popup.html', 'welcome.html', 'icon/128.png']) {
      expect(zip.includes(entry), `${browser} zip holds ${entry}`).toBe(true);
    }
  }
});

test.each(['chrome-mv3', 'firefox-mv3'])('%s manifest lists every icon size, each a PNG of that size', async (dir) => {
  const { icons, manifest_version } = await manifest(dir);
  expect(manifest_version).toBe(3);
  expect(Object.keys(icons).sort((a, b) => +a - +b)).toEqual(SIZES);
  for (const size of SIZES) {
    const png = await readFile(join(out, dir, icons[size]));
    expect(pngSize(png)).toEqual([+size, +size]);
  }
});

test('Firefox manifest: stable id, no data collection, no host permissions beyond the content script', async () => {
  const m = await manifest('firefox-mv3');
  expect(m.browser_specific_settings.gecko).toMatchObject({
    id: 'cliniccheck@cliniccheck.invalid',
    data_collection_permissions: { required: ['none'] },
  });
  expect(m.browser_specific_settings.gecko_android.strict_min_version).toBe('142.0');
  expect(m.host_permissions ?? []).toEqual([]);
  expect(m.content_scripts[0].matches).toEqual(['http://*/*', 'https://*/*']);
  expect(m.background.scripts).toEqual(['background.js']);
});
