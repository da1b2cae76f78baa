import { termById } from '../lexicon/index.ts';
import type { Finding } from '../detect/types.ts';
import type { Page } from './pages.ts';

/** A readable report for one page: active findings first, then the ones not flagged and why. */
export function formatReport(file: string, page: Page, findings: readonly Finding[]): string {
  const active = findings.filter((f) => f.status === 'active');
  const suppressed = findings.filter((f) => f.status === 'suppressed');
  const title = String(page.id) === file || file.endsWith(String(page.id)) ? file : `${file} › ${page.id}`;
  const lines = [`${title}: ${active.length} claim${active.length === 1 ? '' : 's'}, ${suppressed.length} not flagged`];
  const lineStarts = lineIndex(page.text);
  for (const f of active) {
    const term = termById(f.termId)?.term ?? f.termId;
    lines.push(`  ${where(lineStarts, f.start)}  ${f.severity.padEnd(6)} ${f.category.padEnd(5)} ${JSON.stringify(oneLine(f.quote))}  (${term}; ${f.rule})`);
  }
  if (suppressed.length) {
    lines.push('  not flagged:');
    for (const f of suppressed) lines.push(`  ${where(lineStarts, f.start)}  ${f.reason ?? ''}: ${JSON.stringify(oneLine(f.quote))} (${f.termId})`);
  }
  return lines.join('\n') + '\n';
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ');
}

function lineIndex(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

/** `line:column`, both from 1. */
function where(starts: readonly number[], offset: number): string {
  let lo = 0, hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return `${lo + 1}:${offset - starts[lo]! + 1}`.padEnd(8);
}
