/**
 * Bundles the in-page harness (the floor and mark.js, harness.ts) into one
 * minified IIFE with Vite's build API, for page.addScriptTag. Also says
 * whether the extension's build restores the engine from a build-time
 * snapshot (enginePlugins), for the engine tools.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { engineSnapshotPlugin, type EngineSnapshotPlugin } from '../../lib/detect/engine-build.ts';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * The engine's build-time snapshot (lib/detect/engine-build.ts), exactly when
 * the extension's own build uses it (wxt.config.ts adds engineSnapshotPlugin),
 * so the engine tools measure what ships.
 */
export async function enginePlugins(): Promise<EngineSnapshotPlugin[]> {
  const config = await readFile(join(ROOT, 'wxt.config.ts'), 'utf8');
  return config.includes('engineSnapshotPlugin') ? [engineSnapshotPlugin()] : [];
}

/** Builds the floor and mark.js bundle (window.__ccBench). */
export async function buildBenchBundle(): Promise<{ code: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'cliniccheck-bench-'));
  try {
    await build({
      configFile: false,
      root: ROOT,
      logLevel: 'warn',
      define: { 'process.env.NODE_ENV': '"production"' },
      build: {
        outDir: join(dir, 'out'),
        emptyOutDir: true,
        lib: { entry: join(ROOT, 'tests/bench/harness.ts'), name: '__ccBench', formats: ['iife'], fileName: () => 'bench.js' },
      },
    });
    return { code: await readFile(join(dir, 'out', 'bench.js'), 'utf8') };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
