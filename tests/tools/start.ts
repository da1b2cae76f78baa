/**
 * `npm start`: builds the extension and opens Chromium with it loaded on the
 * bundled demo clinic page. Where there is no display (a server, CI), it says
 * how to load the build by hand instead; `--serve` keeps the demo page served.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const ROOT = resolve(import.meta.dirname, '../..');
const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
const DEMO = join(ROOT, 'assets/demo/clinic.html');
const PORT = Number(process.env.PORT ?? 5178);
const keepServing = process.argv.includes('--serve');

execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });

const server = createServer(async (_req, res) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(await readFile(DEMO));
});
await new Promise<void>((ok) => server.listen(PORT, '127.0.0.1', ok));
const demoUrl = `http://127.0.0.1:${PORT}/clinic.html`;

const browserPath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/google-chrome'].find(
  (p): p is string => !!p && existsSync(p),
);
const hasDisplay = !!(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) || process.platform !== 'linux';

if (!browserPath || !hasDisplay) {
  console.log(`
ClinicCheck is built in .output/chrome-mv3.
${!browserPath ? 'No Chromium was found (set CHROMIUM_PATH).' : 'There is no display to open a browser on.'}
To try it in your own Chrome or Chromium:
  1. open chrome://extensions and switch on Developer mode;
  2. choose "Load unpacked" and pick the folder .output/chrome-mv3;
  3. open ${keepServing ? demoUrl : 'the demo page: run `npm start -- --serve` and open ' + demoUrl}.
`);
  if (!keepServing) server.close();
  else console.log(`Serving the demo page at ${demoUrl} until you press Ctrl-C.`);
} else {
  const context = await chromium.launchPersistentContext(await mkdtemp(join(tmpdir(), 'cliniccheck-')), {
    executablePath: browserPath,
    headless: false,
    viewport: null,
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      // Chromium refuses to sandbox itself when run as root.
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(demoUrl);
  console.log(`Chromium is open on ${demoUrl} with ClinicCheck loaded. Close the browser to stop.`);
  context.on('close', () => server.close());
}
