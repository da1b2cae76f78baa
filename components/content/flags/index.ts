/**
 * Reviewer flags, the part every page loads: it watches the selection, answers
 * the background's and the popup's messages, and checks whether this page has
 * flags or dismissals. The flag UI itself (button, form, notices, placing and
 * painting flags, dismissals) is in the on-demand bundle (./page-flags.ts),
 * loaded the first time it is needed: the reader selects text, asks to flag
 * (context menu, Alt+Shift+F), or the page has flags or dismissals.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { pageKey } from '../../../lib/flags/page-url.ts';
import { isFlagReveal, isFlagStart, isFlagStatus, type FlagStatusResponse } from '../../../lib/messages/flags.ts';
import { answering } from '../answer.ts';
import { addFindingsFilter, findingsFilterChanged } from '../findings-filter.ts';
import { OWN_UI_ATTRIBUTE } from '../highlight/styles.ts';
import type { ContentUi, PageFlagsUi } from '../ui/contract.ts';
import { flagRecords, recordsConcern, touchesRecords } from './page-records.ts';
import { watchSelection } from './selection.ts';

/**
 * Cheap check, on every settled selection, that it is page text the basis
 * counts (not a form field, script or ClinicCheck's own UI); reading the
 * whole basis waits until the reviewer asks to flag.
 */
function isFlaggable(range: Range): boolean {
  const node = range.commonAncestorContainer;
  const element = node instanceof Element ? node : node.parentElement;
  return Boolean(element) && !element!.closest(`script, style, noscript, template, textarea, input, [${OWN_UI_ATTRIBUTE}]`);
}

/** Starts the always-loaded part of the flags feature; `loadUi` loads and starts the on-demand UI. */
export function startFlags(ctx: ContentScriptContext, loadUi: () => Promise<ContentUi>): void {
  let ui: PageFlagsUi | undefined;
  let starting: Promise<PageFlagsUi> | undefined;
  // Until storage says whether a dismissal concerns this page, show no
  // finding rather than flash a dismissed one (and count it on the badge).
  let known = false;

  const settle = () => {
    known = true;
    findingsFilterChanged();
  };

  /** The flag UI, loaded and started on first call, once it has read the flags and dismissals. */
  const flagsUi = () =>
    (starting ??= loadUi().then(
      async ({ flags }) => {
        await flags.ready;
        ui = flags;
        settle();
        return flags;
      },
      (error: unknown) => {
        // Without the UI no dismissal can apply: show the findings.
        settle();
        throw error;
      },
    ));
  /** Runs `use` with the flag UI (loading it first); a UI that failed to load was already reported. */
  const withUi = (use: (flags: PageFlagsUi) => void) => void flagsUi().then(use, () => undefined);

  const removeFilter = addFindingsFilter((finding) => known && (ui?.keeps(finding) ?? true));

  /** Loads the UI when stored flags or dismissals concern this page; otherwise lets findings through. */
  const check = async () => {
    if (starting) return;
    const records = await flagRecords(browser.storage.local).catch(() => ({}));
    if (recordsConcern(records, location.href)) withUi(() => undefined);
    else if (!known) settle();
  };

  // The latest settled selection worth a Flag button: one that went away
  // while the UI was loading gets no button.
  let selected: Range | undefined;
  const stopSelection = watchSelection(document, (range) => {
    const wanted = (selected = range && isFlaggable(range) ? range : undefined);
    if (wanted) withUi((flags) => selected === wanted && flags.showAdder(wanted));
    else ui?.hideAdder();
  });

  const answer = (message: unknown): Promise<FlagStatusResponse> | undefined => {
    if (isFlagStart(message)) withUi((flags) => void flags.flagSelection());
    else if (isFlagStatus(message)) {
      // No UI (none loading, or it failed) means no flags placed on this page.
      const none = (): FlagStatusResponse => ({ url: pageKey(location.href), anchored: [], orphaned: [] });
      return starting ? starting.then((flags) => flags.status(), none) : Promise.resolve(none());
    } else if (isFlagReveal(message) && starting) withUi((flags) => flags.reveal(message.id));
    return undefined;
  };
  const onMessage = answering(answer);
  browser.runtime.onMessage.addListener(onMessage);

  const onStorage = (changes: Record<string, unknown>, area: string) => area === 'local' && touchesRecords(Object.keys(changes)) && void check();
  browser.storage.onChanged.addListener(onStorage);
  // Single-page sites change the URL without a new page: that page may have flags.
  ctx.addEventListener(window, 'wxt:locationchange', () => void check());
  void check();

  ctx.onInvalidated(() => {
    stopSelection();
    removeFilter();
    browser.runtime.onMessage.removeListener(onMessage);
    browser.storage.onChanged.removeListener(onStorage);
  });
}
