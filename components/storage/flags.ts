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
  await flagItem(id).removeValue({ removeMeta: true });
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
 * Calls `onChange` whenever any flag or dismissal is added, changed or
 * removed, in any tab or view. Returns the function that stops watching.
 */
export function watchFlags(onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local') return;
    if (Object.keys(changes).some((k) => k.startsWith(FLAG_PREFIX) || k.startsWith(DISMISSAL_PREFIX))) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
