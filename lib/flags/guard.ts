import { isFlagCategory, isSeverity } from './model.ts';
import { isObject } from './read-annotation.ts';
import type { Dismissal, Flag } from './types.ts';

/**
 * Shape checks for records read back from storage, so one damaged record
 * (another extension version, a manual edit) is skipped instead of breaking
 * every list. Imports are checked more thoroughly in import.ts.
 */
const isText = (v: unknown): v is string => typeof v === 'string';

function isSelectors(value: unknown): value is Flag['selectors'] {
  if (!Array.isArray(value) || value.length !== 2) return false;
  const [quote, position] = value as unknown[];
  return (
    isObject(quote) &&
    quote.type === 'TextQuoteSelector' &&
    isText(quote.exact) &&
    quote.exact.length > 0 &&
    isText(quote.prefix) &&
    isText(quote.suffix) &&
    isObject(position) &&
    position.type === 'TextPositionSelector' &&
    Number.isSafeInteger(position.start) &&
    Number.isSafeInteger(position.end)
  );
}

export function isFlag(value: unknown): value is Flag {
  return (
    isObject(value) &&
    isText(value.id) &&
    isText(value.url) &&
    isText(value.title) &&
    isText(value.createdAt) &&
    isText(value.updatedAt) &&
    isFlagCategory(value.category) &&
    isSeverity(value.severity) &&
    isText(value.note) &&
    isSelectors(value.selectors) &&
    (value.origin === 'manual' || value.origin === 'finding') &&
    (value.termId === undefined || isText(value.termId))
  );
}

export function isDismissal(value: unknown): value is Dismissal {
  if (!isObject(value) || !isText(value.id) || !isText(value.termId) || !isText(value.createdAt)) return false;
  if (value.kind === 'site') return isText(value.site);
  return value.kind === 'occurrence' && isText(value.url) && isSelectors(value.quote);
}
