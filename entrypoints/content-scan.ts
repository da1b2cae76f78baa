import { startScanning } from '../components/content/scan-bundle/index.ts';
import { SCAN_HANDOVER_KEY } from '../components/content/scan-bundle/contract.ts';

/**
 * The content script's scanning code, imported by the content script once
 * scanning is on for the page (components/content/start.ts). Why it is a
 * file of its own: components/content/scan-bundle/contract.ts. WXT builds
 * unlisted scripts as an IIFE, without exports, so the entry is handed over
 * on the isolated world's global (bundle-import.ts).
 */
export default defineUnlistedScript({
  globalName: false,
  main() {
    (globalThis as Record<string, unknown>)[SCAN_HANDOVER_KEY] = startScanning;
  },
});
