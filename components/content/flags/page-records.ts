/**
 * Whether the stored flags and dismissals concern a page at all, read
 * straight from `browser.storage.local`'s raw records so the content script
 * every page loads needs neither @wxt-dev/storage nor the flags code: only
 * a page with flags to paint or dismissals to apply loads the flag UI
 * before the reader asks for it. The records are the ones
 * components/storage/flags.ts writes (`flag:<id>`, `dismissal:<id>`, WXT's
 * version metadata under `<key>$`); the UI validates them fully when it loads.
 */
import { hostOf, isOnSite, pageKey } from '../../../lib/flags/page-url.ts';

type Loose = Record<string, unknown> | null | undefined;

/** True when some flag is on `url`'s page or some dismissal covers its page or site. */
export function recordsConcern(records: Record<string, unknown>, url: string): boolean {
  const page = pageKey(url);
  const host = hostOf(url);
  return Object.entries(records).some(([key, raw]) => {
    if (key.endsWith('$') || typeof raw !== 'object') return false;
    const value = raw as Loose;
    if (key.startsWith('flag:')) return value?.url === page;
    if (!key.startsWith('dismissal:')) return false;
    if (value?.kind === 'site') return typeof value.site === 'string' && isOnSite(host, value.site);
    return value?.kind === 'occurrence' && value.url === page;
  });
}

/** Whether a storage change touches flags or dismissals. */
export const touchesRecords = (keys: readonly string[]): boolean => keys.some((k) => k.startsWith('flag:') || k.startsWith('dismissal:'));

/** The slice of a storage area flagRecords reads (getKeys: Chrome 130+, Firefox 143+). */
export interface RecordArea {
  get(keys: null | string[]): Promise<Record<string, unknown>>;
  getKeys?: () => Promise<string[]>;
}

/**
 * The stored flag and dismissal records without the rest of storage
 * (checklist answers, settings), which this check would otherwise copy into
 * every page on every load: a cost that grows with what the person has
 * saved. Where the browser can list keys, only those records are read, and
 * nothing at all when there are none (the usual case). Elsewhere: everything.
 */
export async function flagRecords(area: RecordArea): Promise<Record<string, unknown>> {
  if (typeof area.getKeys !== 'function') return area.get(null);
  const keys = (await area.getKeys()).filter((key) => touchesRecords([key]));
  return keys.length ? area.get(keys) : {};
}
