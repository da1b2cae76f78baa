import { ANNO_CONTEXT, FORMAT_VERSION } from './jsonld.ts';
import { duplicateKey } from './model.ts';
import { Invalid, isObject, readAnnotation } from './read-annotation.ts';
import type { Flag } from './types.ts';

/**
 * Reading a JSON-LD export back. The file is untrusted: it is checked whole
 * before anything is stored, and one bad annotation refuses the whole file
 * with a message that says where and what, so nothing is half-imported.
 */

export const MAX_IMPORT_BYTES = 5_000_000;
export const MAX_IMPORT_FLAGS = 10_000;
/** Errors listed before "…and N more". */
const MAX_LISTED_ERRORS = 5;

/**
 * Why a file was refused, for the UI to word in the person's language
 * (components/flags/labels.ts); `message` is the English text. `invalid` is
 * one annotation's problem, whose message names JSON fields and stays English.
 */
export type ImportProblemCode =
  | 'too-large'
  | 'not-json'
  | 'not-collection'
  | 'bad-version'
  | 'newer-version'
  | 'no-items'
  | 'too-many'
  | 'total-mismatch'
  | 'more'
  | 'invalid';
export interface ImportProblem {
  code: ImportProblemCode;
  params: Record<string, string | number>;
  message: string;
}
const problem = (code: ImportProblemCode, message: string, params: ImportProblem['params'] = {}): ImportProblem => ({ code, params, message });

/** The refusal of a file over MAX_IMPORT_BYTES (the review page checks the size before reading). */
export const TOO_LARGE = problem('too-large', `The file is larger than ${MAX_IMPORT_BYTES / 1_000_000} MB; ClinicCheck exports are much smaller.`, {
  limit: MAX_IMPORT_BYTES / 1_000_000,
});

export type ImportPlan =
  | { ok: true; toAdd: Flag[]; duplicates: number; total: number }
  | { ok: false; errors: ImportProblem[] };

/** Parses and checks the file; never throws. */
export function parseFlagsExport(fileText: string): { ok: true; flags: Flag[] } | { ok: false; errors: ImportProblem[] } {
  if (fileText.length > MAX_IMPORT_BYTES) return { ok: false, errors: [TOO_LARGE] };
  let data: unknown;
  try {
    data = JSON.parse(fileText.replace(/^\uFEFF/, ''));
  } catch (error) {
    const detail = (error as Error).message;
    return { ok: false, errors: [problem('not-json', `The file is not valid JSON (is it complete, or cut short?): ${detail}`, { detail })] };
  }
  if (!isObject(data) || data.type !== 'AnnotationCollection' || data['@context'] !== ANNO_CONTEXT) {
    const message = 'This is not a W3C Web Annotation collection (expected "type": "AnnotationCollection" with the anno.jsonld context).';
    return { ok: false, errors: [problem('not-collection', message)] };
  }
  const version = data['cliniccheck:formatVersion'] ?? FORMAT_VERSION;
  if (!Number.isInteger(version) || (version as number) < 1) {
    return { ok: false, errors: [problem('bad-version', '"cliniccheck:formatVersion" must be a whole number.')] };
  }
  if ((version as number) > FORMAT_VERSION) {
    const message = `This file was made by a newer ClinicCheck (format ${version}); update ClinicCheck to import it.`;
    return { ok: false, errors: [problem('newer-version', message, { version: version as number })] };
  }
  const items = isObject(data.first) ? data.first.items : undefined;
  if (!Array.isArray(items)) return { ok: false, errors: [problem('no-items', 'The collection has no "first.items" list of annotations.')] };
  if (items.length > MAX_IMPORT_FLAGS) {
    return { ok: false, errors: [problem('too-many', `The file holds more than ${MAX_IMPORT_FLAGS} annotations.`, { limit: MAX_IMPORT_FLAGS })] };
  }
  if (typeof data.total === 'number' && data.total !== items.length) {
    const message = `The file says it holds ${data.total} annotations but has ${items.length}; it may be incomplete.`;
    return { ok: false, errors: [problem('total-mismatch', message, { total: data.total, count: items.length })] };
  }

  const flags: Flag[] = [];
  const errors: ImportProblem[] = [];
  items.forEach((item, i) => {
    try {
      flags.push(readAnnotation(item, `Annotation ${i + 1}`));
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      errors.push(problem('invalid', error.message));
    }
  });
  if (errors.length > MAX_LISTED_ERRORS) {
    const more = errors.length - MAX_LISTED_ERRORS;
    errors.splice(MAX_LISTED_ERRORS, Infinity, problem('more', `…and ${more} more problems.`, { count: more }));
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
