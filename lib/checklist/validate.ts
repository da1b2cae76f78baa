/**
 * Checks an imported checklist file before anything is stored. Every value
 * is untrusted: the checks give precise messages ("clinics[2].answers.Q5.status
 * is "maybe"...") and build fresh objects from known keys only, so keys such
 * as `__proto__` can never reach an object's prototype.
 */
import { isQuestionId } from './questions.ts';
import { ANSWER_STATUSES, LIMITS, isClinicId, type AnswerStatus } from './model.ts';
import { EXPORT_FORMAT, SCHEMA_VERSION, type ChecklistExport, type ExportedAnswer, type ExportedClinic } from './format.ts';
import { migrateExport } from './migrations.ts';
import type { QuestionId } from '../lexicon/types.ts';

/** Largest file accepted: far above a real export (28 questions × notes × clinics). */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
export const MAX_CLINICS = 2000;

/**
 * Why a file was refused, for the UI to word in the person's language
 * (components/checklist/labels.ts). `message` is the English text; `invalid`
 * covers the field-by-field checks, whose message names the field.
 */
export type ImportErrorCode = 'too-large' | 'empty' | 'not-json' | 'not-checklist' | 'wrong-format' | 'flags-export' | 'bad-version' | 'newer-version' | 'too-many' | 'invalid';
export type ImportErrorParams = Record<string, string | number>;

class ImportError extends Error {
  constructor(message: string, readonly code: ImportErrorCode = 'invalid', readonly params: ImportErrorParams = {}) {
    super(message);
  }
}
type Obj = Record<string, unknown>;
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
const DOMAIN = /^[a-z0-9.-]{1,253}$/;

const show = (v: unknown) => (typeof v === 'string' ? JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v) : Array.isArray(v) ? 'a list' : v === null ? 'null' : typeof v);

function object(value: unknown, path: string, keys: readonly string[], required = keys): Obj {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ImportError(`${path} should be an object but is ${show(value)}.`);
  for (const key of Object.keys(value)) {
    if (FORBIDDEN.has(key)) throw new ImportError(`${path} contains the forbidden key "${key}".`);
    if (!keys.includes(key)) throw new ImportError(`${path} has an unknown field "${key.slice(0, 40)}".`);
  }
  for (const key of required) if (!(key in value)) throw new ImportError(`${path}.${key} is missing.`);
  return value as Obj;
}

function text(value: unknown, path: string, max: number, min = 0): string {
  if (typeof value !== 'string') throw new ImportError(`${path} should be text but is ${show(value)}.`);
  if (value.length > max) throw new ImportError(`${path} is ${value.length} characters long; the limit is ${max}.`);
  if (value.trim().length < min) throw new ImportError(`${path} is empty.`);
  return value;
}

function time(value: unknown, path: string): string {
  const s = text(value, path, 40);
  if (!ISO.test(s) || !Number.isFinite(Date.parse(s))) throw new ImportError(`${path} is not a date and time (${show(s)}).`);
  return s;
}

function answer(value: unknown, path: string): ExportedAnswer {
  const a = object(value, path, ['status', 'note', 'updatedAt']);
  if (!(ANSWER_STATUSES as readonly unknown[]).includes(a.status)) {
    throw new ImportError(`${path}.status is ${show(a.status)}; expected one of ${ANSWER_STATUSES.join(', ')}.`);
  }
  return { status: a.status as AnswerStatus, note: text(a.note, `${path}.note`, LIMITS.note), updatedAt: time(a.updatedAt, `${path}.updatedAt`) };
}

function clinic(value: unknown, path: string): ExportedClinic {
  const c = object(value, path, ['id', 'name', 'domain', 'createdFrom', 'createdAt', 'updatedAt', 'answers']);
  if (!isClinicId(c.id)) throw new ImportError(`${path}.id ${show(c.id)} is not a ClinicCheck clinic id.`);
  const createdFrom = c.id.startsWith('site:') ? 'site' : 'manual';
  if (c.createdFrom !== createdFrom) throw new ImportError(`${path}.createdFrom should be "${createdFrom}" for id ${show(c.id)}.`);
  const domain = text(c.domain, `${path}.domain`, LIMITS.domain);
  const expectedDomain = createdFrom === 'site' ? c.id.slice('site:'.length) : '';
  if (domain !== expectedDomain || (domain && !DOMAIN.test(domain))) throw new ImportError(`${path}.domain ${show(domain)} does not match the clinic id.`);
  const rawAnswers = object(c.answers, `${path}.answers`, Object.keys(c.answers ?? {}), []);
  const answers: Partial<Record<QuestionId, ExportedAnswer>> = {};
  for (const [qid, a] of Object.entries(rawAnswers)) {
    if (!isQuestionId(qid)) throw new ImportError(`${path}.answers has an unknown question ${show(qid)}.`);
    answers[qid] = answer(a, `${path}.answers.${qid}`);
  }
  return {
    id: c.id,
    name: text(c.name, `${path}.name`, LIMITS.name, 1),
    domain,
    createdFrom,
    createdAt: time(c.createdAt, `${path}.createdAt`),
    updatedAt: time(c.updatedAt, `${path}.updatedAt`),
    answers,
  };
}

function document(value: unknown): ChecklistExport {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ImportError('The file holds JSON, but not a ClinicCheck checklist export.', 'not-checklist');
  }
  const head = value as Obj;
  if (head.format !== EXPORT_FORMAT) {
    const flags = head.type === 'AnnotationCollection';
    const hint = flags ? ' It looks like a ClinicCheck flags export; import it on the flags review page.' : '';
    throw new ImportError(`This is not a ClinicCheck checklist export (its "format" is ${show(head.format)}).${hint}`, flags ? 'flags-export' : 'wrong-format', {
      format: show(head.format),
    });
  }
  const version = head.schemaVersion;
  if (!Number.isSafeInteger(version) || (version as number) < 1) {
    throw new ImportError(`The schemaVersion ${show(version)} is not valid.`, 'bad-version', { version: show(version) });
  }
  if ((version as number) > SCHEMA_VERSION) {
    const params = { version: version as number, supported: SCHEMA_VERSION };
    throw new ImportError(
      `This file was made by a newer ClinicCheck (schema version ${version}); this one reads up to version ${SCHEMA_VERSION}. Update ClinicCheck and try again.`,
      'newer-version',
      params,
    );
  }
  const doc = object(migrateExport(head, version as number, SCHEMA_VERSION), 'The file', ['format', 'schemaVersion', 'exportedAt', 'clinics']);
  if (!Array.isArray(doc.clinics)) throw new ImportError(`"clinics" should be a list but is ${show(doc.clinics)}.`);
  if (doc.clinics.length > MAX_CLINICS) {
    throw new ImportError(`The file lists ${doc.clinics.length} clinics; the limit is ${MAX_CLINICS}.`, 'too-many', { count: doc.clinics.length, limit: MAX_CLINICS });
  }
  return {
    format: EXPORT_FORMAT,
    schemaVersion: SCHEMA_VERSION,
    exportedAt: time(doc.exportedAt, 'exportedAt'),
    clinics: doc.clinics.map((c, i) => clinic(c, `clinics[${i}]`)),
  };
}

/** A refusal: `error` in English, `code` and `params` for a translated message. */
export type ImportFailure = { ok: false; error: string; code: ImportErrorCode; params: ImportErrorParams };
export type ParseResult = { ok: true; file: ChecklistExport } | ImportFailure;

const fail = (e: ImportError): ImportFailure => ({ ok: false, error: e.message, code: e.code, params: e.params });

/**
 * Parses and validates an import file's text. `byteLength` is the file's
 * size as read from disk (checked first, before parsing anything).
 */
export function parseImport(textContent: string, byteLength = textContent.length): ParseResult {
  if (byteLength > MAX_IMPORT_BYTES) {
    const params = { size: (byteLength / 1024 / 1024).toFixed(1), limit: MAX_IMPORT_BYTES / 1024 / 1024 };
    return fail(new ImportError(`The file is ${params.size} MB; ClinicCheck imports files up to ${params.limit} MB.`, 'too-large', params));
  }
  if (!textContent.trim()) return fail(new ImportError('The file is empty.', 'empty'));
  let raw: unknown;
  try {
    raw = JSON.parse(textContent.replace(/^\uFEFF/, ''));
  } catch (e) {
    const detail = (e as Error).message;
    return fail(new ImportError(`The file is not valid JSON; it may be truncated or damaged (${detail}).`, 'not-json', { detail }));
  }
  try {
    return { ok: true, file: document(raw) };
  } catch (e) {
    if (e instanceof ImportError) return fail(e);
    return fail(new ImportError(`The file could not be read: ${(e as Error).message}`));
  }
}
