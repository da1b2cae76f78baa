import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { detect } from '../detect/index.ts';
import type { Block, Finding } from '../detect/types.ts';
import { htmlToText } from './html-to-text.ts';

/** One text to scan: a .txt or .html file, or one line of a .jsonl file. */
export interface Page {
  /** As written in the input (a .jsonl id may be a number), or the file name. */
  id: string | number;
  text: string;
  blocks?: Block[];
}

/** A clear, user-facing input error (the command prints it and exits 2). */
export class InputError extends Error {}

/** Reads the pages in a .txt, .html/.htm or .jsonl file. */
export function readPages(path: string): Page[] {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (e) {
    throw new InputError(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const ext = extname(path).toLowerCase();
  if (ext === '.txt' || ext === '.text') return [{ id: basename(path), text: raw }];
  if (ext === '.html' || ext === '.htm') return [{ id: basename(path), ...htmlToText(raw) }];
  if (ext === '.jsonl') return parseJsonl(raw, path);
  throw new InputError(`${path}: unsupported file type "${ext || '(none)'}"; use .txt, .html or .jsonl`);
}

/** Parses `{"id", "text"}` lines; blank lines are skipped, anything else is an error with its line number. */
export function parseJsonl(raw: string, path: string): Page[] {
  const pages: Page[] = [];
  const lines = raw.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!.trim();
    if (!line) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new InputError(`${path}:${n + 1}: not valid JSON`);
    }
    const v = value as { id?: unknown; text?: unknown };
    if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new InputError(`${path}:${n + 1}: expected an object {"id", "text"}`);
    if (typeof v.id !== 'string' && typeof v.id !== 'number') throw new InputError(`${path}:${n + 1}: "id" must be a string or number`);
    if (typeof v.text !== 'string') throw new InputError(`${path}:${n + 1}: "text" must be a string`);
    pages.push({ id: v.id, text: v.text });
  }
  return pages;
}

/** Scans one page with the engine. */
export function scanPage(page: Page): Finding[] {
  return detect(page.text, page.blocks ? { blocks: page.blocks } : {});
}

/** The stable measuring format: active findings only, UTF-16 offsets, end exclusive. */
export function toJsonlLine(id: string | number, findings: readonly Finding[]): string {
  return JSON.stringify({
    id,
    findings: findings
      .filter((f) => f.status === 'active')
      .map(({ start, end, category, termId, severity, quote }) => ({ start, end, category, termId, severity, quote })),
  });
}
