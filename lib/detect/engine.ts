/**
 * Where the engine comes from. Here (Node, tests, the command line) it is
 * compiled from the lexicon, claim patterns and cues on first use. The
 * extension's build replaces this module with one that restores the
 * snapshot compiled at build time (engine-build.ts), so the content script
 * carries neither the compile path nor the lexicon's prose.
 */
import { compile, type Compiled } from './compile.ts';

/** The engine (lib/detect/index.ts calls this once, on first use). */
export function loadEngine(): Compiled {
  return compile();
}
