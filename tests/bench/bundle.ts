/**
 * Bundles the in-page harness (the floor and mark.js; for profile.ts also
 * ClinicCheck's scanner, renderer and engine, run in a plain page) into one
 * minified IIFE with Vite's build API, for page.addScriptTag. The entry is
 * generated in a temporary folder so the harness itself stays independent of
 * the scanner's exact exports. `npm run bench` measures the scan in the real
 * extension instead (measure.ts).
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { build } from 'vite';
import { engineSnapshotPlugin, type EngineSnapshotPlugin } from '../../lib/detect/engine-build.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const at = (path: string) => JSON.stringify(join(ROOT, path));

/** The entry that wires the scanner, its CSS Highlight renderer and the engine into the harness. */
function scannerEntry(): string {
  return `
import { install } from ${at('tests/bench/harness.ts')};
import { createScanner } from ${at('components/content/scanner.ts')};
import { CssHighlightRenderer } from ${at('components/content/highlight/css-highlights.ts')};
install({
  kind: 'components/content/scanner.ts',
  // The scanner's own default engine (lib/detect prepare/decide), as the content script uses it.
  createScanner: (root) => createScanner({ root, renderer: new CssHighlightRenderer() }),
});
export * from ${at('tests/bench/harness.ts')};
`;
}

/**
 * The engine's build-time snapshot (lib/detect/engine-build.ts), exactly when
 * the extension's own build uses it (wxt.config.ts adds engineSnapshotPlugin),
 * so the benchmark measures what ships.
 */
export async function enginePlugins(): Promise<EngineSnapshotPlugin[]> {
  const config = await readFile(join(ROOT, 'wxt.config.ts'), 'utf8');
  return config.includes('engineSnapshotPlugin') ? [engineSnapshotPlugin()] : [];
}

/**
 * Builds the bundle (`kind` names what is measured, for the report); with
 * `scanner: false`, only the floor and mark.js (tests/bench/measure.ts). Unminified
 * (for profiling), the output keeps names and marks where each source file starts.
 */
export async function buildBenchBundle({ minify = true, scanner = true } = {}): Promise<{ code: string; kind: string }> {
  const engine = scanner ? await enginePlugins() : [];
  const kind = scanner ? `components/content/scanner.ts, engine ${engine.length ? 'restored from its build snapshot' : 'compiled on first use'}` : 'floor and mark.js only';
  const dir = await mkdtemp(join(tmpdir(), 'cliniccheck-bench-'));
  try {
    const entry = join(dir, 'entry.js');
    // Without the scanner: the floor and mark.js, for `npm run bench`, which measures the real extension.
    await writeFile(entry, scanner ? scannerEntry() : `export { floor, markJs } from ${at('tests/bench/harness.ts')};\n`);
    await build({
      configFile: false,
      root: ROOT,
      logLevel: 'warn',
      define: { 'process.env.NODE_ENV': '"production"', 'import.meta.env.DEV': 'false' },
      // Unminified builds mark where each module starts, for profile.ts.
      plugins: [
        ...engine,
        ...(minify ? [] : [{ name: 'cc-file-markers', transform: (src: string, id: string) => `//! cc-file ${relative(ROOT, id)}\n${src}` }]),
      ],
      build: {
        outDir: join(dir, 'out'),
        emptyOutDir: true,
        minify,
        lib: { entry, name: '__ccBench', formats: ['iife'], fileName: () => 'bench.js' },
      },
    });
    return { code: await readFile(join(dir, 'out', 'bench.js'), 'utf8'), kind };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
