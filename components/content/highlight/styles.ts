/**
 * The `::highlight()` styles. They must live in the page's own style scope
 * (a shadow root would not reach page text), so they go into one <style>
 * element in the page's head, marked as ClinicCheck's own.
 *
 * Translucent backgrounds keep the page's text colour, so they read on light
 * and dark pages alike; the underline style differs by severity so colour is
 * not the only cue (solid = high, wavy = medium, dotted = low).
 */
export const HIGHLIGHT_CSS = `
::highlight(cliniccheck-high) {
  background-color: rgba(255, 77, 79, 0.28);
  text-decoration: underline solid rgb(230, 40, 50);
  text-decoration-thickness: 2px;
  text-underline-offset: 2px;
}
::highlight(cliniccheck-medium) {
  background-color: rgba(255, 176, 32, 0.3);
  text-decoration: underline wavy rgb(214, 120, 0);
  text-decoration-thickness: 1.5px;
  text-underline-offset: 2px;
}
::highlight(cliniccheck-low) {
  background-color: rgba(80, 150, 255, 0.25);
  text-decoration: underline dotted rgb(40, 110, 230);
  text-decoration-thickness: 2px;
  text-underline-offset: 2px;
}
::highlight(cliniccheck-current) {
  background-color: rgba(124, 58, 237, 0.32);
  text-decoration: underline solid rgb(124, 58, 237);
  text-decoration-thickness: 3px;
  text-underline-offset: 2px;
}
`;

/** Marks elements that are ClinicCheck's own, so scanners and observers skip them. */
export const OWN_UI_ATTRIBUTE = 'data-cliniccheck-ui';

/** Adds (or re-adds, if the page removed it) the highlight style element. */
export function ensureHighlightStyles(doc: Document, extraCss = ''): HTMLStyleElement {
  let style = doc.querySelector<HTMLStyleElement>(`style[${OWN_UI_ATTRIBUTE}="highlights"]`);
  if (!style) {
    style = doc.createElement('style');
    style.setAttribute(OWN_UI_ATTRIBUTE, 'highlights');
    style.textContent = HIGHLIGHT_CSS + extraCss;
    (doc.head ?? doc.documentElement).append(style);
  }
  return style;
}
