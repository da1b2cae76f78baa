/**
 * One row per (clinic, question), shared by the CSV, Markdown and HTML
 * exporters so all three say the same thing.
 */
import type { Clinic } from './model.ts';
import { QUESTIONS, sectionById, type ChecklistQuestion } from './questions.ts';
import { statusOf, summarise } from './summary.ts';
import type { ClinicWithAnswers } from './format.ts';
import { ENGLISH_EXPORT_TEXTS, type ExportTexts } from './export-texts.ts';

export interface ExportRow {
  question: ChecklistQuestion;
  status: string;
  note: string;
  /** ISO time of the answer, '' when never answered. */
  answeredAt: string;
}

/** The 28 rows of one clinic, in checklist order. */
export function clinicRows({ answers }: ClinicWithAnswers, texts: ExportTexts = ENGLISH_EXPORT_TEXTS): ExportRow[] {
  return QUESTIONS.map((question) => {
    const a = answers[question.id];
    return {
      question,
      status: texts.status[statusOf(answers, question.id)],
      note: a?.note ?? '',
      answeredAt: a ? new Date(a.updatedAt).toISOString() : '',
    };
  });
}

/** "example.com" for site clinics, "added by hand" for others. */
export function clinicOrigin(clinic: Clinic, texts: ExportTexts = ENGLISH_EXPORT_TEXTS): string {
  return clinic.createdFrom === 'site' ? clinic.domain : texts.addedByHand;
}

/** "12 of 28 answered, 3 red flags, 16 still to ask." */
export function summaryLine(item: ClinicWithAnswers, texts: ExportTexts = ENGLISH_EXPORT_TEXTS): string {
  return texts.summary(summarise(item.answers));
}

/** "A. The treatment itself" */
export function sectionHeading(question: ChecklistQuestion): string {
  return `${question.section}. ${sectionById(question.section).title}`;
}
