import type { FlagSelectors } from '../anchoring/types.ts';
import { CATEGORY_CODES, type Severity } from '../lexicon/types.ts';
import type { Flag, FlagCategory } from './types.ts';
import { pageKey } from './page-url.ts';

/** The categories a flag may take, in the order forms list them. */
export const FLAG_CATEGORIES: readonly FlagCategory[] = [...CATEGORY_CODES, 'other'];
export const SEVERITIES: readonly Severity[] = ['high', 'medium', 'low'];

export const isFlagCategory = (value: unknown): value is FlagCategory =>
  typeof value === 'string' && (FLAG_CATEGORIES as readonly string[]).includes(value);
export const isSeverity = (value: unknown): value is Severity =>
  typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value);

/** Longest note kept; longer ones are refused by forms and imports alike. */
export const MAX_NOTE_LENGTH = 5000;

export interface NewFlag {
  url: string;
  title: string;
  category: FlagCategory;
  severity: Severity;
  note: string;
  selectors: FlagSelectors;
  origin?: Flag['origin'];
  termId?: string;
}

/**
 * Makes a flag from what the form collected. `id` and `now` are passed in so
 * the pure core stays deterministic (callers use crypto.randomUUID and Date).
 */
export function createFlag(input: NewFlag, id: string, now: Date): Flag {
  const time = now.toISOString();
  const flag: Flag = {
    id,
    url: pageKey(input.url),
    title: input.title,
    createdAt: time,
    updatedAt: time,
    category: input.category,
    severity: input.severity,
    note: input.note.slice(0, MAX_NOTE_LENGTH),
    selectors: input.selectors,
    origin: input.origin ?? 'manual',
  };
  if (input.termId) flag.termId = input.termId;
  return flag;
}

/** The fields a reviewer can change after saving. */
export type FlagEdit = Partial<Pick<Flag, 'category' | 'severity' | 'note'>>;

/** Applies an edit, bumping `updatedAt`. */
export function editFlag(flag: Flag, edit: FlagEdit, now: Date): Flag {
  return {
    ...flag,
    ...edit,
    note: (edit.note ?? flag.note).slice(0, MAX_NOTE_LENGTH),
    updatedAt: now.toISOString(),
  };
}

/**
 * Two flags are the same claim judged the same way when they quote the same
 * words in the same context on the same page, in the same category. Imports
 * skip such duplicates.
 */
export function duplicateKey(flag: Pick<Flag, 'url' | 'selectors' | 'category'>): string {
  const [quote] = flag.selectors;
  return JSON.stringify([pageKey(flag.url), quote.exact, quote.prefix, quote.suffix, flag.category]);
}

/** Newest first, then by page and position, for stable lists. */
export function sortFlags(flags: readonly Flag[]): Flag[] {
  return [...flags].sort(
    (a, b) =>
      b.createdAt.localeCompare(a.createdAt) ||
      a.url.localeCompare(b.url) ||
      a.selectors[1].start - b.selectors[1].start,
  );
}
