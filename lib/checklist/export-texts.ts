/**
 * The words in exported checklist files: title, column names, statuses,
 * the per-clinic summary. lib/ has no browser and cannot translate, so the
 * exporters take these texts, English by default; the extension passes the
 * person's language (components/checklist/labels.ts). The English here must
 * equal locales/en.yml (checked in components/checklist/labels.test.ts).
 * Question texts are content (questions.ts) and stay English for now.
 */
import { STATUS_LABEL, type AnswerStatus } from './model.ts';
import type { ClinicSummary } from './summary.ts';

export interface ExportTexts {
  /** The language of these texts (BCP 47), for the HTML export's `lang`. */
  lang: string;
  /** "ClinicCheck checklist" */
  title: string;
  /** "Exported 2026-11-22." */
  exported: (date: string) => string;
  /** Table headings of the Markdown and HTML exports (after "#"). */
  columns: { question: string; answer: string; note: string };
  csvHeader: readonly string[];
  status: Record<AnswerStatus, string>;
  /** Shown instead of a domain for clinics added by hand. */
  addedByHand: string;
  /** "12 of 28 answered, 3 red flags, 1 unclear, 12 still to ask." */
  summary: (s: ClinicSummary) => string;
}

export const ENGLISH_EXPORT_TEXTS: ExportTexts = {
  lang: 'en',
  title: 'ClinicCheck checklist',
  exported: (date) => `Exported ${date}.`,
  columns: { question: 'Question', answer: 'Answer', note: 'Note' },
  csvHeader: ['Clinic', 'Site', 'Question', 'Section', 'Question text', 'Answer', 'Note', 'Answered at'],
  status: STATUS_LABEL,
  addedByHand: 'added by hand',
  summary: (s) => `${s.answered} of ${s.total} answered, ${s.redFlags} red flag${s.redFlags === 1 ? '' : 's'}, ${s.unclear} unclear, ${s.toAsk} still to ask.`,
};
