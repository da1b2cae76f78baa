/** The checklist as a Markdown report: per clinic a summary and one table per section. */
import { escapeMarkdown, mdTableCell } from '../export/markdown.ts';
import type { ClinicWithAnswers } from './format.ts';
import { clinicOrigin, clinicRows, sectionHeading, summaryLine } from './export-rows.ts';

function clinicMarkdown(item: ClinicWithAnswers): string[] {
  const lines = [`## ${escapeMarkdown(item.clinic.name)}`, '', `${escapeMarkdown(clinicOrigin(item.clinic))}: ${escapeMarkdown(summaryLine(item))}`];
  let section = '';
  for (const row of clinicRows(item)) {
    if (row.question.section !== section) {
      section = row.question.section;
      lines.push('', `### ${escapeMarkdown(sectionHeading(row.question))}`, '', '| # | Question | Answer | Note |', '|---|---|---|---|');
    }
    lines.push(`| ${row.question.id} | ${mdTableCell(row.question.question)} | ${mdTableCell(row.status)} | ${mdTableCell(row.note)} |`);
  }
  return [...lines, ''];
}

/** A Markdown document for these clinics, exported at `now`. */
export function exportMarkdown(items: readonly ClinicWithAnswers[], now: number): string {
  const head = ['# ClinicCheck checklist', '', escapeMarkdown(`Exported ${new Date(now).toISOString().slice(0, 10)}.`), ''];
  return [...head, ...items.flatMap(clinicMarkdown)].join('\n');
}
