/**
 * Checks over locale files, as pure functions so the tests can also run them
 * on deliberately broken fixtures (with only English shipped, a check that
 * was never seen failing would prove nothing).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ParsedMessage } from '@wxt-dev/i18n/build';

/** A message's key as code writes it (`checklist.step.next`), without the browser's predefined `@@` ones. */
export function keysOf(messages: ParsedMessage[]): string[] {
  return messages.map((m) => m.key.join('.')).filter((k) => !k.startsWith('@@'));
}

/** What a translation must keep: plural or not, how many `$n`, which `{name}` placeholders. */
function shape(m: ParsedMessage): string {
  return `${m.type === 'plural' ? 'plural' : 'text'} $${m.substitutions} {${[...m.namedSubstitutions].sort().join(',')}}`;
}

/** Differences between a locale and English: missing keys, extra keys, changed placeholders. Empty when they match. */
export function localeProblems(en: ParsedMessage[], other: ParsedMessage[]): string[] {
  const theirs = new Map(other.map((m) => [m.key.join('.'), m]));
  const ours = new Set(keysOf(en));
  const problems: string[] = [];
  for (const m of en) {
    const key = m.key.join('.');
    if (key.startsWith('@@')) continue;
    const t = theirs.get(key);
    if (!t) problems.push(`missing: ${key}`);
    else if (shape(t) !== shape(m)) problems.push(`placeholders differ: ${key} (${shape(t)}, English has ${shape(m)})`);
  }
  for (const key of keysOf(other)) if (!ours.has(key)) problems.push(`not in English: ${key}`);
  return problems;
}

/** Message names as the browser stores them (dots become underscores): each must be unique and of [A-Za-z0-9_]. */
export function nameProblems(messages: ParsedMessage[]): string[] {
  const seen = new Map<string, string>();
  const problems: string[] = [];
  for (const key of keysOf(messages)) {
    const name = key.replaceAll('.', '_');
    if (!/^[A-Za-z0-9_]+$/.test(name)) problems.push(`not a valid message name: ${key}`);
    if (seen.has(name)) problems.push(`${key} and ${seen.get(name)} are both ${name} to the browser`);
    seen.set(name, key);
  }
  return problems;
}

/**
 * Keys a source text refers to: string literals that start with one of the
 * top-level groups of en.yml (`'checklist.step.next'`, also in lookup
 * tables, not only inside `i18n.t(...)`), and `__MSG_name__` in the manifest
 * (returned with dots for underscores only when `names` resolves them).
 */
export function usedKeys(source: string, areas: readonly string[], names: ReadonlyMap<string, string>): string[] {
  const literal = new RegExp(`(['"\`])((?:${areas.join('|')})\\.[A-Za-z0-9_.]+)\\1`, 'g');
  // 'popup.html' names a file, not a message.
  const keys = [...source.matchAll(literal)].map((m) => m[2]!).filter((k) => !/\.(html|css|js|tsx?|json|png|svg|md)$/.test(k));
  const manifest = [...source.matchAll(/__MSG_(\w+)__/g)].map((m) => names.get(m[1]!) ?? `__MSG_${m[1]}__`);
  return [...keys, ...manifest];
}

/** Every .ts / .tsx file (tests excluded) under these folders. */
export function sourceFiles(root: string, dirs: readonly string[]): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return walk(path);
      return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
    });
  return dirs.flatMap((d) => walk(join(root, d)));
}

/** Reads a file as text. */
export const read = (path: string) => readFileSync(path, 'utf8');
