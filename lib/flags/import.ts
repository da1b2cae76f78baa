import { ANNO_CONTEXT, FORMAT_VERSION } from './jsonld.ts';
import { duplicateKey, isFlagCategory, isSeverity, MAX_NOTE_LENGTH } from './model.ts';
import type { Flag } from './types.ts';
import { isWebUrl, pageKey } from './url.ts';

/**
 * Reading a JSON-LD export back. The file is untrusted: it is checked whole
 * before anything is stored, and one bad annotation refuses the whole file
 * with a message that says where and what, so nothing is half-imported.
 */

export const MAX_IMPORT_BYTES = 5_000_000;
export const MAX_IMPORT_FLAGS = 10_000;
const LIMITS = { exact: 5000, context: 500, title: 1000, url: 2048, termId: 40 } as const;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TERM_ID = /^[A-Z]{2,6}-\d{1,3}$/;
/** Errors listed before "…and N more". */
const MAX_LISTED_ERRORS = 5;

export type ImportPlan =
  | { ok: true; toAdd: Flag[]; duplicates: number; total: number }
  | { ok: false; errors: string[] };

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

class Invalid extends Error {}
function need(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Invalid(message);
}
function text(obj: Json, key: string, max: number, where: string, allowEmpty = true): string {
  const value = obj[key];
  need(typeof value === 'string', `${where}: "${key}" must be text`);
  need(allowEmpty || value.length > 0, `${where}: "${key}" is empty`);
  need(value.length <= max, `${where}: "${key}" is longer than ${max} characters`);
  return value;
}
function date(obj: Json, key: string, where: string): string {
  const value = text(obj, key, 40, where, false);
  need(!Number.isNaN(Date.parse(value)), `${where}: "${key}" is not a date`);
  return new Date(value).toISOString();
}

function bodyValue(bodies: unknown[], purpose: string, where: string): string | undefined {
  const body = bodies.find((b) => isObject(b) && b.purpose === purpose);
  if (!isObject(body)) return undefined;
  need(typeof body.value === 'string', `${where}: the ${purpose} body's "value" must be text`);
  return body.value;
}

/** One Annotation back into a flag, or throws Invalid naming the problem. */
function readAnnotation(item: unknown, where: string): Flag {
  need(isObject(item), `${where} is not an object`);
  need(item.type === 'Annotation', `${where}: "type" must be "Annotation"`);
  const id = text(item, 'id', 100, where, false).replace(/^urn:uuid:/, '');
  need(UUID.test(id), `${where}: "id" must be a urn:uuid`);
  need(Array.isArray(item.body), `${where}: "body" must be a list`);
  const category = bodyValue(item.body, 'classifying', where);
  need(isFlagCategory(category), `${where}: the classifying body must be a ClinicCheck category or "other"`);
  const note = bodyValue(item.body, 'commenting', where) ?? '';
  need(note.length <= MAX_NOTE_LENGTH, `${where}: the note is longer than ${MAX_NOTE_LENGTH} characters`);
  const severity = (bodyValue(item.body, 'tagging', where) ?? 'severity:medium').replace(/^severity:/, '');
  need(isSeverity(severity), `${where}: severity must be high, medium or low`);

  const target = item.target;
  need(isObject(target), `${where}: "target" must be an object`);
  const url = text(target, 'source', LIMITS.url, `${where} target`, false);
  need(isWebUrl(url), `${where}: the target is not an http(s) page`);
  need(Array.isArray(target.selector), `${where}: "target.selector" must be a list`);
  const quote = target.selector.find((s) => isObject(s) && s.type === 'TextQuoteSelector');
  const position = target.selector.find((s) => isObject(s) && s.type === 'TextPositionSelector');
  need(isObject(quote), `${where}: no TextQuoteSelector`);
  need(isObject(position), `${where}: no TextPositionSelector`);
  const q = `${where} TextQuoteSelector`;
  const exact = text(quote, 'exact', LIMITS.exact, q, false);
  const prefix = quote.prefix === undefined ? '' : text(quote, 'prefix', LIMITS.context, q);
  const suffix = quote.suffix === undefined ? '' : text(quote, 'suffix', LIMITS.context, q);
  const { start, end } = position;
  need(
    Number.isSafeInteger(start) && Number.isSafeInteger(end) && (start as number) >= 0 && (end as number) > (start as number),
    `${where}: TextPositionSelector needs whole numbers 0 <= start < end`,
  );

  const origin = item['cliniccheck:origin'] === 'finding' ? 'finding' : 'manual';
  const termId = item['cliniccheck:termId'];
  need(termId === undefined || (typeof termId === 'string' && TERM_ID.test(termId)), `${where}: bad lexicon term id`);
  const title = item['cliniccheck:title'] === undefined ? '' : text(item, 'cliniccheck:title', LIMITS.title, where);
  const flag: Flag = {
    id: id.toLowerCase(),
    url: pageKey(url),
    title,
    createdAt: date(item, 'created', where),
    updatedAt: item.modified === undefined ? date(item, 'created', where) : date(item, 'modified', where),
    category,
    severity,
    note,
    selectors: [
      { type: 'TextQuoteSelector', exact, prefix, suffix },
      { type: 'TextPositionSelector', start: start as number, end: end as number },
    ],
    origin,
  };
  if (typeof termId === 'string') flag.termId = termId;
  return flag;
}

/** Parses and checks the file; never throws. */
export function parseFlagsExport(fileText: string): { ok: true; flags: Flag[] } | { ok: false; errors: string[] } {
  if (fileText.length > MAX_IMPORT_BYTES) {
    return { ok: false, errors: [`The file is larger than ${MAX_IMPORT_BYTES / 1_000_000} MB; ClinicCheck exports are much smaller.`] };
  }
  let data: unknown;
  try {
    data = JSON.parse(fileText.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, errors: [`The file is not valid JSON (is it complete, or cut short?): ${(error as Error).message}`] };
  }
  if (!isObject(data) || data.type !== 'AnnotationCollection' || data['@context'] !== ANNO_CONTEXT) {
    return { ok: false, errors: ['This is not a W3C Web Annotation collection (expected "type": "AnnotationCollection" with the anno.jsonld context).'] };
  }
  const version = data['cliniccheck:formatVersion'] ?? FORMAT_VERSION;
  if (!Number.isInteger(version) || (version as number) < 1) {
    return { ok: false, errors: ['"cliniccheck:formatVersion" must be a whole number.'] };
  }
  if ((version as number) > FORMAT_VERSION) {
    return { ok: false, errors: [`This file was made by a newer ClinicCheck (format ${version}); update ClinicCheck to import it.`] };
  }
  const items = isObject(data.first) ? data.first.items : undefined;
  if (!Array.isArray(items)) return { ok: false, errors: ['The collection has no "first.items" list of annotations.'] };
  if (items.length > MAX_IMPORT_FLAGS) return { ok: false, errors: [`The file holds more than ${MAX_IMPORT_FLAGS} annotations.`] };
  if (typeof data.total === 'number' && data.total !== items.length) {
    return { ok: false, errors: [`The file says it holds ${data.total} annotations but has ${items.length}; it may be incomplete.`] };
  }

  const flags: Flag[] = [];
  const errors: string[] = [];
  items.forEach((item, i) => {
    try {
      flags.push(readAnnotation(item, `Annotation ${i + 1}`));
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      errors.push(error.message);
    }
  });
  if (errors.length > MAX_LISTED_ERRORS) {
    const more = errors.length - MAX_LISTED_ERRORS;
    errors.splice(MAX_LISTED_ERRORS, Infinity, `…and ${more} more problems.`);
  }
  return errors.length ? { ok: false, errors } : { ok: true, flags };
}

/**
 * What importing `fileText` on top of `existing` would do: the flags to add
 * (duplicates of stored flags, or of earlier ones in the file, skipped and
 * counted), or the errors that refuse the file. A flag whose id is taken by a
 * different stored flag gets `freshId()` instead.
 */
export function planImport(existing: readonly Flag[], fileText: string, freshId: () => string): ImportPlan {
  const parsed = parseFlagsExport(fileText);
  if (!parsed.ok) return parsed;
  const seen = new Set(existing.map(duplicateKey));
  const ids = new Set(existing.map((f) => f.id));
  const toAdd: Flag[] = [];
  let duplicates = 0;
  for (const flag of parsed.flags) {
    const key = duplicateKey(flag);
    if (seen.has(key)) {
      duplicates++;
      continue;
    }
    seen.add(key);
    const id = ids.has(flag.id) ? freshId() : flag.id;
    ids.add(id);
    toAdd.push({ ...flag, id });
  }
  return { ok: true, toAdd, duplicates, total: parsed.flags.length };
}
