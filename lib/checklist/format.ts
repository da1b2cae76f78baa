/**
 * The checklist's JSON export format, version 1. It is also the import
 * format, so a file round-trips exactly. Times are ISO 8601 strings.
 *
 * {
 *   "format": "cliniccheck-checklist", "schemaVersion": 1,
 *   "exportedAt": "2026-11-22T04:00:00.000Z",
 *   "clinics": [{ "id": "site:example.com", "name": "...", "domain": "example.com",
 *     "createdFrom": "site", "createdAt": "...", "updatedAt": "...",
 *     "answers": { "Q1": { "status": "red-flag", "note": "...", "updatedAt": "..." } } }]
 * }
 */
import type { QuestionId } from '../lexicon/types.ts';
import { isEmptyAnswer, type AnswerMap, type AnswerStatus, type Clinic } from './model.ts';
import { QUESTIONS } from './questions.ts';

export const EXPORT_FORMAT = 'cliniccheck-checklist';
export const SCHEMA_VERSION = 1;

export interface ExportedAnswer {
  status: AnswerStatus;
  note: string;
  updatedAt: string;
}

export interface ExportedClinic {
  id: string;
  name: string;
  domain: string;
  createdFrom: 'site' | 'manual';
  createdAt: string;
  updatedAt: string;
  answers: Partial<Record<QuestionId, ExportedAnswer>>;
}

export interface ChecklistExport {
  format: typeof EXPORT_FORMAT;
  schemaVersion: typeof SCHEMA_VERSION;
  exportedAt: string;
  clinics: ExportedClinic[];
}

/** A clinic with its answers, as the storage layer hands them out. */
export interface ClinicWithAnswers {
  clinic: Clinic;
  answers: AnswerMap;
}

const iso = (ms: number) => new Date(ms).toISOString();

/** One clinic in export form; empty answers (not asked, no note) are left out. */
export function exportClinic({ clinic, answers }: ClinicWithAnswers): ExportedClinic {
  const out: ExportedClinic['answers'] = {};
  for (const q of QUESTIONS) {
    const a = answers[q.id];
    if (a && !isEmptyAnswer(a)) out[q.id] = { status: a.status, note: a.note, updatedAt: iso(a.updatedAt) };
  }
  return {
    id: clinic.id,
    name: clinic.name,
    domain: clinic.domain,
    createdFrom: clinic.createdFrom,
    createdAt: iso(clinic.createdAt),
    updatedAt: iso(clinic.updatedAt),
    answers: out,
  };
}

/** The whole export document for these clinics. */
export function buildExport(items: readonly ClinicWithAnswers[], now: number): ChecklistExport {
  return { format: EXPORT_FORMAT, schemaVersion: SCHEMA_VERSION, exportedAt: iso(now), clinics: items.map(exportClinic) };
}

/** The export as pretty-printed JSON text. */
export function exportJson(items: readonly ClinicWithAnswers[], now: number): string {
  return `${JSON.stringify(buildExport(items, now), null, 2)}\n`;
}

/** Back from export form to records (the validator has checked every field). */
export function importedToRecords(c: ExportedClinic): ClinicWithAnswers {
  const answers: AnswerMap = {};
  for (const [id, a] of Object.entries(c.answers) as Array<[QuestionId, ExportedAnswer]>) {
    answers[id] = { status: a.status, note: a.note, updatedAt: Date.parse(a.updatedAt) };
  }
  return {
    clinic: {
      id: c.id,
      name: c.name,
      domain: c.domain,
      createdFrom: c.createdFrom,
      createdAt: Date.parse(c.createdAt),
      updatedAt: Date.parse(c.updatedAt),
    },
    answers,
  };
}
