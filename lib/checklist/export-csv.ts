/** The checklist as CSV: one row per clinic and question, for spreadsheets. */
import { toCsv } from '../export/csv.ts';
import type { ClinicWithAnswers } from './format.ts';
import { clinicOrigin, clinicRows } from './export-rows.ts';
import { sectionById } from './questions.ts';
import { ENGLISH_EXPORT_TEXTS, type ExportTexts } from './export-texts.ts';

export const CSV_HEADER = ENGLISH_EXPORT_TEXTS.csvHeader;

/** RFC 4180 CSV with a BOM, every cell formula-neutralised (lib/export/csv.ts). */
export function exportCsv(items: readonly ClinicWithAnswers[], texts: ExportTexts = ENGLISH_EXPORT_TEXTS): string {
  const rows = items.flatMap((item) =>
    clinicRows(item, texts).map((r) => [
      item.clinic.name,
      clinicOrigin(item.clinic, texts),
      r.question.id,
      sectionById(r.question.section).title,
      r.question.question,
      r.status,
      r.note,
      r.answeredAt,
    ]),
  );
  return toCsv([[...texts.csvHeader], ...rows]);
}
