/**
 * The checklist's records: one clinic per place the person considers, one
 * answer per (clinic, question). Pure: ids and times come from the caller.
 */
import { parse } from 'tldts';
import type { QuestionId } from '../lexicon/types.ts';

export const ANSWER_STATUSES = ['reassuring', 'red-flag', 'unclear', 'not-asked'] as const;
export type AnswerStatus = (typeof ANSWER_STATUSES)[number];

/** Labels the UI and exports use for each status. */
export const STATUS_LABEL: Record<AnswerStatus, string> = {
  reassuring: 'Reassuring',
  'red-flag': 'Red flag',
  unclear: 'Unclear',
  'not-asked': 'Not asked yet',
};

/** `site:<registrable domain>` or `manual:<random id>`. */
export type ClinicId = string;

export interface Clinic {
  id: ClinicId;
  name: string;
  /** Registrable domain (`example.co.uk`) for site clinics; '' for manual ones. */
  domain: string;
  createdFrom: 'site' | 'manual';
  /** Milliseconds since the epoch. */
  createdAt: number;
  /**
   * Last change to the record itself (its name). Answers carry their own
   * times and never rewrite the clinic record, so a rename in one view and an
   * answer in another cannot overwrite each other.
   */
  updatedAt: number;
}

export interface Answer {
  status: AnswerStatus;
  /** The person's own words about what the clinic said. */
  note: string;
  updatedAt: number;
}

/** A clinic's answers by question id; questions without an entry are not asked yet. */
export type AnswerMap = Partial<Record<QuestionId, Answer>>;

export const LIMITS = {
  name: 200,
  note: 5000,
  domain: 253,
} as const;

const SITE_ID = /^site:[a-z0-9.-]{1,253}$/;
const MANUAL_ID = /^manual:[a-z0-9-]{8,64}$/;

/** True for ids this module makes (so imported ids cannot smuggle in anything else). */
export function isClinicId(id: unknown): id is ClinicId {
  return typeof id === 'string' && (SITE_ID.test(id) || MANUAL_ID.test(id));
}

/**
 * The registrable domain of a page ("www.clinic.example.co.uk/hair" →
 * "example.co.uk" via the public suffix list), so the whole site shares one
 * record. IP addresses and `localhost` stand for themselves. Undefined for
 * pages that are not http(s) sites.
 */
export function siteDomain(url: string): string | undefined {
  // No URL class here (lib/ typechecks against ES only); tldts parses URLs itself.
  if (!/^https?:\/\/[^/]/i.test(url)) return undefined;
  const info = parse(url);
  const host = (info.hostname ?? '').replace(/^\[|\]$/g, '').toLowerCase();
  if (!host) return undefined;
  if (info.isIp || host === 'localhost') return host.replaceAll(':', '-');
  return info.domain?.toLowerCase() ?? undefined;
}

/** The id of the clinic record for a site. */
export function clinicIdForDomain(domain: string): ClinicId {
  return `site:${domain}`;
}

/** Trims, collapses whitespace and bounds a clinic name. */
export function cleanName(name: string): string {
  return name.replace(/\s+/g, ' ').trim().slice(0, LIMITS.name);
}

/** A new clinic record for the site showing `url`; undefined for non-sites. */
export function clinicFromSite(url: string, now: number, name?: string): Clinic | undefined {
  const domain = siteDomain(url);
  if (!domain) return undefined;
  return {
    id: clinicIdForDomain(domain),
    name: cleanName(name ?? '') || domain,
    domain,
    createdFrom: 'site',
    createdAt: now,
    updatedAt: now,
  };
}

/** A new clinic met by phone or in person. `randomId` is e.g. crypto.randomUUID(). */
export function manualClinic(name: string, randomId: string, now: number): Clinic {
  return {
    id: `manual:${randomId.toLowerCase().replace(/[^a-z0-9-]/g, '').slice(0, 64)}`,
    name: cleanName(name) || 'Unnamed clinic',
    domain: '',
    createdFrom: 'manual',
    createdAt: now,
    updatedAt: now,
  };
}

/** The clinic renamed (an empty name keeps the old one). */
export function renameClinic(clinic: Clinic, name: string, now: number): Clinic {
  const cleaned = cleanName(name);
  return cleaned ? { ...clinic, name: cleaned, updatedAt: now } : clinic;
}

/** A recorded answer with the note bounded. */
export function makeAnswer(status: AnswerStatus, note: string, now: number): Answer {
  return { status, note: note.slice(0, LIMITS.note), updatedAt: now };
}

/** An answer that carries nothing: not asked and no note (exports leave it out). */
export function isEmptyAnswer(answer: Answer | undefined): boolean {
  return !answer || (answer.status === 'not-asked' && answer.note.trim() === '');
}
