/**
 * Imports one of the content script's own on-demand bundles (the scanning
 * code, the card and flag UI) into its isolated world, and takes the entry
 * the bundle hands over. WXT builds unlisted scripts as IIFEs, which have no
 * exports, so each leaves its entry on the isolated world's global (which
 * the page cannot see) under a key of its own; it is deleted once taken.
 *
 * The bundles are web-accessible resources (wxt.config.ts), in Chromium only
 * under the per-session address `runtime.getURL` gives, so a page cannot
 * probe a fixed address to learn that ClinicCheck is installed.
 */
import { browser, type PublicPath } from 'wxt/browser';

export async function importBundle<T extends (...args: never[]) => unknown>(path: PublicPath, key: string): Promise<T> {
  await import(/* @vite-ignore */ browser.runtime.getURL(path));
  const global = globalThis as Record<string, unknown>;
  const entry = global[key];
  delete global[key];
  if (typeof entry !== 'function') throw new Error(`${path} did not hand over its entry`);
  return entry as T;
}
