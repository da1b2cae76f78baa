import { startContentUi } from '../components/content/ui/index.ts';
import { HANDOVER_KEY } from '../components/content/ui/contract.ts';

/**
 * The content script's on-demand UI (card, flag UI), loaded by the content
 * script with `import()` the first time a page needs it
 * (components/content/ui/load.ts). WXT builds unlisted scripts as an IIFE,
 * without exports, so the entry is handed over on the isolated world's global.
 */
export default defineUnlistedScript({
  globalName: false,
  main() {
    (globalThis as Record<string, unknown>)[HANDOVER_KEY] = startContentUi;
  },
});
