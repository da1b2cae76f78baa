import { startClaimScanner } from '../../components/content/start.ts';
import { startFlags } from '../../components/content/flags/index.ts';
import { contentUiLoader } from '../../components/content/ui/load.ts';
import { markStart } from '../../components/content/bench-marks.ts';
// The ::highlight() styles, as manifest CSS: in the page before its first
// style pass, so painting findings forces no document-wide restyle.
import '../../components/content/highlight/highlights.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    markStart();
    // The card and the flag UI load on first need (entrypoints/content-ui.ts).
    const loadUi = contentUiLoader(ctx);
    // Content features start here, one call each.
    startClaimScanner(ctx, loadUi);
    startFlags(ctx, loadUi);
  },
});
