/**
 * Messages about reviewer flags. Pure validators: every listener checks a
 * message's shape with these before acting on it.
 */
import { isWebUrl } from '../flags/page-url.ts';

/** How the reviewer asked to flag the selection. */
export type FlagTrigger = 'menu' | 'command';

/** Background → content: open the flag form for the current selection. */
export interface FlagStartMessage {
  type: 'cliniccheck:flags/start';
  via: FlagTrigger;
}

/** Popup → content: which of this page's flags could be placed? */
export interface FlagStatusMessage {
  type: 'cliniccheck:flags/status';
}

/** Popup → content: scroll to a flag's words. */
export interface FlagRevealMessage {
  type: 'cliniccheck:flags/reveal';
  id: string;
}

/**
 * Content → background: the site key (registrable domain) of the page at
 * `url`, for "not a claim on this site". The public-suffix list that knows
 * it stays out of the content script (see lib/flags/page-url.ts).
 */
export interface FlagSiteMessage {
  type: 'cliniccheck:flags/site';
  url: string;
}

/** The background's answer to `flags/site`. */
export interface FlagSiteResponse {
  site: string;
}

/** The content script's answer to `flags/status`. */
export interface FlagStatusResponse {
  url: string;
  anchored: string[];
  orphaned: string[];
}

type Message = Record<string, unknown>;
const MAX_ID = 200;
const MAX_URL = 8192;
/** The longest host name DNS allows. */
const MAX_SITE = 253;
const MAX_IDS = 10_000;
const isObject = (v: unknown): v is Message => typeof v === 'object' && v !== null && !Array.isArray(v);
const isId = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= MAX_ID;
const isIdList = (v: unknown): v is string[] => Array.isArray(v) && v.length <= MAX_IDS && v.every(isId);

export function isFlagStart(message: unknown): message is FlagStartMessage {
  return isObject(message) && message.type === 'cliniccheck:flags/start' && (message.via === 'menu' || message.via === 'command');
}

export function isFlagStatus(message: unknown): message is FlagStatusMessage {
  return isObject(message) && message.type === 'cliniccheck:flags/status';
}

export function isFlagReveal(message: unknown): message is FlagRevealMessage {
  return isObject(message) && message.type === 'cliniccheck:flags/reveal' && isId(message.id);
}

/** Checks a `flags/status` answer; undefined when it is not one. */
export function parseFlagStatus(value: unknown): FlagStatusResponse | undefined {
  if (!isObject(value) || typeof value.url !== 'string' || !isIdList(value.anchored) || !isIdList(value.orphaned)) return undefined;
  return { url: value.url, anchored: value.anchored, orphaned: value.orphaned };
}

export function isFlagSite(message: unknown): message is FlagSiteMessage {
  return isObject(message) && message.type === 'cliniccheck:flags/site' && typeof message.url === 'string' && message.url.length <= MAX_URL && isWebUrl(message.url);
}

/** Checks a `flags/site` answer; undefined when it is not one. */
export function parseFlagSite(value: unknown): FlagSiteResponse | undefined {
  if (!isObject(value) || typeof value.site !== 'string' || !value.site || value.site.length > MAX_SITE || /[\s/]/.test(value.site)) return undefined;
  return { site: value.site };
}
