import type { Block } from '../detect/types.ts';

/**
 * A small HTML-to-text reader for the command line (no DOM library): keeps
 * block boundaries (paragraphs, headings, list items, cells) as `Block`s,
 * joins inline elements without a break (so `stem <b>cell</b>` stays one
 * phrase), decodes entities, and skips script, style, noscript, template,
 * svg and comments. Not a full HTML parser; good enough for saved pages.
 */
export function htmlToText(html: string): { text: string; blocks: Block[] } {
  const parts: string[] = [];
  const blocks: Block[] = [];
  let length = 0;
  let current = '';
  let heading = 0;
  let currentIsHeading = false;

  const endBlock = () => {
    const trimmed = current.replace(/\s+/g, ' ').trim();
    if (trimmed) {
      if (length) { parts.push('\n'); length += 1; }
      blocks.push({ start: length, end: length + trimmed.length, ...(currentIsHeading ? { heading: true } : {}) });
      parts.push(trimmed);
      length += trimmed.length;
    }
    current = '';
    currentIsHeading = heading > 0;
  };

  const lower = html.toLowerCase();
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    const chunk = lt < 0 ? html.slice(i) : html.slice(i, lt);
    if (chunk) current += decodeEntities(chunk);
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      i = close < 0 ? html.length : close + 3;
      continue;
    }
    const gt = findTagEnd(html, lt + 1);
    const tag = html.slice(lt + 1, gt);
    i = gt + 1;
    const m = /^(\/?)([a-zA-Z][a-zA-Z0-9-]*)/.exec(tag);
    if (!m) {
      if (/^[!?]/.test(tag)) continue; // doctype, processing instruction
      current += '<';
      i = lt + 1;
      continue;
    }
    const closing = m[1] === '/';
    const name = m[2]!.toLowerCase();
    if (!closing && SKIP.has(name)) {
      const close = lower.indexOf(`</${name}`, i);
      i = close < 0 ? html.length : findTagEnd(html, close + 1) + 1;
      continue;
    }
    if (BLOCK.has(name) || HEADING.has(name)) {
      endBlock();
      if (HEADING.has(name)) {
        heading = Math.max(0, heading + (closing ? -1 : 1));
        currentIsHeading = heading > 0;
      }
    } else if (name === 'img' && !closing) {
      // Alternative text is read by people using screen readers: it counts.
      const alt = /\balt\s*=\s*("([^"]*)"|'([^']*)')/i.exec(tag);
      if (alt) current += ' ' + decodeEntities(alt[2] ?? alt[3] ?? '') + ' ';
    }
  }
  endBlock();
  return { text: parts.join(''), blocks };
}

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'textarea', 'select']);
const HEADING = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'title']);
const BLOCK = new Set([
  'p', 'div', 'br', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'tr', 'td', 'th', 'table', 'thead', 'tbody', 'section',
  'article', 'header', 'footer', 'nav', 'aside', 'main', 'blockquote', 'pre', 'figure', 'figcaption', 'hr',
  'form', 'fieldset', 'legend', 'address', 'details', 'summary', 'body', 'html', 'caption', 'button', 'option',
]);

/** Index of the `>` closing a tag, skipping quoted attribute values. */
function findTagEnd(html: string, i: number): number {
  let quote = '';
  for (; i < html.length; i++) {
    const c = html[i]!;
    if (quote) { if (c === quote) quote = ''; }
    else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i;
  }
  return html.length;
}

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', shy: '\u00ad', rsquo: '’', lsquo: '‘',
  rdquo: '”', ldquo: '“', ndash: '–', mdash: '—', hellip: '…', zwj: '\u200d', zwnj: '\u200c', eacute: 'é',
  egrave: 'è', aacute: 'á', oacute: 'ó', uacute: 'ú', iacute: 'í', ntilde: 'ñ', uuml: 'ü', ouml: 'ö',
  auml: 'ä', ccedil: 'ç', copy: '©', reg: '®', trade: '™', deg: '°', middot: '·', bull: '•', times: '×',
};

/** Decodes character references; unknown names are left as written. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}
