import { i18n } from '#i18n';
import { describeQuote } from '../../../lib/anchoring/describe.ts';
import { browser } from 'wxt/browser';
import { dismissalMatcher, dismissalsFor, dismissOccurrence, siteDismissal } from '../../../lib/flags/dismissal-match.ts';
import type { Dismissal } from '../../../lib/flags/types.ts';
import { hostOf, pageKey } from '../../../lib/flags/page-url.ts';
import { parseFlagSite, type FlagSiteMessage } from '../../../lib/messages/flags.ts';
import { deleteDismissal, saveDismissal } from '../../storage/flags.ts';
import { registerCardAction } from '../card/actions.ts';
import { clamped } from '../ranges.ts';
import type { PageFinding } from '../scanner.ts';
import { readTextBasis, spanOfRange, type TextBasis } from './text-basis.ts';
import type { FlagUi } from './ui.tsx';

/**
 * The registrable domain of the page, from the background (which holds the
 * public-suffix list; the content script stays small without it). Without
 * an answer, the host name: the dismissal then covers that host only.
 */
export async function siteOfPage(url: string): Promise<string> {
  const message: FlagSiteMessage = { type: 'cliniccheck:flags/site', url };
  const answer = parseFlagSite(await browser.runtime.sendMessage(message).catch(() => undefined));
  return answer?.site ?? hostOf(url);
}

/**
 * "Flag this" and "Not a claim here" on finding cards, and the test behind
 * the findings filter (components/content/findings-filter.ts, which the core
 * owns and asks through `filter`) that hides dismissed findings before they
 * are painted, listed or counted.
 */
export class FindingHooks {
  private basis: TextBasis | undefined;
  private match: ((f: { id: string; termId: string; start: number; end: number }) => Dismissal | undefined) | undefined;
  private dismissals: readonly Dismissal[] = [];
  private readonly removers: Array<() => void> = [];

  constructor(
    private readonly ui: FlagUi,
    private readonly flagFinding: (finding: PageFinding) => Promise<void>,
    /** The core's `findingsFilterChanged`: re-filter the page's findings. */
    private readonly filterChanged: () => void,
  ) {}

  /** Registers the card actions. */
  start(): void {
    this.removers.push(
      registerCardAction({ id: 'flag-this', label: i18n.t('flags.action.flagThis'), run: (f) => void this.flagFinding(f) }),
      registerCardAction({ id: 'dismiss-here', label: i18n.t('flags.action.dismissHere'), run: (f) => this.dismiss(f, 'occurrence') }),
      registerCardAction({ id: 'dismiss-site', label: i18n.t('flags.action.dismissSite'), run: (f) => this.dismiss(f, 'site') }),
    );
  }

  /** New dismissals from storage: rebuild the test and re-filter. */
  update(dismissals: readonly Dismissal[]): void {
    this.dismissals = dismissalsFor(location.href, dismissals);
    this.rebuild();
    this.filterChanged();
  }

  /**
   * Reads the page's text basis only when a dismissal concerns the page:
   * on a long page that read is a walk over all of its text.
   */
  private rebuild(): void {
    this.basis = this.dismissals.length ? readTextBasis(document) : undefined;
    this.match = this.basis ? dismissalMatcher(this.basis.text, location.href, this.dismissals) : () => undefined;
  }

  /** The scanner's filter: false drops a dismissed finding. */
  readonly filter = (finding: PageFinding): boolean => {
    // Until the dismissals are read, show nothing rather than flash dismissed
    // findings (and count them on the badge); update() re-filters.
    if (!this.match) return false;
    if (!this.basis) return true;
    const node = finding.range.startContainer;
    // Text added since the basis was read (a dynamic page): read it again.
    if (node.isConnected && node instanceof Text && !this.basis.index.has(node) && this.dismissals.length) this.rebuild();
    const span = node.isConnected ? spanOfRange(this.basis!, clamped(finding.range)) : undefined;
    return !this.match({ id: finding.id, termId: finding.termId, start: span?.start ?? -1, end: span?.end ?? -1 });
  };

  /** The basis span of a finding, for selectors. */
  selectorsOf(finding: PageFinding) {
    const basis = readTextBasis(document);
    // A static range: the page may have changed since the scan (clamped: never past a node's end).
    const span = spanOfRange(basis, clamped(finding.range));
    return span && describeQuote(basis.text, span.start, span.end);
  }

  private async dismiss(finding: PageFinding, kind: 'occurrence' | 'site'): Promise<void> {
    const id = crypto.randomUUID();
    const now = new Date();
    let dismissal: Dismissal;
    const site = kind === 'site' ? await siteOfPage(location.href) : '';
    if (kind === 'site') {
      dismissal = siteDismissal(site, finding.termId, id, now);
    } else {
      const selectors = this.selectorsOf(finding);
      if (!selectors) return;
      dismissal = dismissOccurrence(pageKey(location.href), finding.termId, selectors, id, now);
    }
    await saveDismissal(dismissal);
    const text =
      kind === 'site'
        ? i18n.t('flags.dismissedSite', { quote: finding.quote, site })
        : i18n.t('flags.dismissedHere', { quote: finding.quote });
    this.ui.notify(text, { label: i18n.t('flags.undo'), run: () => void deleteDismissal(id) });
  }

  dispose(): void {
    for (const remove of this.removers) remove();
  }
}
