/** Shape checks shared by the message validators (every listener trusts nothing it receives). */
import { CATEGORY_CODES } from '../lexicon/types.ts';

export type Message = Record<string, unknown>;

const SEVERITIES: readonly string[] = ['high', 'medium', 'low'];
const REASONS: readonly string[] = ['negated', 'hedged', 'critical', 'question', 'no-invasive-context'];

export function isObject(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isShortString(value: unknown, max: number): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= max;
}

/** A non-negative safe integer. */
export function isCount(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0;
}

/** A finding's term, category, severity, status and reason are ones the extension knows. */
export function hasFindingFacts(value: Message, maxId: number): boolean {
  return (
    isShortString(value.termId, maxId) &&
    (CATEGORY_CODES as readonly unknown[]).includes(value.category) &&
    SEVERITIES.includes(value.severity as string) &&
    (value.status === 'active' || value.status === 'suppressed') &&
    (value.reason === undefined || REASONS.includes(value.reason as string))
  );
}
