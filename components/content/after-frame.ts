/**
 * Runs `start` in a task of its own once the page has rendered its next
 * frame, or after `timeoutMs` if no frame comes (a hidden tab renders none).
 *
 * Why the first scan waits for it: a content script runs at document_idle,
 * which on a long page can come before the page's first frame. Scanning
 * then holds back the page's first paint, and the page's own first
 * rendering (52 ms on the 5 MB benchmark page, measured with a trace) runs
 * in the middle of the scan. After the frame, the scan finds the page's
 * style worked out and competes with nothing the page is doing.
 *
 * Returns a function that cancels the start if it has not happened yet.
 */
export function afterNextFrame(view: Window, start: () => void, timeoutMs = 100): () => void {
  let pending = true;
  const run = () => {
    if (!pending) return;
    cancel();
    start();
  };
  const frame = view.requestAnimationFrame(() => view.setTimeout(run, 0));
  const timer = view.setTimeout(run, timeoutMs);
  function cancel() {
    pending = false;
    view.cancelAnimationFrame(frame);
    view.clearTimeout(timer);
  }
  return cancel;
}
