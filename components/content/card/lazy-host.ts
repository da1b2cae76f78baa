/**
 * A CardHost that loads the real one (./host.tsx, in the on-demand UI bundle)
 * the first time a card opens. Until it is there, the finding asked for is
 * remembered as the current one, so a hover that keeps asking for the same
 * finding does not queue it twice, and a close before the load cancels it.
 */
import type { ContentUi } from '../ui/contract.ts';
import type { PageFinding } from '../scanner.ts';
import type { CardHost, OpenOptions } from './host.tsx';

export function createLazyCardHost(doc: Document, onClose: (finding: PageFinding) => void, loadUi: () => Promise<ContentUi>): CardHost {
  let real: CardHost | undefined;
  let pending: { finding: PageFinding; options: OpenOptions } | undefined;
  let disposed = false;

  function load() {
    loadUi().then(
      (ui) => {
        if (disposed) return;
        real ??= ui.createCardHost(doc, onClose);
        const wanted = pending;
        pending = undefined;
        if (wanted) real.open(wanted.finding, wanted.options);
      },
      () => {
        // The loader has reported it; release the finding so its highlight goes.
        const finding = pending?.finding;
        pending = undefined;
        if (finding) onClose(finding);
      },
    );
  }

  return {
    open(finding, options) {
      if (real) return real.open(finding, options);
      const first = !pending;
      pending = { finding, options };
      if (first) load();
    },
    close() {
      if (real) return real.close();
      const finding = pending?.finding;
      pending = undefined;
      if (finding) onClose(finding);
    },
    reposition: () => real?.reposition(),
    get current() {
      return real ? real.current : pending?.finding;
    },
    get pinned() {
      return real ? real.pinned : !!pending?.options.pinned;
    },
    contains: (target) => !!real?.contains(target),
    dispose() {
      disposed = true;
      pending = undefined;
      real?.dispose();
    },
  };
}
