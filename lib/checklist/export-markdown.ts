/** The checklist as a Markdown report: per clinic a summary and one table per section. */
import { escapeMarkdown, mdTableCell } from '../export/markdown.ts';
import type { ClinicWithAnswers } from './format.ts';
import { clinicOrigin, clinicRows, sectionHeading, summaryLine } from './export-rows.ts';
import { ENGLISH_EXPORT_TEXTS, type ExportTexts } from './export-texts.ts';

function clinicMarkdown(item: ClinicWithAnswers, texts: ExportTexts): string[] {
  const lines = [`## ${escapeMarkdown(item.clinic.name)}`, '', `${escapeMarkdown(clinicOrigin(item.clinic, texts))}: ${escapeMarkdown(summaryLine(item, texts))}`];
  const { question, answer, note } = texts.columns;
  let section = '';
  for (const row of clinicRows(item, texts)) {
    if (row.question.section !== section) {
      section = row.question.section;
      lines.push('', `### ${escapeMarkdown(sectionHeading(row.question))}`, '', `| # | ${mdTableCell(question)} | ${mdTableCell(answer)} | ${mdTableCell(note)} |`, '|---|---|---|---|');
    }
    lines.push(`| ${row.question.id} | ${mdTableCell(row.question.question)} | ${mdTableCell(row.status)} | ${mdTableCell(row.note)} |`);
  }
  return [...lines, ''];
}

/** A Markdown document for these clinics, exported at `now`. */
export function exportMarkdown(items: readonly ClinicWithAnswers[], now: number, texts: ExportTexts = ENGLISH_EXPORT_TEXTS): string {
  const head = [`# ${escapeMarkdown(texts.title)}`, '', escapeMarkdown(texts.exported(new Date(now).toISOString().slice(0, 10))), ''];
  return [...head, ...items.flatMap((item) => clinicMarkdown(item, texts))].join('\n');
}
