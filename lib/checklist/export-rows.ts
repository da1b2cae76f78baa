/**
 * One row per (clinic, question), shared by the CSV, Markdown and HTML
 * exporters so all three say the same thing.
 */
import { STATUS_LABEL, type Clinic } from './model.ts';
import { QUESTIONS, sectionById, type ChecklistQuestion } from './questions.ts';
import { statusOf, summarise } from './summary.ts';
import type { ClinicWithAnswers } from './format.ts';

export interface ExportRow {
  question: ChecklistQuestion;
  status: string;
  note: string;
  /** ISO time of the answer, '' when never answered. */
  answeredAt: string;
}

/** The 28 rows of one clinic, in checklist order. */
export function clinicRows({ answers }: ClinicWithAnswers): ExportRow[] {
  return QUESTIONS.map((question) => {
    const a = answers[question.id];
    return {
      question,
      status: STATUS_LABEL[statusOf(answers, question.id)],
      note: a?.note ?? '',
      answeredAt: a ? new Date(a.updatedAt).toISOString() : '',
    };
  });
}

/** "example.com" for site clinics, "added by hand" for others. */
export function clinicOrigin(clinic: Clinic): string {
  return clinic.createdFrom === 'site' ? clinic.domain : 'added by hand';
}

/** "12 of 28 answered, 3 red flags, 16 still to ask." */
export function summaryLine(item: ClinicWithAnswers): string {
  const s = summarise(item.answers);
  return `${s.answered} of ${s.total} answered, ${s.redFlags} red flag${s.redFlags === 1 ? '' : 's'}, ${s.unclear} unclear, ${s.toAsk} still to ask.`;
}

/** "A. The treatment itself" */
export function sectionHeading(question: ChecklistQuestion): string {
  return `${question.section}. ${sectionById(question.section).title}`;
}
