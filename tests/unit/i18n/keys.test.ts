import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { parseMessagesFile, parseMessagesObject, type ParsedMessage } from '@wxt-dev/i18n/build';
import { keysOf, localeProblems, nameProblems, read, sourceFiles, usedKeys } from './check.ts';
import { LOCALES_DIR, chromeMessages, getMessageFrom, localeFiles } from './messages.ts';

const ROOT = join(LOCALES_DIR, '..');
const files = localeFiles();
const en = await parseMessagesFile(files.en!);
const enKeys = new Set(keysOf(en));
const areas = [...new Set(keysOf(en).map((k) => k.split('.')[0]!))];
const names = new Map(keysOf(en).map((k) => [k.replaceAll('.', '_'), k]));
const sources = [...sourceFiles(ROOT, ['entrypoints', 'components', 'lib']), join(ROOT, 'wxt.config.ts')];
const used = new Map(sources.flatMap((f) => usedKeys(read(f), areas, names).map((k) => [k, f] as const)));

describe('locales', () => {
  test('English exists and is grouped by area', () => {
    expect(areas).toEqual(expect.arrayContaining(['manifest', 'common', 'popup', 'checklist', 'options', 'compare', 'print']));
  });

  test('every key used in the code exists in English', () => {
    const missing = [...used].filter(([k]) => !enKeys.has(k)).map(([k, f]) => `${k} (${f.slice(ROOT.length + 1)})`);
    expect(missing).toEqual([]);
  });

  test('every English key is used somewhere (no dead texts for translators)', () => {
    expect([...enKeys].filter((k) => !used.has(k))).toEqual([]);
  });

  test('every message name is valid and unique for the browser', () => {
    expect(nameProblems(en)).toEqual([]);
  });

  test.each(Object.entries(files))('%s has exactly the English keys, with the same placeholders', async (_, file) => {
    expect(localeProblems(en, await parseMessagesFile(file))).toEqual([]);
  });
});

describe('the checks fail on broken input', () => {
  const fixture = (object: Record<string, unknown>): ParsedMessage[] => parseMessagesObject(object as never);
  const base = { common: { cancel: 'Cancel', hello: 'Hello {name}', items: { 1: '$1 item', n: '$1 items' } } };

  test('a locale missing a key, with an extra key, or with changed placeholders', () => {
    const broken = fixture({ common: { hello: 'Bonjour {nom}', items: 'des éléments', extra: 'En trop' } });
    expect(localeProblems(fixture(base), broken)).toEqual([
      'missing: common.cancel',
      'placeholders differ: common.hello (text $0 {nom}, English has text $0 {name})',
      'placeholders differ: common.items (text $0 {}, English has plural $1 {})',
      'not in English: common.extra',
    ]);
    expect(localeProblems(fixture(base), fixture(base))).toEqual([]);
  });

  test('a key the code uses but English lacks is found, in calls and in lookup tables', () => {
    const code = `i18n.t('common.cancel'); const KEYS = { a: 'common.nope' }; i18n.t("popup.gone"); import './common.css'; getURL('popup.html');`;
    const found = usedKeys(code, ['common', 'popup'], new Map());
    expect(found).toEqual(['common.cancel', 'common.nope', 'popup.gone']);
    expect(found.filter((k) => !new Set(keysOf(fixture(base))).has(k))).toEqual(['common.nope', 'popup.gone']);
    expect(usedKeys(`name: '__MSG_manifest_name__', x: '__MSG_nope__'`, [], new Map([['manifest_name', 'manifest.name']]))).toEqual([
      'manifest.name',
      '__MSG_nope__',
    ]);
  });

  test('names the browser cannot tell apart or cannot store', () => {
    expect(nameProblems(fixture({ a: { b_c: 'x' }, a_b: { c: 'y' }, 'bad-name': 'z' }))).toEqual([
      'a_b.c and a.b_c are both a_b_c to the browser',
      'not a valid message name: bad-name',
    ]);
  });
});

test('the unit-test getMessage follows the browser: $n, $$ and unknown names', () => {
  const get = getMessageFrom(chromeMessages(files.en!));
  expect(get('checklist_ask_openCount', ['3'])).toBe('$1 open question (not asked yet, or answered unclearly). | $1 open questions (not asked yet, or answered unclearly).'.replaceAll('$1', '3'));
  expect(getMessageFrom({ price: { message: 'costs $$$1' } })('price', '5')).toBe('costs $5');
  expect(get('no_such_message')).toBe('');
});
