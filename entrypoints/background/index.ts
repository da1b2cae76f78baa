// Each feature keeps its background listeners in its own module here and is
// started by one line below. Listeners must be registered synchronously at
// start-up so the service worker wakes for them.
import { startInstall } from './install.ts';
import { startFlags } from './flags.ts';
import { startBadge } from './badge.ts';
import { startDetect } from './detect.ts';

export default defineBackground(() => {
  startInstall();
  startFlags();
  startBadge();
  startDetect();
});
