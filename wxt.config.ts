import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import type { Plugin } from 'vite';
import { engineSnapshotPlugin } from './lib/detect/engine-build.ts';

/**
 * Starts `fileName` with V8's compile hint: Chromium then compiles every
 * function in it while the file streams in, off the page's main thread,
 * instead of each one on the main thread when first called
 * (components/content/scan-bundle/contract.ts). Other browsers ignore the
 * comment. Added to the finished file, where no minifier can drop it.
 */
function compileHintPlugin(fileName: string): Plugin {
  return {
    name: 'cliniccheck:compile-hint',
    enforce: 'post',
    generateBundle(_, bundle) {
      const chunk = bundle[fileName];
      if (chunk?.type === 'chunk') chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`;
    },
  };
}

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  // Icons and other files copied as they are live with the other assets.
  publicDir: 'assets/public',
  // Lets parallel test runs build into separate folders (tests/e2e/global-setup.ts).
  outDir: process.env.CLINICCHECK_OUT_DIR ?? '.output',
  // Manifest V3 for Firefox too: there, unlike in MV2, people can grant or
  // withdraw ClinicCheck's site access per site (about:addons → Permissions).
  manifestVersion: 3,
  hooks: {
    // The content script every page loads goes without webextension-polyfill
    // (10 KB): there `browser` is the browser's own promise-based API
    // (@wxt-dev/browser), and its message listeners answer with sendResponse,
    // which every browser supports. Extension pages and the on-demand UI keep it.
    'vite:build:extendConfig'(entrypoints, config) {
      if (!entrypoints.every((e) => e.type === 'content-script')) return;
      const alias = { find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' };
      const current = config.resolve?.alias;
      const list = Array.isArray(current) ? current : Object.entries(current ?? {}).map(([find, replacement]) => ({ find, replacement: String(replacement) }));
      config.resolve = { ...config.resolve, alias: [alias, ...list.filter((a) => a.find !== 'wxt/browser')] };
    },
  },
  vite: () => ({
    // engineSnapshotPlugin: the detection engine compiled here, once, instead of on every page (lib/detect/engine-build.ts).
    plugins: [preact(), engineSnapshotPlugin(), compileHintPlugin('content-scan.js')],
  }),
  manifest: ({ browser }) => ({
    // Texts live in locales/en.yml (manifest.name, manifest.description); @wxt-dev/i18n writes _locales/.
    name: '__MSG_manifest_name__',
    description: '__MSG_manifest_description__',
    default_locale: 'en',
    // Every permission is explained in README.md ("Permissions").
    // contextMenus: the "Flag as misleading claim…" item on selected text.
    permissions: ['storage', 'contextMenus'],
    // What the content script imports: its scanning code, once scanning is on for the page
    // (entrypoints/content-scan.ts), and the card and flag UI on first need (entrypoints/content-ui.ts).
    // Chromium: only under a per-session URL, so pages cannot probe for ClinicCheck (Firefox's are per install).
    web_accessible_resources: [
      { resources: ['content-scan.js', 'content-ui.js'], matches: ['http://*/*', 'https://*/*'], ...(browser === 'firefox' ? {} : { use_dynamic_url: true }) },
    ],
    // The reviewer's shortcut to flag the selection (changeable in the browser's shortcut settings).
    // Descriptions: locales/en.yml, background.command.*
    commands: {
      'flag-selection': {
        suggested_key: { default: 'Alt+Shift+F' },
        description: '__MSG_background_command_flagSelection__',
      },
      // Next / previous highlighted claim: scrolls to it and opens its card. J / K as in
      // feed readers; Chromium does not assign Alt+Shift+N or Alt+Shift+P to extensions.
      'next-finding': {
        suggested_key: { default: 'Alt+Shift+J', mac: 'MacCtrl+Shift+J' },
        description: '__MSG_background_command_nextFinding__',
      },
      'previous-finding': {
        suggested_key: { default: 'Alt+Shift+K', mac: 'MacCtrl+Shift+K' },
        description: '__MSG_background_command_previousFinding__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'cliniccheck@cliniccheck.invalid',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android learned data_collection_permissions in 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
