import { render } from 'preact';
import { i18n } from '#i18n';
import { OWN_UI_ATTRIBUTE } from '../highlight/styles.ts';
import { boundingRect } from '../ranges.ts';
import type { PageFinding } from '../scanner.ts';
import { cardActions } from './actions.ts';
import { Card } from './Card.tsx';
import { cardContent } from './content.ts';
import { CARD_CSS } from './styles.ts';

export interface OpenOptions {
  /** Where the finding is among the page's findings, 1-based ("2 of 7", worded here so the core carries no i18n). */
  index: number;
  total: number;
  /** Opened by a keyboard command or the popup: stays until closed, takes focus. */
  pinned: boolean;
}

export interface CardHost {
  open(finding: PageFinding, options: OpenOptions): void;
  close(): void;
  /** Places the card again under its finding (after the page scrolled inside a container). */
  reposition(): void;
  readonly current: PageFinding | undefined;
  readonly pinned: boolean;
  /** Whether an event target is the card (events from a shadow tree retarget to its host). */
  contains(target: EventTarget | null): boolean;
  dispose(): void;
}

const GAP = 6;

/**
 * The explanation card in an open shadow root on a host element of its own,
 * outside the page's layout. A card opened by hovering never takes focus; one
 * opened by a keyboard command (or the popup) is a non-modal dialog that
 * takes focus and gives it back when closed. Escape closes it; no page key
 * is ever stopped from reaching the page.
 */
export function createCardHost(doc: Document, onClose: (finding: PageFinding) => void = () => {}): CardHost {
  let host: HTMLElement | undefined;
  let container: HTMLElement | undefined;
  let current: PageFinding | undefined;
  let pinned = false;
  let returnFocus: Element | null = null;

  function ensureHost(): HTMLElement {
    if (host?.isConnected) return host;
    host = doc.createElement('cliniccheck-card');
    host.setAttribute(OWN_UI_ATTRIBUTE, 'card');
    for (const [name, value] of Object.entries({ position: 'absolute', top: '0', left: '0', 'z-index': '2147483647', display: 'block' })) {
      host.style.setProperty(name, value, 'important');
    }
    const shadow = host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = CARD_CSS;
    container = doc.createElement('div');
    shadow.append(style, container);
    doc.documentElement.append(host);
    return host;
  }

  function onKeyDown(event: KeyboardEvent) {
    // Only Escape, only while open; the event still reaches the page.
    if (event.key === 'Escape' && current) close();
  }

  function place(finding: PageFinding) {
    const el = ensureHost();
    const view = doc.defaultView!;
    const rect = boundingRect(finding.range);
    const card = el.shadowRoot!.querySelector<HTMLElement>('.card');
    const width = card?.offsetWidth ?? 380;
    const height = card?.offsetHeight ?? 300;
    const left = Math.max(8, Math.min(rect.left, view.innerWidth - width - 8));
    const below = rect.bottom + GAP + height <= view.innerHeight || rect.top - GAP - height < 0;
    const top = below ? rect.bottom + GAP : rect.top - GAP - height;
    el.style.setProperty('left', `${left + view.scrollX}px`, 'important');
    el.style.setProperty('top', `${Math.max(0, top + view.scrollY)}px`, 'important');
  }

  function draw(finding: PageFinding | undefined, position = '', announcement = '') {
    ensureHost();
    const actions = cardActions().map((a) => ({
      id: a.id,
      label: a.label,
      onClick: () => {
        void Promise.resolve(a.run(finding!)).finally(() => !a.keepOpen && close());
      },
    }));
    render(
      <>
        {finding && <Card content={cardContent(finding)} position={position} actions={actions} onClose={close} />}
        <div class="live" role="status" aria-live="polite">
          {announcement}
        </div>
      </>,
      container!,
    );
  }

  function open(finding: PageFinding, options: OpenOptions) {
    const wasOpen = !!current;
    current = finding;
    pinned = options.pinned;
    const position = i18n.t('card.position', { index: options.index, total: options.total });
    const announcement = options.pinned ? i18n.t('card.announcement', { position, quote: finding.quote }) : '';
    draw(finding, position, announcement);
    place(finding);
    if (!wasOpen) doc.addEventListener('keydown', onKeyDown);
    if (options.pinned) {
      const active = doc.activeElement;
      if (active && !host!.contains(active) && active !== host) returnFocus = active;
      host!.shadowRoot!.querySelector<HTMLElement>('.card')?.focus({ preventScroll: true });
    }
  }

  function close() {
    const finding = current;
    if (!finding) return;
    const hadFocus = !!host?.shadowRoot?.activeElement;
    current = undefined;
    pinned = false;
    draw(undefined);
    doc.removeEventListener('keydown', onKeyDown);
    if (hadFocus && returnFocus instanceof HTMLElement && returnFocus.isConnected) returnFocus.focus({ preventScroll: true });
    returnFocus = null;
    onClose(finding);
  }

  return {
    open,
    close,
    reposition: () => current && place(current),
    get current() {
      return current;
    },
    get pinned() {
      return pinned;
    },
    contains: (target) => !!host && target === host,
    dispose() {
      close();
      if (container) render(null, container);
      host?.remove();
      host = undefined;
    },
  };
}
