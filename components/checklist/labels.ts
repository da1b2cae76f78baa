/**
 * Translated labels for checklist values that lib/checklist keeps as data
 * (statuses, summaries, import plans). lib/ stays free of browser APIs, so
 * the UI turns its values into words here; lib's English versions serve the
 * exported files.
 */
import { i18n } from '#i18n';
import { ANSWER_STATUSES, type AnswerStatus, type Clinic } from '../../lib/checklist/model.ts';
import type { ClinicWithAnswers } from '../../lib/checklist/format.ts';
import type { ImportPlan } from '../../lib/checklist/import-plan.ts';
import type { ImportFailure } from '../../lib/checklist/validate.ts';
import type { ExportTexts } from '../../lib/checklist/export-texts.ts';
import { clinicOrigin, summaryLine } from '../../lib/checklist/export-rows.ts';

const STATUS_KEYS = {
  reassuring: 'checklist.status.reassuring',
  'red-flag': 'checklist.status.redFlag',
  unclear: 'checklist.status.unclear',
  'not-asked': 'checklist.status.notAsked',
} as const satisfies Record<AnswerStatus, string>;

/** "Red flag" for `red-flag`. */
export function statusLabel(status: AnswerStatus): string {
  return i18n.t(STATUS_KEYS[status]);
}

/** The words of exported files and the print view, in the browser's language. */
export function exportTexts(): ExportTexts {
  return {
    lang: i18n.t('common.lang'),
    title: i18n.t('export.title'),
    exported: (date) => i18n.t('export.exported', { date }),
    columns: { question: i18n.t('export.column.question'), answer: i18n.t('export.column.answer'), note: i18n.t('export.column.note') },
    csvHeader: [
      i18n.t('export.csv.clinic'),
      i18n.t('export.csv.site'),
      i18n.t('export.csv.question'),
      i18n.t('export.csv.section'),
      i18n.t('export.csv.questionText'),
      i18n.t('export.csv.answer'),
      i18n.t('export.csv.note'),
      i18n.t('export.csv.answeredAt'),
    ],
    status: Object.fromEntries(ANSWER_STATUSES.map((s) => [s, statusLabel(s)])) as Record<AnswerStatus, string>,
    addedByHand: i18n.t('checklist.addedByHand'),
    summary: (s) => i18n.t('checklist.summaryLine', s.redFlags, { answered: s.answered, total: s.total, unclear: s.unclear, toAsk: s.toAsk }),
  };
}

/** "example.com" for site clinics, "added by hand" for others. */
export function originLabel(clinic: Clinic): string {
  return clinicOrigin(clinic, exportTexts());
}

/** "12 of 28 answered, 3 red flags, 1 unclear, 12 still to ask." */
export function summaryText(item: ClinicWithAnswers): string {
  return summaryLine(item, exportTexts());
}

/** "2 clinics to add, 1 to replace, 3 duplicates skipped." */
export function planText(plan: ImportPlan): string {
  return i18n.t('options.import.plan', {
    add: i18n.t('options.import.planAdd', plan.toAdd.length),
    replace: i18n.t('options.import.planReplace', { count: plan.toReplace.length }),
    skipped: i18n.t('options.import.planSkipped', plan.duplicatesSkipped),
  });
}

/**
 * Why an import file was refused, in the person's language. Field-by-field
 * problems (`invalid`: "clinics[2].answers.Q5.status is ...") name JSON
 * fields and stay in English, inside a translated sentence (options.import.refused).
 */
export function importErrorText({ code, params, error }: ImportFailure): string {
  const p = (name: string) => params[name] ?? '';
  switch (code) {
    case 'too-large':
      return i18n.t('options.importError.tooLarge', { size: p('size'), limit: p('limit') });
    case 'empty':
      return i18n.t('options.importError.empty');
    case 'not-json':
      return i18n.t('options.importError.notJson', { detail: p('detail') });
    case 'not-checklist':
      return i18n.t('options.importError.notChecklist');
    case 'wrong-format':
      return i18n.t('options.importError.wrongFormat', { format: p('format') });
    case 'flags-export':
      return i18n.t('options.importError.flagsExport', { format: p('format') });
    case 'bad-version':
      return i18n.t('options.importError.badVersion', { version: p('version') });
    case 'newer-version':
      return i18n.t('options.importError.newerVersion', { version: p('version'), supported: p('supported') });
    case 'too-many':
      return i18n.t('options.importError.tooMany', { count: p('count'), limit: p('limit') });
    case 'invalid':
      return error;
  }
}
