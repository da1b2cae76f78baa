/**
 * Escaping untrusted text (page quotes, notes, imported names) for Markdown
 * reports, so it renders as the same plain text and never as links, images,
 * headings, lists, tables, code or raw HTML.
 */

// Every ASCII punctuation character CommonMark could give a meaning to; a
// backslash before any ASCII punctuation is always a literal (CommonMark 2.4).
const MARKDOWN_SPECIAL = /[\\`*_{}[\]()#+\-.!|<>~=&]/g;
// Bidi embeddings, overrides and isolates can visually reorder the text that
// follows them in the report ("Trojan Source"); ordinary right-to-left letters stay.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
// C0 controls other than TAB and LF, and DEL: invisible, and some renderers choke.
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F]/g;

function clean(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(BIDI_CONTROLS, '').replace(CONTROLS, '');
}

/**
 * Escapes text for use inline in a Markdown paragraph. Line breaks are kept
 * as hard breaks (a trailing backslash), and the start of each line is made
 * neutral: leading spaces (which would make a code block) are dropped, and
 * list, heading, quote and table markers are already escaped.
 */
export function escapeMarkdown(text: string): string {
  return clean(text)
    .split('\n')
    .map((line) => line.replace(/^[ \t]+/, '').replace(MARKDOWN_SPECIAL, '\\$&'))
    .join('\\\n');
}

/**
 * Escapes text for one cell of a GitHub-flavoured Markdown table: everything
 * `escapeMarkdown` does, with line breaks turned into `<br>` (a table row
 * must stay on one line) and surrounding whitespace trimmed.
 */
export function mdTableCell(text: string): string {
  return clean(text)
    .split('\n')
    .map((line) => line.trim().replace(MARKDOWN_SPECIAL, '\\$&'))
    .join('<br>');
}
