/**
 * Watches the page selection and reports it once it settles, like
 * Hypothesis's selection-observer: nothing while the mouse button is down,
 * 10 ms after mouseup, 200 ms after keyboard changes. `onSettled` gets the
 * selected Range, or undefined when the selection is empty or collapsed.
 */
export function watchSelection(doc: Document, onSettled: (range: Range | undefined) => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let mouseDown = false;
  const settle = (delay: number) => {
    clearTimeout(timer);
    timer = setTimeout(() => onSettled(currentRange(doc)), delay);
  };
  const onDown = () => (mouseDown = true);
  const onUp = () => {
    mouseDown = false;
    settle(10);
  };
  const onChange = () => {
    if (!mouseDown) settle(200);
  };
  doc.addEventListener('mousedown', onDown, true);
  doc.addEventListener('mouseup', onUp, true);
  doc.addEventListener('selectionchange', onChange);
  return () => {
    clearTimeout(timer);
    doc.removeEventListener('mousedown', onDown, true);
    doc.removeEventListener('mouseup', onUp, true);
    doc.removeEventListener('selectionchange', onChange);
  };
}

/** The page's current non-empty selection, if any. */
export function currentRange(doc: Document): Range | undefined {
  const selection = doc.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return undefined;
  const range = selection.getRangeAt(0);
  return range.toString().trim() ? range.cloneRange() : undefined;
}
