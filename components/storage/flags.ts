import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { isDismissal, isFlag } from '../../lib/flags/guard.ts';
import type { Dismissal, Flag } from '../../lib/flags/types.ts';

/**
 * Flags and dismissals, one storage key each (`local:flag:<id>`,
 * `local:dismissal:<id>`), so the popup, the review page and content scripts
 * in several tabs can add, edit and delete at the same time without one
 * overwriting another's change (there is no shared list to read-modify-write).
 *
 * Each record is a WXT storage item with a version: when the Flag or
 * Dismissal shape changes, bump RECORD_VERSION and add a migration below;
 * WXT runs it on each record the first time it is read.
 */
const RECORD_VERSION = 1;
const FLAG_PREFIX = 'flag:';
const DISMISSAL_PREFIX = 'dismissal:';
const STATE_PREFIX = 'flag-state:';
const WATCHED = [FLAG_PREFIX, DISMISSAL_PREFIX, STATE_PREFIX];

const flagItem = (id: string) =>
  storage.defineItem<Flag | null>(`local:${FLAG_PREFIX}${id}`, { fallback: null, version: RECORD_VERSION, migrations: {} });
const dismissalItem = (id: string) =>
  storage.defineItem<Dismissal | null>(`local:${DISMISSAL_PREFIX}${id}`, { fallback: null, version: RECORD_VERSION, migrations: {} });

/** Ids stored under `prefix` (WXT keeps version metadata under `<key>$`). */
async function idsUnder(prefix: string): Promise<string[]> {
  const all = await browser.storage.local.get(null);
  return Object.keys(all)
    .filter((key) => key.startsWith(prefix) && !key.endsWith('$'))
    .map((key) => key.slice(prefix.length));
}

async function readAll<T>(prefix: string, item: (id: string) => { getValue(): Promise<unknown> }, valid: (v: unknown) => v is T) {
  const values = await Promise.all((await idsUnder(prefix)).map((id) => item(id).getValue()));
  return values.filter(valid);
}

/** Every stored flag (damaged records skipped). */
export const listFlags = (): Promise<Flag[]> => readAll(FLAG_PREFIX, flagItem, isFlag);

/** Adds or replaces flags, each under its own key. */
export async function saveFlags(flags: readonly Flag[]): Promise<void> {
  await Promise.all(flags.map((flag) => flagItem(flag.id).setValue(flag)));
}

export const saveFlag = (flag: Flag) => saveFlags([flag]);

export async function deleteFlag(id: string): Promise<void> {
  await Promise.all([flagItem(id).removeValue({ removeMeta: true }), browser.storage.local.remove(`${STATE_PREFIX}${id}`)]);
}

/**
 * Whether a flag could be placed the last time its page was visited, kept
 * apart from the flag (the content script writes it, only when it changes),
 * so the review page can list orphans without visiting every page.
 */
export interface FlagPlacement {
  orphaned: boolean;
  /** ISO time of that visit. */
  checkedAt: string;
}

const isPlacement = (v: unknown): v is FlagPlacement =>
  typeof v === 'object' && v !== null && typeof (v as FlagPlacement).orphaned === 'boolean' && typeof (v as FlagPlacement).checkedAt === 'string';

/** Last known placement per flag id. */
export async function listPlacements(): Promise<Map<string, FlagPlacement>> {
  const all = await browser.storage.local.get(null);
  const out = new Map<string, FlagPlacement>();
  for (const [key, value] of Object.entries(all)) if (key.startsWith(STATE_PREFIX) && isPlacement(value)) out.set(key.slice(STATE_PREFIX.length), value);
  return out;
}

/** Records which flags were placed and which orphaned, writing only what changed. */
export async function recordPlacements(placed: readonly string[], orphaned: readonly string[], now: Date): Promise<void> {
  const known = await listPlacements();
  const changed: Record<string, FlagPlacement> = {};
  const note = (id: string, isOrphan: boolean) => {
    if (known.get(id)?.orphaned !== isOrphan) changed[`${STATE_PREFIX}${id}`] = { orphaned: isOrphan, checkedAt: now.toISOString() };
  };
  placed.forEach((id) => note(id, false));
  orphaned.forEach((id) => note(id, true));
  if (Object.keys(changed).length) await browser.storage.local.set(changed);
}

export const listDismissals = (): Promise<Dismissal[]> => readAll(DISMISSAL_PREFIX, dismissalItem, isDismissal);

export async function saveDismissal(dismissal: Dismissal): Promise<void> {
  await dismissalItem(dismissal.id).setValue(dismissal);
}

/** Undo of "not a claim here". */
export async function deleteDismissal(id: string): Promise<void> {
  await dismissalItem(id).removeValue({ removeMeta: true });
}

/**
 * Calls `onChange` whenever any flag, dismissal or placement is added,
 * changed or removed, in any tab or view. Returns the function that stops watching.
 */
export function watchFlags(onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local') return;
    if (Object.keys(changes).some((k) => WATCHED.some((prefix) => k.startsWith(prefix)))) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
