/**
 * `npx tsx tests/bench/composition.ts [module]`: what the content script (or
 * another module, e.g. entrypoints/content-scan.ts, its scanning bundle, or
 * lib/detect/index.ts) is made of.
 * Bundles entrypoints/content/index.ts the way WXT does (Vite, Preact JSX,
 * minified; WXT's auto-imports of defineContentScript and defineUnlistedScript added; the engine's
 * build snapshot in place of lib/detect/engine.ts), then minifies each module on
 * its own to attribute the bytes, grouped by folder. The sum of the parts is
 * close to, not exactly, the bundle (shared names and wrappers differ).
 */
import preact from '@preact/preset-vite';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { build, minify, type Rolldown } from 'vite';
import { enginePlugins } from './bundle.ts';

const ROOT = resolve(import.meta.dirname, '../..');

/** The folder a module is counted under: lib/lexicon, node_modules/preact, ... */
export function groupOf(id: string): string {
  const rel = relative(ROOT, id.replace(/\?.*$/, ''));
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(rel);
  if (pkg) return `node_modules/${pkg[1]}`;
  return rel.split('/').slice(0, /^(components\/content|lib\/detect)\//.test(rel) ? 3 : 2).join('/');
}

async function main() {
  const dir = await mkdtemp(join(tmpdir(), 'cliniccheck-composition-'));
  try {
    const entry = join(dir, 'entry.js');
    const entrypoints = join(ROOT, 'entrypoints');
    const module = join(ROOT, process.argv[2] ?? 'entrypoints/content/index.ts');
    await writeFile(entry, `import * as module from ${JSON.stringify(module)};\nglobalThis.__module = module;\n`);
    const autoImport = {
      name: 'wxt-auto-import',
      transform: (code: string, id: string) =>
        id.startsWith(entrypoints)
          ? `import { defineContentScript } from 'wxt/utils/define-content-script';\nimport { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';\n${code}`
          : undefined,
    };
    const out = (await build({
      configFile: false,
      root: ROOT,
      logLevel: 'warn',
      plugins: [preact(), autoImport, ...(await enginePlugins())],
      define: { 'process.env.NODE_ENV': '"production"', 'import.meta.env.DEV': 'false' },
      build: { write: false, minify: true, lib: { entry, name: '__cc', formats: ['iife'], fileName: () => 'content.js' } },
    })) as Rolldown.RolldownOutput[];
    const chunk = out[0]!.output.find((o): o is Rolldown.OutputChunk => o.type === 'chunk')!;
    const groups = new Map<string, number>();
    for (const [id, info] of Object.entries(chunk.modules)) {
      if (!info.code) continue;
      const { code } = await minify('module.js', info.code);
      groups.set(groupOf(id), (groups.get(groupOf(id)) ?? 0) + code.length);
    }
    const total = [...groups.values()].reduce((a, b) => a + b, 0);
    console.log(`${relative(ROOT, module)} as bundled here: ${(chunk.code.length / 1024).toFixed(1)} KB minified; by folder (each module minified alone):`);
    for (const [group, bytes] of [...groups].sort((a, b) => b[1] - a[1])) {
      console.log(`${(bytes / 1024).toFixed(1).padStart(8)} KB ${((100 * bytes) / total).toFixed(1).padStart(5)}%  ${group}`);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.filename === process.argv[1]) await main();
