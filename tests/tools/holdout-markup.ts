/**
 * Parser for the hand-labeled holdout pages (tests/fixtures/holdout/pages/*.txt).
 *
 * Source format, chosen so a reviewer can read the labels in place:
 *   line 1:  `# id: <id>; kind: marketing|control; topic: <topic>; url: <https://....example/...>`
 *   rest:    page text, with each claim marked inline as `[[CAT: claim text]]`.
 * The markers are stripped and their positions become UTF-16 offsets
 * (end exclusive) into the clean text, the same format as the dev corpus.
 */

/** The eleven claim categories of the labeling guideline. */
export const CATEGORIES = ['SCT', 'BIO', 'PERM', 'EFF', 'SAFE', 'SCI', 'REG', 'STAT', 'INV', 'TEST', 'PRESS'] as const;
export type Category = (typeof CATEGORIES)[number];

/** One labeled claim: `quote === text.slice(start, end)`. */
export interface HoldoutSpan {
  start: number;
  end: number;
  category: Category;
  quote: string;
}

/** One page in the corpus line format. */
export interface HoldoutPage {
  id: string;
  kind: 'marketing' | 'control';
  url: string;
  topic: string;
  text: string;
  spans: HoldoutSpan[];
}

/** A markup mistake, reported with file and line so it can be fixed in the source. */
export class MarkupError extends Error {}

const HEADER_KEYS = ['id', 'kind', 'topic', 'url'] as const;

function parseHeader(line: string, where: string): Omit<HoldoutPage, 'text' | 'spans'> {
  if (!line.startsWith('# ')) throw new MarkupError(`${where}:1: first line must be "# id: ...; kind: ...; topic: ...; url: ..."`);
  const fields = new Map<string, string>();
  for (const part of line.slice(2).split(';')) {
    const m = /^\s*(\w+):\s*(.*?)\s*$/.exec(part);
    if (!m) throw new MarkupError(`${where}:1: bad header field "${part.trim()}"`);
    fields.set(m[1]!, m[2]!);
  }
  for (const key of HEADER_KEYS) if (!fields.get(key)) throw new MarkupError(`${where}:1: header lacks "${key}"`);
  const kind = fields.get('kind');
  if (kind !== 'marketing' && kind !== 'control') throw new MarkupError(`${where}:1: kind must be marketing or control, not "${kind}"`);
  const url = fields.get('url')!;
  if (!/^https:\/\/[a-z0-9.-]+\.example(\/|$)/.test(url)) throw new MarkupError(`${where}:1: url must be on an invented .example domain`);
  return { id: fields.get('id')!, kind, topic: fields.get('topic')!, url };
}

/** Line number (1-based, counting the header) of an offset in the body, for error messages. */
function lineOf(body: string, offset: number): number {
  return body.slice(0, offset).split('\n').length + 1;
}

/** Converts one annotated source file into a corpus page; throws MarkupError on any markup problem. */
export function parseHoldoutSource(source: string, where: string): HoldoutPage {
  const newline = source.indexOf('\n');
  if (newline < 0) throw new MarkupError(`${where}: no text after the header`);
  const header = parseHeader(source.slice(0, newline).replace(/\r$/, ''), where);
  const body = source.slice(newline + 1).replace(/\r\n/g, '\n').trim();
  const open = /\[\[([A-Za-z]*):? ?/y;
  let text = '';
  const spans: HoldoutSpan[] = [];
  let i = 0;
  while (i < body.length) {
    const nextOpen = body.indexOf('[[', i);
    const nextClose = body.indexOf(']]', i);
    if (nextClose >= 0 && (nextOpen < 0 || nextClose < nextOpen)) throw new MarkupError(`${where}:${lineOf(body, nextClose)}: "]]" without "[["`);
    if (nextOpen < 0) {
      text += body.slice(i);
      break;
    }
    text += body.slice(i, nextOpen);
    open.lastIndex = nextOpen;
    const m = open.exec(body)!;
    const category = m[1]!;
    if (!(CATEGORIES as readonly string[]).includes(category)) throw new MarkupError(`${where}:${lineOf(body, nextOpen)}: unknown category "${category}"`);
    const contentStart = open.lastIndex;
    const close = body.indexOf(']]', contentStart);
    if (close < 0) throw new MarkupError(`${where}:${lineOf(body, nextOpen)}: "[[" never closed`);
    const quote = body.slice(contentStart, close);
    if (quote.includes('[[')) throw new MarkupError(`${where}:${lineOf(body, nextOpen)}: nested "[["`);
    if (quote.includes('\n')) throw new MarkupError(`${where}:${lineOf(body, nextOpen)}: a claim must not cross a line`);
    if (!quote.trim() || quote !== quote.trim()) throw new MarkupError(`${where}:${lineOf(body, nextOpen)}: claim text empty or padded with spaces`);
    spans.push({ start: text.length, end: text.length + quote.length, category: category as Category, quote });
    text += quote;
    i = close + 2;
  }
  return { ...header, text, spans };
}

/** Serialises pages as JSONL, one page per line, in the given order. */
export function toJsonl(pages: readonly HoldoutPage[]): string {
  return pages.map((p) => JSON.stringify({ id: p.id, kind: p.kind, url: p.url, topic: p.topic, text: p.text, spans: p.spans })).join('\n') + '\n';
}
