/**
 * Escaping untrusted text for HTML written into export files (the print
 * view's saved HTML). Inside the extension, Preact text nodes do this; files
 * built as strings need it explicitly.
 */

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
// Characters HTML does not allow in text (C0 controls other than TAB, LF, FF,
// CR; DEL), dropped rather than passed on to the parser.
const INVALID = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g;

/**
 * Escapes `& < > " '` so the text is safe both as element content and inside
 * a quoted attribute value. Right-to-left text is kept as is; wrap it in
 * `<bdi>` (see `htmlText`) so it cannot reorder the text around it.
 */
export function escapeHtml(text: string): string {
  return text.replace(INVALID, '').replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/**
 * Escaped text isolated in `<bdi>`, so right-to-left text and bidi control
 * characters in it stay inside their own box.
 */
export function htmlText(text: string): string {
  return `<bdi>${escapeHtml(text)}</bdi>`;
}
