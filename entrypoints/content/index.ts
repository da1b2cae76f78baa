import { startClaimScanner } from '../../components/content/start.ts';
import { startFlags } from '../../components/content/flags/index.ts';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    // Content features start here, one call each.
    startClaimScanner(ctx);
    startFlags(ctx);
  },
});
