import { isFlagCategory, isSeverity, MAX_NOTE_LENGTH } from './model.ts';
import type { Flag } from './types.ts';
import { isWebUrl, pageKey } from './page-url.ts';

/**
 * One W3C Annotation of an imported file back into a flag, checked field by
 * field. Untrusted input: every value is type- and length-checked, the
 * target must be an http(s) page, and nothing but known fields is copied.
 */

const LIMITS = { exact: 5000, context: 500, title: 1000, url: 2048, termId: 40 } as const;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TERM_ID = /^[A-Z]{2,6}-\d{1,3}$/;
type Json = Record<string, unknown>;
export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A problem with the file, in words for the reviewer. */
export class Invalid extends Error {}
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
export function readAnnotation(item: unknown, where: string): Flag {
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

