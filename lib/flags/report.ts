import { toCsv } from '../export/csv.ts';
import { escapeMarkdown } from '../export/markdown.ts';
import { sortFlags } from './model.ts';
import { ENGLISH_REPORT_TEXTS, type FlagsReportTexts } from './report-texts.ts';
import type { Flag } from './types.ts';
import { siteOf } from './url.ts';
import { categoryLabel } from './category-label.ts';

export { categoryLabel };

/**
 * Flags as CSV rows for a spreadsheet, one flag per row, newest first.
 * Escaping and formula neutralisation come from lib/export/csv.ts.
 */
export function flagsToCsv(flags: readonly Flag[], texts: FlagsReportTexts = ENGLISH_REPORT_TEXTS): string {
  const rows = sortFlags(flags).map((f) => {
    const [quote, position] = f.selectors;
    return [
      siteOf(f.url),
      f.url,
      f.title,
      quote.exact,
      categoryLabel(f.category, texts.other),
      f.severity,
      f.note,
      f.createdAt,
      f.updatedAt,
      f.origin,
      f.termId ?? '',
      quote.prefix,
      quote.suffix,
      String(position.start),
      String(position.end),
      f.id,
    ];
  });
  return toCsv([[...texts.csvHeader], ...rows]);
}

/** Groups flags by site (sites A→Z), keeping each group newest first. */
export function groupBySite(flags: readonly Flag[]): Array<[site: string, flags: Flag[]]> {
  const groups = new Map<string, Flag[]>();
  for (const flag of sortFlags(flags)) {
    const site = siteOf(flag.url);
    groups.set(site, [...(groups.get(site) ?? []), flag]);
  }
  return [...groups].sort(([a], [b]) => a.localeCompare(b));
}

/** Whitespace runs (page source indentation, line breaks) as single spaces. */
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * A Markdown report: one section per site, one entry per flag with the
 * quote, category, severity, page and note. Every piece of page text or
 * note is escaped, so the report shows it as plain text.
 */
export function flagsToMarkdown(flags: readonly Flag[], now: Date, texts: FlagsReportTexts = ENGLISH_REPORT_TEXTS): string {
  const lines = [`# ${escapeMarkdown(texts.title)}`, '', texts.exported(flags.length, now.toISOString())];
  for (const [site, group] of groupBySite(flags)) {
    lines.push('', `## ${escapeMarkdown(site)}`, '');
    for (const f of group) {
      lines.push(
        `- **“${escapeMarkdown(squash(f.selectors[0].exact))}”**`,
        `  - ${texts.categoryLine(escapeMarkdown(categoryLabel(f.category, texts.other)), f.severity)}`,
        `  - ${texts.pageLine(escapeMarkdown(squash(f.title) || f.url), escapeMarkdown(f.url))}`,
        `  - ${texts.flaggedLine(escapeMarkdown(f.createdAt.slice(0, 10)))}`,
      );
      if (f.note.trim()) lines.push(`  - ${texts.noteLine(escapeMarkdown(squash(f.note)))}`);
    }
  }
  return lines.join('\n') + '\n';
}
