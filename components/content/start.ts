/**
 * The claim scanner feature in the content script: checks the settings
 * before doing anything (a paused site or the off switch means no scanning
 * work at all), starts or stops the session when they change, answers the
 * popup's and the background's messages, and reports the badge count.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { DETECT_WAKE, type DetectWakeMessage } from '../../lib/messages/detect.ts';
import { isFindingsGet, isFindingsReveal, isFindingsStep, type FindingsResponse } from '../../lib/messages/scan.ts';
import { scanAllowed, siteOf, type Settings } from '../storage/settings-rules.ts';
import { answering } from './answer.ts';
import { importBundle } from './bundle-import.ts';
import { keptByFilters, onFindingsFilterChange } from './findings-filter.ts';
import { CONTENT_SCAN_PATH, SCAN_HANDOVER_KEY, type StartScanning } from './scan-bundle/contract.ts';
import type { Session } from './session.ts';
import { watchSettings } from './settings-watch.ts';
import type { ContentUi } from './ui/contract.ts';

const MAX_QUOTE = 2000;

export function startClaimScanner(ctx: ContentScriptContext, loadUi: () => Promise<ContentUi>): void {
  let session: Session | undefined;
  let wanted = false;
  let loading = false;
  let scanBundle: Promise<StartScanning | undefined> | undefined;
  let loadFailed = false;

  const sendCount = (count: number) => {
    if (ctx.isInvalid) return;
    browser.runtime.sendMessage({ type: 'cliniccheck:badge', count }).catch(() => undefined);
  };

  async function apply(settings: Settings) {
    wanted = !ctx.isInvalid && scanAllowed(settings, siteOf(location.href));
    if (wanted && !session && !loading) {
      // The scanning code is a bundle of its own (scan-bundle/contract.ts), imported here: on a paused site
      // it is never even loaded.
      loading = true;
      // Detection runs in the background's service worker, which the browser stops when idle and which no tab
      // event starts (badge.ts): start it now, while the scanner loads and reads, not when the text is ready.
      // With a stopped worker, from this script's start to a 10 KB page's highlights: 113 vs 114 and 99 vs 130 ms.
      const wake: DetectWakeMessage = { type: DETECT_WAKE };
      browser.runtime.sendMessage(wake).catch(() => undefined);
      // Imported once: a failed import is reported once, and every later try gets the same undefined.
      const startScanning = await (scanBundle ??= importBundle<StartScanning>(CONTENT_SCAN_PATH, SCAN_HANDOVER_KEY).catch((error: unknown) => {
        console.error('ClinicCheck: the scanner could not load.', error);
        loadFailed = true;
        return undefined;
      }));
      loading = false;
      if (startScanning && wanted && !session) {
        session = startScanning(document, {
          onCount: sendCount,
          loadUi,
          filter: keptByFilters,
          onFilterChange: onFindingsFilterChange,
          // Detection runs in the background: this page sends its text (in one message, or over a port) and places what comes back.
          connect: (name) => browser.runtime.connect({ name }),
          sendOnce: (message) => browser.runtime.sendMessage(message),
        });
      }
    } else if (!wanted && session) {
      session.stop();
      session = undefined;
    }
  }

  function summary(): FindingsResponse {
    return {
      url: location.href,
      title: document.title,
      scanning: wanted,
      pending: wanted && !loadFailed && (!session || session.busy()),
      findings: (session?.scanner.findings() ?? []).map((f) => ({
        id: f.id,
        termId: f.termId,
        category: f.category,
        severity: f.severity,
        quote: f.quote.slice(0, MAX_QUOTE),
        status: f.status,
        ...(f.reason ? { reason: f.reason } : {}),
      })),
    };
  }

  function answer(message: unknown): Promise<unknown> | undefined {
    if (isFindingsGet(message)) return Promise.resolve(summary());
    if (isFindingsReveal(message)) return Promise.resolve({ revealed: session?.nav.reveal(message.id) ?? false });
    if (isFindingsStep(message)) return Promise.resolve({ found: !!session?.nav.step(message.direction) });
    return undefined;
  }

  const onMessage = answering(answer);
  browser.runtime.onMessage.addListener(onMessage);
  const unwatch = watchSettings((settings) => void apply(settings));
  ctx.addEventListener(window, 'wxt:locationchange', () => session?.restart());
  // A page restored from the back/forward cache keeps its findings, but the browser cleared the badge.
  ctx.addEventListener(window, 'pageshow', (event) => event.persisted && session?.recount());
  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(onMessage);
    unwatch();
    wanted = false;
    session?.stop();
    session = undefined;
  });
}

/*
Manual test pages (npm start serves the demo page; the fixtures are served by
the e2e fixture server): tests/fixtures/pages/scanner/clinic.html (claims,
suppressed mentions, zero-width evasion, HTML-looking text),
dynamic.html (content added later, single-page-app navigation),
large.html (about 2 MB of text, for slicing).
*/
