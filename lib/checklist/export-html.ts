/**
 * The checklist as a standalone HTML document with print styles: saved as a
 * file, or printed to PDF. Every piece of stored text is escaped and isolated
 * (lib/export/html.ts); the document carries no script.
 */
import { escapeHtml, htmlText } from '../export/html.ts';
import type { ClinicWithAnswers } from './format.ts';
import { clinicOrigin, clinicRows, sectionHeading, summaryLine } from './export-rows.ts';
import { ENGLISH_EXPORT_TEXTS, type ExportTexts } from './export-texts.ts';

/** Print styles shared with the print page (entrypoints/print). */
export const PRINT_CSS = `
body { font: 11pt/1.4 system-ui, sans-serif; color: #111; margin: 2em; }
h1 { font-size: 18pt; } h2 { font-size: 14pt; margin-top: 1.5em; } h3 { font-size: 12pt; }
table { border-collapse: collapse; width: 100%; margin-bottom: 1em; table-layout: fixed; }
thead th:nth-child(1) { width: 2.8em; } thead th:nth-child(2) { width: 50%; } thead th:nth-child(3) { width: 7.5em; }
th, td { border: 1px solid #999; padding: 4px 6px; text-align: start; vertical-align: top; }
td.note { white-space: pre-wrap; overflow-wrap: anywhere; }
@media print { body { margin: 0; } section.clinic { break-before: page; } section.clinic:first-of-type { break-before: auto; } tr { break-inside: avoid; } }
`;

function clinicHtml(item: ClinicWithAnswers, texts: ExportTexts): string {
  const parts = [`<section class="clinic"><h2>${htmlText(item.clinic.name)}</h2>`, `<p>${htmlText(clinicOrigin(item.clinic, texts))}: ${escapeHtml(summaryLine(item, texts))}</p>`];
  const [question, answer, note] = [texts.columns.question, texts.columns.answer, texts.columns.note].map(escapeHtml);
  let section = '';
  for (const row of clinicRows(item, texts)) {
    if (row.question.section !== section) {
      if (section) parts.push('</tbody></table>');
      section = row.question.section;
      parts.push(`<h3>${escapeHtml(sectionHeading(row.question))}</h3>`);
      parts.push(`<table><thead><tr><th scope="col">#</th><th scope="col">${question}</th><th scope="col">${answer}</th><th scope="col">${note}</th></tr></thead><tbody>`);
    }
    parts.push(`<tr><th scope="row">${row.question.id}</th><td>${escapeHtml(row.question.question)}</td><td>${escapeHtml(row.status)}</td><td class="note">${htmlText(row.note)}</td></tr>`);
  }
  parts.push('</tbody></table></section>');
  return parts.join('\n');
}

/** A complete HTML document for these clinics, exported at `now`. */
export function exportHtml(items: readonly ClinicWithAnswers[], now: number, texts: ExportTexts = ENGLISH_EXPORT_TEXTS): string {
  const title = escapeHtml(texts.title);
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(texts.lang)}"><head><meta charset="utf-8">`,
    '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'">',
    `<title>${title}</title><style>${PRINT_CSS}</style></head><body>`,
    `<h1>${title}</h1><p>${escapeHtml(texts.exported(new Date(now).toISOString().slice(0, 10)))}</p>`,
    ...items.map((item) => clinicHtml(item, texts)),
    '</body></html>',
    '',
  ].join('\n');
}
