/**
 * The seam between the content script every page loads (settings, messages,
 * the reviewer's selection watch: entrypoints/content) and the scanning code
 * it imports once scanning is on for the page (entrypoints/content-scan.ts:
 * reader, scanner, highlights, hover, navigation, the background's port).
 *
 * Why a bundle of its own: a content script is compiled on the page's main
 * thread, each function when first called, and a page's first scan calls
 * about a hundred of them. A 10 KB page's first scan took 5-6 ms more than
 * a second scan of it, mostly that compiling (the rest is the isolated world
 * setting up the DOM interfaces it first uses). An imported file is compiled
 * off the main thread, while it streams, and this one starts with V8's
 * compile hint (`//# allFunctionsCalledOnLoad`, wxt.config.ts), so every
 * function in it is compiled there, before the scan runs: the first scan
 * fell from 7-9 ms to 4-6 ms of the page's main thread. The cost is
 * latency: the import puts the highlights of a 10 KB page about 10 ms later
 * after the page loads. On a paused site the bundle is never loaded.
 *
 * The two are separate bundles with no module instance in common: state both
 * sides use (the findings filter) the core owns and passes in. Types only
 * here; nothing in this file ends up in either bundle.
 */
import type { Port, SendOnce } from '../detect-port.ts';
import type { Session, SessionDeps } from '../session.ts';

/** What the core hands the scanning bundle: the session's needs, and the extension messaging for detection. */
export interface ScanDeps extends Omit<SessionDeps, 'detector'> {
  /** `runtime.connect`, for the detection port. */
  connect(name: string): Port;
  /** `runtime.sendMessage`, for a page's one-message detection. */
  sendOnce: SendOnce;
}

/** The bundle's entry: starts a scanning session on `doc`. */
export type StartScanning = (doc: Document, deps: ScanDeps) => Session;

/** Where the bundle leaves its entry for the core (bundle-import.ts). */
export const SCAN_HANDOVER_KEY = '__clinicCheckScan';

/** The bundle's path in the extension (also listed in wxt.config.ts, web_accessible_resources). */
export const CONTENT_SCAN_PATH = '/content-scan.js';
