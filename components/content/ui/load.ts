/**
 * Loads the on-demand UI bundle (entrypoints/content-ui.ts) into the content
 * script's isolated world (bundle-import.ts), once, and starts it.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { importBundle } from '../bundle-import.ts';
import { findingsFilterChanged } from '../findings-filter.ts';
import { CONTENT_UI_PATH, HANDOVER_KEY, type ContentUi, type StartContentUi } from './contract.ts';

/** Returns the loader: every call gets the same started UI. */
export function contentUiLoader(ctx: ContentScriptContext): () => Promise<ContentUi> {
  let ui: Promise<ContentUi> | undefined;
  return () =>
    (ui ??= (async () => {
      const start = await importBundle<StartContentUi>(CONTENT_UI_PATH, HANDOVER_KEY);
      return start({ ctx, findingsFilterChanged });
    })().catch((error: unknown) => {
      // Said once here; every caller then gets the same rejection and falls back quietly.
      console.error('ClinicCheck: the card and flag UI could not load.', error);
      throw error;
    }));
}
