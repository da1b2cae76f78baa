import { i18n } from '#i18n';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { describeQuote } from '../../../lib/anchoring/describe.ts';
import { createFlag } from '../../../lib/flags/model.ts';
import type { Flag } from '../../../lib/flags/types.ts';
import { pageKey } from '../../../lib/flags/page-url.ts';
import { deleteFlag, listDismissals, listFlags, recordPlacements, saveFlag, watchFlags } from '../../storage/flags.ts';
import { CssHighlightRenderer } from '../highlight/css-highlights.ts';
import { OWN_UI_ATTRIBUTE } from '../highlight/styles.ts';
import { clamped } from '../ranges.ts';
import type { PageFinding } from '../scanner.ts';
import type { PageFlagsUi } from '../ui/contract.ts';
import { FindingHooks } from './findings.ts';
import type { FlagFormValues } from './FlagForm.tsx';
import { FLAG_GROUP, placeFlags, type Placement } from './place.ts';
import { currentRange } from './selection.ts';
import { readTextBasis, spanOfRange } from './text-basis.ts';
import { FlagUi } from './ui.tsx';

const DEFAULTS: FlagFormValues = { category: 'other', severity: 'medium', note: '' };
/** Wait this long after page changes before re-placing flags. */
const REPAINT_DELAY_MS = 400;

/** A mutation of ClinicCheck's own UI, which never moves page text. */
function isOwnChange(record: MutationRecord): boolean {
  const own = (node: Node) => (node instanceof Element ? node : node.parentElement)?.closest(`[${OWN_UI_ATTRIBUTE}]`);
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return Boolean(own(record.target)) || (nodes.length > 0 && nodes.every((n) => n instanceof Element && n.hasAttribute(OWN_UI_ATTRIBUTE)));
}

/**
 * Reviewer flags in the page, once the on-demand UI is loaded: flag the
 * selection (context menu, shortcut, the button by the selection), paint
 * saved flags in their own highlight group, re-anchored on every visit, tell
 * the popup which flags are orphaned, and decide which findings the reviewer
 * dismissed. The core (./index.ts) watches the selection and the messages
 * and calls in here. Stops when the extension context goes (update, reload).
 */
export function startPageFlags(ctx: ContentScriptContext, findingsFilterChanged: () => void): PageFlagsUi {
  const ui = new FlagUi(document);
  const renderer = new CssHighlightRenderer(document);
  let flags: Flag[] = [];
  let placement: Placement = { placed: new Map(), orphaned: [] };

  const paint = () => {
    // No flags on this page (most pages): no need to read all of its text.
    placement = flags.length ? placeFlags(readTextBasis(document), flags) : { placed: new Map(), orphaned: [] };
    renderer.clear(FLAG_GROUP);
    for (const range of placement.placed.values()) renderer.add(FLAG_GROUP, range);
    if (flags.length) void recordPlacements([...placement.placed.keys()], placement.orphaned, new Date());
  };

  const load = async () => {
    const page = pageKey(location.href);
    const [all, dismissals] = await Promise.all([listFlags(), listDismissals()]).catch(() => [[], []] as const);
    flags = all.filter((f) => f.url === page);
    // Watch the page for changes only while it has flags to place again.
    if (flags.length) observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    else observer.disconnect();
    paint();
    hooks.update(dismissals);
  };

  /** Asks for category, severity and note, then saves the flag for `range`. */
  const flagRange = async (range: Range, initial: FlagFormValues) => {
    const basis = readTextBasis(document);
    const span = spanOfRange(basis, range);
    if (!span) return ui.notify(i18n.t('flags.selectFirst'));
    ui.hideAdder();
    const values = await ui.openForm(basis.text.slice(span.start, span.end), range, initial);
    if (!values) return;
    const selectors = describeQuote(basis.text, span.start, span.end);
    const flag = createFlag({ url: location.href, title: document.title, selectors, ...values }, crypto.randomUUID(), new Date());
    await saveFlag(flag);
    ui.notify(i18n.t('flags.saved'));
  };

  /**
   * "Flag this" on a finding's card: one step, no form. The finding's own
   * category and severity are kept; a note can be added on the review page,
   * and the notice offers Undo.
   */
  const flagFinding = async (finding: PageFinding) => {
    const basis = readTextBasis(document);
    const span = spanOfRange(basis, clamped(finding.range));
    if (!span) return;
    const selectors = describeQuote(basis.text, span.start, span.end);
    const input = { url: location.href, title: document.title, selectors, category: finding.category, severity: finding.severity, note: '' };
    const flag = createFlag({ ...input, origin: 'finding', termId: finding.termId }, crypto.randomUUID(), new Date());
    await saveFlag(flag);
    ui.notify(i18n.t('flags.flaggedFinding', { quote: finding.quote }), { label: i18n.t('flags.undo'), run: () => void deleteFlag(flag.id) });
  };

  const hooks = new FindingHooks(ui, flagFinding, findingsFilterChanged);
  hooks.start();

  // Pages that render late or change: place the flags again once they settle.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver((records) => {
    if (!flags.length || records.every(isOwnChange)) return;
    clearTimeout(timer);
    timer = setTimeout(paint, REPAINT_DELAY_MS);
  });
  const stopWatching = watchFlags(() => void load());
  // Single-page sites change the URL without a new page: load that page's flags.
  ctx.addEventListener(window, 'wxt:locationchange', () => void load());
  const ready = load();

  ctx.onInvalidated(() => {
    clearTimeout(timer);
    observer.disconnect();
    stopWatching();
    hooks.dispose();
    renderer.clear(FLAG_GROUP);
    ui.dispose();
  });

  return {
    ready,
    keeps: hooks.filter,
    flagSelection: (range = currentRange(document)) => (range ? flagRange(range, DEFAULTS) : Promise.resolve(ui.notify(i18n.t('flags.selectFirst')))),
    showAdder(range) {
      ui.showAdder(range.getBoundingClientRect(), () => void flagRange(range, DEFAULTS));
    },
    hideAdder: () => ui.hideAdder(),
    status: () => ({ url: pageKey(location.href), anchored: [...placement.placed.keys()], orphaned: placement.orphaned }),
    reveal(id) {
      // Scroll to the words and select them: highlights are invisible to
      // assistive technology, a selection is not.
      const range = placement.placed.get(id);
      range?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      if (range) document.getSelection()?.setBaseAndExtent(range.startContainer, range.startOffset, range.endContainer, range.endOffset);
    },
  };
}
