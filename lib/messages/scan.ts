/**
 * Messages between the popup, the background and the content script about the
 * page's findings (see the "Messages" contract). Pure validators: every
 * listener checks a message's shape with these before acting on it.
 */
import type { CategoryCode, Severity } from '../lexicon/types.ts';
import type { SuppressionReason } from '../detect/types.ts';
import { hasFindingFacts, isCount, isObject, isShortString } from './guards.ts';

/** Popup → content: which findings does the page have? */
export interface FindingsGetMessage {
  type: 'cliniccheck:findings/get';
}

/** Popup → content: scroll to this finding and open its card. */
export interface FindingsRevealMessage {
  type: 'cliniccheck:findings/reveal';
  id: string;
}

/** Background → content: the next / previous finding keyboard command. */
export interface FindingsStepMessage {
  type: 'cliniccheck:findings/step';
  direction: 'next' | 'previous';
}

/** Content → background: the number of active findings for the tab's badge. */
export interface BadgeMessage {
  type: 'cliniccheck:badge';
  count: number;
}

/** One finding as the popup and the checklist see it. */
export interface FindingSummary {
  id: string;
  termId: string;
  category: CategoryCode;
  severity: Severity;
  quote: string;
  status: 'active' | 'suppressed';
  reason?: SuppressionReason;
}

/** The content script's answer to `findings/get`. */
export interface FindingsResponse {
  url: string;
  title: string;
  findings: FindingSummary[];
  /** False when scanning is off or paused on this site (findings is then empty). */
  scanning?: boolean;
  /** True while the page is still being read: more findings may follow. */
  pending?: boolean;
}

const MAX_ID = 200;
const MAX_QUOTE = 2000;

export function isFindingsGet(message: unknown): message is FindingsGetMessage {
  return isObject(message) && message.type === 'cliniccheck:findings/get';
}

export function isFindingsReveal(message: unknown): message is FindingsRevealMessage {
  return isObject(message) && message.type === 'cliniccheck:findings/reveal' && isShortString(message.id, MAX_ID);
}

export function isFindingsStep(message: unknown): message is FindingsStepMessage {
  return (
    isObject(message) &&
    message.type === 'cliniccheck:findings/step' &&
    (message.direction === 'next' || message.direction === 'previous')
  );
}

export function isBadge(message: unknown): message is BadgeMessage {
  return (
    isObject(message) &&
    message.type === 'cliniccheck:badge' &&
    isCount(message.count)
  );
}

/** Checks one finding of a `findings/get` answer (the popup trusts nothing). */
export function isFindingSummary(value: unknown): value is FindingSummary {
  return (
    isObject(value) &&
    isShortString(value.id, MAX_ID) &&
    hasFindingFacts(value, MAX_ID) &&
    typeof value.quote === 'string' &&
    value.quote.length <= MAX_QUOTE
  );
}

/** Checks a `findings/get` answer; undefined when it is not one. */
export function parseFindingsResponse(value: unknown): FindingsResponse | undefined {
  if (!isObject(value) || typeof value.url !== 'string' || typeof value.title !== 'string') return undefined;
  if (!Array.isArray(value.findings) || !value.findings.every(isFindingSummary)) return undefined;
  return {
    url: value.url,
    title: value.title,
    findings: value.findings,
    scanning: value.scanning !== false,
    pending: value.pending === true,
  };
}
