/**
 * The build side of the engine snapshot (snapshot.ts): a Vite plugin that
 * compiles the engine once, in Node, and replaces engine.ts in the bundle
 * with a module that restores it. The content script then carries the
 * snapshot and the runtime (tokenizer, matcher, rules), and neither the
 * compile path (compile.ts, pattern.ts, the claim and cue patterns) nor
 * the lexicon, which only engine.ts imports.
 */
import { compile } from './compile.ts';
import { restore, serialise } from './snapshot.ts';

/** The subset of a Vite plugin this one uses (lib/ typechecks without Vite's types). */
export interface EngineSnapshotPlugin {
  name: string;
  enforce: 'pre';
  apply(config: unknown, env: { mode: string }): boolean;
  buildStart(): void;
  load(id: string): string | undefined;
}

/** Whether a module id (a path, maybe with a query) is lib/detect/engine.ts. */
const isEngineModule = (id: string) => /[\\/]lib[\\/]detect[\\/]engine\.ts$/.test(id.replace(/\?.*$/, ''));

/** The module that stands in for engine.ts in a build. */
export function restoringEngineModule(snapshot: string): string {
  return [
    "import { restoreOr } from './snapshot.ts';",
    '/** The engine restored from the snapshot compiled at build time (lib/detect/engine-build.ts). */',
    `export function loadEngine() { return restoreOr(${JSON.stringify(snapshot)}); }`,
  ].join('\n');
}

/**
 * Vite plugin: engine.ts restores a snapshot compiled now. Checks that the
 * snapshot restores and gives back the same snapshot, so a build never ships
 * one that only the content script's fallback would notice. Production
 * builds only: in development (`wxt`) the engine compiles on first use, so
 * an edited pattern takes effect on reload.
 */
export function engineSnapshotPlugin(): EngineSnapshotPlugin {
  let code: string | undefined;
  return {
    name: 'cliniccheck-engine-snapshot',
    enforce: 'pre',
    apply: (_config, env) => env.mode === 'production',
    buildStart() {
      code = undefined; // compiled again for every build
    },
    load(id) {
      if (!isEngineModule(id)) return undefined;
      if (code === undefined) {
        const snapshot = serialise(compile());
        if (serialise(restore(snapshot)) !== snapshot) throw new Error('The engine snapshot does not restore to itself');
        code = restoringEngineModule(snapshot);
      }
      return code;
    },
  };
}
