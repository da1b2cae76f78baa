/**
 * Unit tests see the English texts: WXT's fake browser has no
 * `i18n.getMessage` (it throws), so components that call `i18n.t` would fail.
 * This makes it read locales/en.yml, so tests assert the words people read.
 * A plain function, not vi.fn: vitest's mockReset/restoreMocks would clear it
 * between tests, and fakeBrowser.reset() leaves i18n alone.
 */
import { fakeBrowser } from 'wxt/testing';
import { chromeMessages, getMessageFrom, localeFiles } from './messages.ts';

const getMessage = getMessageFrom(await chromeMessages(localeFiles().en!));
fakeBrowser.i18n.getMessage = getMessage as typeof fakeBrowser.i18n.getMessage;
fakeBrowser.i18n.getUILanguage = () => 'en';
