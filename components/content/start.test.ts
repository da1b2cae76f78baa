import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { keptByFilters, onFindingsFilterChange } from './findings-filter.ts';
import { DETECT_WAKE } from '../../lib/messages/detect.ts';
import { SCAN_HANDOVER_KEY } from './scan-bundle/contract.ts';
import { startClaimScanner } from './start.ts';

let stop: (() => void) | undefined;
const global = globalThis as Record<string, unknown>;

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  stop?.();
  stop = undefined;
  vi.restoreAllMocks();
  delete global.scanStarts;
});

/** A stand-in scanning bundle, as a data: URL module (entrypoints/content-scan.ts hands over its entry the same way). */
function bundle(body: string) {
  vi.spyOn(browser.runtime, 'getURL').mockReturnValue(`data:text/javascript,${encodeURIComponent(body)}`);
}

function start() {
  const ctx = { isInvalid: false, addEventListener: vi.fn(), onInvalidated: (fn: () => void) => (stop = fn) } as unknown as ContentScriptContext;
  startClaimScanner(ctx, () => Promise.reject(new Error('no UI here')));
}

/** Asks the content script as the popup does (answer.ts: through sendResponse). */
function ask(message: unknown): Promise<unknown> {
  const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown>;
  return new Promise((resolve) => void trigger(message, {}, resolve));
}

test("imports the scanning bundle once scanning is on, and starts it with the core's findings filter", async () => {
  bundle(`globalThis.${SCAN_HANDOVER_KEY} = (doc, deps) => {
    globalThis.scanStarts = [...(globalThis.scanStarts ?? []), { doc, deps }];
    return { busy: () => false, scanner: { findings: () => [] }, stop() {} };
  };`);
  start();
  await vi.waitFor(() => expect(global.scanStarts).toHaveLength(1));
  const { doc, deps } = (global.scanStarts as Array<{ doc: Document; deps: Record<string, unknown> }>)[0]!;
  expect(doc).toBe(document);
  // The bundle shares no module with the core: the filter it applies must be the core's own.
  expect(deps.filter).toBe(keptByFilters);
  expect(deps.onFilterChange).toBe(onFindingsFilterChange);
  expect(SCAN_HANDOVER_KEY in globalThis).toBe(false);
  expect(await ask({ type: 'cliniccheck:findings/get' })).toMatchObject({ scanning: true, pending: false, findings: [] });
});

test('a scanning bundle that cannot load is reported once, and the popup is not left waiting', async () => {
  const error = vi.spyOn(console, 'error').mockImplementation(() => {});
  bundle('export {};');
  start();
  await vi.waitFor(() => expect(error).toHaveBeenCalledTimes(1));
  expect(String(error.mock.calls[0]![0])).toContain('scanner could not load');
  expect(await ask({ type: 'cliniccheck:findings/get' })).toMatchObject({ scanning: true, pending: false, findings: [] });
  // A later settings change tries again with the same failed import: no second report.
  await browser.storage.local.set({ settings: { enabled: true, pausedSites: [] } });
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(error).toHaveBeenCalledTimes(1);
});

test('wakes the background (where detection runs) as the scanner starts loading, and not while scanning is off', async () => {
  bundle(`globalThis.${SCAN_HANDOVER_KEY} = () => ({ busy: () => false, scanner: { findings: () => [] }, stop() {} });`);
  const sendMessage = vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue(undefined);
  await browser.storage.local.set({ settings: { enabled: false, pausedSites: [] } });
  start();
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(sendMessage).not.toHaveBeenCalled();
  await browser.storage.local.set({ settings: { enabled: true, pausedSites: [] } });
  await vi.waitFor(() => expect(sendMessage).toHaveBeenCalledWith({ type: DETECT_WAKE }));
  expect(sendMessage).toHaveBeenCalledTimes(1);
});
