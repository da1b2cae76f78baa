/**
 * Loads the on-demand UI bundle (entrypoints/content-ui.ts) into the content
 * script's isolated world with a dynamic import of its extension URL, once,
 * and starts it. The file is a web-accessible resource (wxt.config.ts); in
 * Chromium only under the per-session dynamic URL that `runtime.getURL`
 * gives, so a page cannot probe a fixed address to learn ClinicCheck is
 * installed.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { findingsFilterChanged } from '../findings-filter.ts';
import { CONTENT_UI_PATH, HANDOVER_KEY, type ContentUi, type StartContentUi } from './contract.ts';

/** Returns the loader: every call gets the same started UI. */
export function contentUiLoader(ctx: ContentScriptContext): () => Promise<ContentUi> {
  let ui: Promise<ContentUi> | undefined;
  return () =>
    (ui ??= (async () => {
      await import(/* @vite-ignore */ browser.runtime.getURL(CONTENT_UI_PATH));
      const global = globalThis as Record<string, unknown>;
      const start = global[HANDOVER_KEY] as StartContentUi | undefined;
      delete global[HANDOVER_KEY];
      if (typeof start !== 'function') throw new Error('the on-demand bundle did not hand over its entry');
      return start({ ctx, findingsFilterChanged });
    })().catch((error: unknown) => {
      // Said once here; every caller then gets the same rejection and falls back quietly.
      console.error('ClinicCheck: the card and flag UI could not load.', error);
      throw error;
    }));
}
