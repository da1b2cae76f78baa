/**
 * The `::highlight()` styles live in highlights.css, next to this file: the
 * content script's manifest CSS (see entrypoints/content/index.ts), so the
 * page never gets a <style> element inserted at runtime.
 */

/** Marks elements that are ClinicCheck's own, so scanners and observers skip them. */
export const OWN_UI_ATTRIBUTE = 'data-cliniccheck-ui';
