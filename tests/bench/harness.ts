/**
 * The in-page half of the floor and mark.js measurements, bundled by
 * bundle.ts into one IIFE and injected into each benchmark page (scanning
 * switched off there), where it is reachable as `window.__ccBench`.
 * measure.ts calls these functions with string expressions, so nothing here
 * is serialised by the test runner. ClinicCheck's own scan is measured in the
 * real extension, from its bench marks (components/content/bench-marks.ts).
 */
import Mark from 'mark.js';

/** The floor: one TreeWalker pass reading every text node's data. */
export function floor(): { ms: number; chars: number } {
  const t0 = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let chars = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) chars += (n as Text).data.length;
  return { ms: performance.now() - t0, chars };
}

/** mark.js highlighting the same phrases on the same page. */
export function markJs(phrases: string[]): Promise<{ ms: number; marks: number }> {
  return new Promise((done) => {
    const t0 = performance.now();
    let marks = 0;
    new Mark(document.body).mark(phrases, {
      accuracy: 'exactly',
      separateWordSearch: false,
      acrossElements: true,
      each: () => void marks++,
      done: () => done({ ms: performance.now() - t0, marks }),
    });
  });
}
