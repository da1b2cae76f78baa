/**
 * Hover cards: the finding under the pointer opens its card (without focus).
 * The pointer handler runs at most once per animation frame; the card closes
 * a moment after the pointer leaves both the highlight and the card, so the
 * pointer can travel into the card to follow a link.
 */
import type { CardHost } from './card/host.tsx';
import type { HighlightRenderer } from './highlight/renderer.ts';
import { findingAtPoint } from './hit-test.ts';
import type { Navigator } from './navigate.ts';
import type { Scanner } from './scanner.ts';

const CLOSE_DELAY_MS = 350;

export function startHoverCards(doc: Document, scanner: Scanner, renderer: HighlightRenderer, card: CardHost, nav: Navigator, signal: AbortSignal) {
  const view = doc.defaultView!;
  let frame = 0;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  let point: { x: number; y: number; target: EventTarget | null } | undefined;

  function check() {
    frame = 0;
    if (!point || signal.aborted) return;
    if (card.contains(point.target)) {
      clearTimeout(closeTimer);
      return;
    }
    const finding = scanner.active().length ? findingAtPoint(doc, renderer, scanner.active(), point.x, point.y) : undefined;
    if (finding) {
      clearTimeout(closeTimer);
      if (card.current !== finding && !card.pinned) nav.show(finding, false);
    } else if (card.current && !card.pinned) {
      clearTimeout(closeTimer);
      closeTimer = setTimeout(() => !card.pinned && card.close(), CLOSE_DELAY_MS);
    }
  }

  doc.addEventListener(
    'pointermove',
    (event) => {
      if (event.pointerType === 'touch') return;
      point = { x: event.clientX, y: event.clientY, target: event.target };
      frame ||= view.requestAnimationFrame(check);
    },
    { passive: true, signal },
  );
  // A click outside the card closes a pinned card, as for any popover.
  doc.addEventListener('pointerdown', (event) => card.current && !card.contains(event.target) && card.close(), { passive: true, signal });
  signal.addEventListener('abort', () => {
    clearTimeout(closeTimer);
    if (frame) view.cancelAnimationFrame(frame);
  });
}
