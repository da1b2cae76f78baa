/** The checklist as CSV: one row per clinic and question, for spreadsheets. */
import { toCsv } from '../export/csv.ts';
import type { ClinicWithAnswers } from './format.ts';
import { clinicOrigin, clinicRows } from './export-rows.ts';
import { sectionById } from './questions.ts';

export const CSV_HEADER = ['Clinic', 'Site', 'Question', 'Section', 'Question text', 'Answer', 'Note', 'Answered at'];

/** RFC 4180 CSV with a BOM, every cell formula-neutralised (lib/export/csv.ts). */
export function exportCsv(items: readonly ClinicWithAnswers[]): string {
  const rows = items.flatMap((item) =>
    clinicRows(item).map((r) => [
      item.clinic.name,
      clinicOrigin(item.clinic),
      r.question.id,
      sectionById(r.question.section).title,
      r.question.question,
      r.status,
      r.note,
      r.answeredAt,
    ]),
  );
  return toCsv([CSV_HEADER, ...rows]);
}
