/**
 * The seam between the content script every page loads (the core: scanner,
 * hover hit-testing, navigation, the selection watch) and the UI it loads on
 * first need (entrypoints/content-ui.ts: the finding card, the reviewer flag
 * UI, their Preact, lexicon prose, anchoring and storage code).
 *
 * The two are separate bundles, so they share no module instances: whatever
 * state both sides use (the findings filter) the core owns and passes in.
 * Types only here; nothing in this file ends up in either bundle.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { FlagStatusResponse } from '../../../lib/messages/flags.ts';
import type { CardHost } from '../card/host.tsx';
import type { PageFinding } from '../scanner.ts';

/** What the core hands the on-demand UI when it starts it. */
export interface ContentUiDeps {
  ctx: ContentScriptContext;
  /** The core's findings filter changed its answers: repaint and recount (components/content/findings-filter.ts). */
  findingsFilterChanged(): void;
}

/** The reviewer flag UI, started once per page when the UI loads. */
export interface PageFlagsUi {
  /** Resolves once the page's flags and dismissals have been read (and the flags painted). */
  ready: Promise<void>;
  /** The findings filter: false drops a finding the reviewer dismissed. */
  keeps(finding: PageFinding): boolean;
  /** Opens the flag form for `range` (default: the page selection), or says to select text first. */
  flagSelection(range?: Range): Promise<void>;
  /** The small Flag button next to a settled selection. */
  showAdder(range: Range): void;
  hideAdder(): void;
  /** Which of this page's flags are placed and which orphaned, for the popup. */
  status(): FlagStatusResponse;
  /** Scrolls to a flag's words and selects them. */
  reveal(id: string): void;
}

/** The started on-demand UI. */
export interface ContentUi {
  createCardHost(doc: Document, onClose: (finding: PageFinding) => void): CardHost;
  flags: PageFlagsUi;
}

/** The on-demand bundle's entry: the core calls it once, after loading the bundle. */
export type StartContentUi = (deps: ContentUiDeps) => ContentUi;

/**
 * Where the on-demand bundle leaves its entry for the core. The bundle is an
 * IIFE (what WXT builds unlisted scripts as), which has no exports, so it is
 * handed over on the content script's global: the isolated world's, which
 * the page cannot see.
 */
export const HANDOVER_KEY = '__clinicCheckContentUi';

/** The bundle's path in the extension (also listed in wxt.config.ts, web_accessible_resources). */
export const CONTENT_UI_PATH = '/content-ui.js';
