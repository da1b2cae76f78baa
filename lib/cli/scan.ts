/**
 * `npm run scan -- [--format text|json|jsonl] FILE...`
 *
 * Scans .txt, .html and .jsonl files (one `{"id","text"}` page per line) with
 * the same engine the extension uses. `text` (default) prints a readable
 * report; `json` prints every finding, suppressed ones with their reason;
 * `jsonl` prints one line per page with the active findings, the format the
 * evaluation scores (keep it stable).
 */
import { pathToFileURL } from 'node:url';
import type { Finding } from '../detect/types.ts';
import { InputError, readPages, scanPage, toJsonlLine, type Page } from './pages.ts';
import { formatReport } from './report.ts';

const FORMATS = ['text', 'json', 'jsonl'] as const;
type Format = (typeof FORMATS)[number];

const USAGE = 'usage: npm run scan -- [--format text|json|jsonl] FILE...  (.txt, .html or .jsonl)';

/** Parses arguments; throws InputError with a clear message. */
export function parseArgs(argv: readonly string[]): { format: Format; files: string[] } {
  let format: Format = 'text';
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--format' || a.startsWith('--format=')) {
      const value = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (!FORMATS.includes(value as Format)) throw new InputError(`unknown --format "${value ?? ''}"; use text, json or jsonl`);
      format = value as Format;
    } else if (a === '--help' || a === '-h') {
      throw new InputError(USAGE);
    } else if (a.startsWith('--')) {
      throw new InputError(`unknown option ${a}\n${USAGE}`);
    } else files.push(a);
  }
  if (!files.length) throw new InputError(`no input files\n${USAGE}`);
  return { format, files };
}

/** Runs the command; returns the text to print. */
export function runScan(argv: readonly string[]): string {
  const { format, files } = parseArgs(argv);
  const results: { file: string; page: Page; findings: Finding[] }[] = [];
  for (const file of files) for (const page of readPages(file)) results.push({ file, page, findings: scanPage(page) });
  if (format === 'jsonl') return results.map((r) => toJsonlLine(r.page.id, r.findings)).join('\n') + '\n';
  if (format === 'json') {
    return JSON.stringify(results.map((r) => ({ file: r.file, id: r.page.id, findings: r.findings })), null, 2) + '\n';
  }
  return results.map((r) => formatReport(r.file, r.page, r.findings)).join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    process.stdout.write(runScan(process.argv.slice(2)));
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    process.stderr.write(`scan: ${e.message}\n`);
    process.exitCode = 2;
  }
}
