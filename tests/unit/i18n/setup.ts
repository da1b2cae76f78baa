/**
 * Unit tests see the English texts: WXT's fake browser has no
 * `i18n.getMessage` (it throws), so components that call `i18n.t` would fail.
 * This makes it read locales/en.yml, so tests assert the words people read.
 * A plain function, not vi.fn: vitest's mockReset/restoreMocks would clear it
 * between tests, and fakeBrowser.reset() leaves i18n alone.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { chromeMessages, getMessageFrom, localeFiles } from './messages.ts';

// Read on first use, so the many tests that show no text pay nothing.
let getMessage: ReturnType<typeof getMessageFrom> | undefined;
fakeBrowser.i18n.getMessage = ((name: string, substitutions?: string | string[]) => {
  getMessage ??= getMessageFrom(chromeMessages(localeFiles().en!));
  return getMessage(name, substitutions);
}) as typeof fakeBrowser.i18n.getMessage;
fakeBrowser.i18n.getUILanguage = () => 'en';
