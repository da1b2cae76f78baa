import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { HANDOVER_KEY } from './contract.ts';
import { contentUiLoader } from './load.ts';

const ctx = {} as ContentScriptContext;

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  vi.restoreAllMocks();
  delete (globalThis as Record<string, unknown>).starts;
});

/** A stand-in bundle, as a data: URL module that hands over its entry the way entrypoints/content-ui.ts does. */
function bundle(body: string) {
  vi.spyOn(browser.runtime, 'getURL').mockReturnValue(`data:text/javascript,${encodeURIComponent(body)}`);
}

test('loads the bundle once, starts it once with the context, and clears the handover', async () => {
  bundle(`globalThis.${HANDOVER_KEY} = (deps) => ({ started: (globalThis.starts = (globalThis.starts ?? 0) + 1), ctx: deps.ctx });`);
  const load = contentUiLoader(ctx);
  const [a, b] = await Promise.all([load(), load()]);
  expect(a).toBe(b);
  expect(a).toMatchObject({ started: 1, ctx });
  expect(HANDOVER_KEY in globalThis).toBe(false);
});

test('a bundle that cannot load, or hands over nothing, is reported once; later calls get the same failure', async () => {
  const error = vi.spyOn(console, 'error').mockImplementation(() => {});
  bundle('export {};');
  const load = contentUiLoader(ctx);
  await expect(load()).rejects.toThrow('did not hand over');
  await expect(load()).rejects.toThrow('did not hand over');
  expect(error).toHaveBeenCalledTimes(1);
});
