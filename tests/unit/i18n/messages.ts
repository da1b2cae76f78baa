/**
 * The locale files as the browser sees them, for unit tests: the same
 * conversion @wxt-dev/i18n applies at build time (locales/<code>.yml →
 * _locales/<code>/messages.json), and `browser.i18n.getMessage`'s rules for
 * `$1`…`$9` and `$$`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';

export const LOCALES_DIR = join(import.meta.dirname, '../../../locales');

/** Chrome's messages.json shape: message name → text. */
export type ChromeMessages = Record<string, { message: string }>;

/** Every locale file in locales/, by locale code (file name without extension). */
export function localeFiles(): Record<string, string> {
  const files = readdirSync(LOCALES_DIR).filter((f) => /\.(ya?ml|json5?|jsonc|toml)$/.test(f));
  return Object.fromEntries(files.map((f) => [basename(f, extname(f)), join(LOCALES_DIR, f)]));
}

/** One locale file converted to messages.json form (what ends up in the build). Synchronous, for getMessage. */
export function chromeMessages(file: string): ChromeMessages {
  const format = /\.ya?ml$/.test(file) ? 'YAML' : file.endsWith('.toml') ? 'TOML' : 'JSON5';
  return generateChromeMessages(parseMessagesText(readFileSync(file, 'utf8'), format)) as ChromeMessages;
}

/** `browser.i18n.getMessage` over these messages: '' for an unknown name, `$n` substituted, `$$` a dollar. */
export function getMessageFrom(messages: ChromeMessages) {
  return (name: string, substitutions?: string | string[]): string => {
    const entry = messages[name];
    if (!entry) return '';
    const subs = substitutions === undefined ? [] : ([] as string[]).concat(substitutions);
    return entry.message.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? '')));
  };
}
