import { describe, expect, test } from 'vitest';
import { CATEGORIES, LEXICON, termById } from './index.ts';
import { GENERIC_WORDS } from './generic-words.ts';
import { SOURCES } from './sources.ts';
import { CATEGORY_CODES, type LexiconTerm } from './types.ts';

const ID = new RegExp(`^(${CATEGORY_CODES.join('|')})-\\d\\d$`);
const QUESTION = /^Q([1-9]|1\d|2[0-8])$/;

/**
 * Syntax problems in one variant of the pattern language, or [] when it
 * parses: groups balanced and not nested, no empty alternative or optional,
 * `...` only between words, at least one required word.
 */
function variantErrors(variant: string): string[] {
  const errors: string[] = [];
  let open: '(' | '[' | null = null;
  let body = '';
  for (const ch of variant) {
    if (ch === '(' || ch === '[') {
      if (open) errors.push(`nested ${ch}`);
      open = ch;
      body = '';
    } else if (ch === ')' || ch === ']') {
      const expected = ch === ')' ? '(' : '[';
      if (open !== expected) errors.push(`unbalanced ${ch}`);
      const parts = ch === ')' ? body.split('|') : [body];
      if (parts.some((p) => p.trim() === '')) errors.push(`empty alternative in ${expected}${body}${ch}`);
      if (ch === ']' && body.includes('|')) errors.push('alternatives inside [] are not supported');
      open = null;
    } else if (open) {
      body += ch;
    } else if (ch === '|') {
      errors.push('| outside parentheses');
    }
  }
  if (open) errors.push(`unclosed ${open}`);
  const trimmed = variant.trim();
  if (trimmed.startsWith('...') || trimmed.endsWith('...')) errors.push('... must sit between words');
  if (trimmed !== variant || /\s{2}/.test(variant)) errors.push('stray whitespace');
  if (variant.replace(/\[[^\]]*\]/g, '').replace(/\.\.\./g, '').trim() === '') errors.push('no required word');
  return errors;
}

/** Sentences in a short text, ignoring decimals such as "1.5". */
function sentenceCount(text: string): number {
  return text.split(/[.!?](?=\s+[A-Z"(])/).length;
}

describe('variant syntax check', () => {
  test.each([
    ['(permanent|lasting) results', 0],
    ['[100%] guaranteed', 0],
    ['results ... permanent', 0],
    ['(a|) b', 1],
    ['(a b', 1],
    ['a ] b', 1],
    ['((a|b)|c)', 2],
    ['... a', 1],
    ['[a]', 1],
  ])('%s has %i problem(s)', (variant, count) => {
    expect(variantErrors(variant).length > 0).toBe(count > 0);
  });
});

describe('lexicon', () => {
  test('has every category and about a hundred terms', () => {
    expect(new Set(LEXICON.map((t) => t.category))).toEqual(new Set(CATEGORY_CODES));
    expect(CATEGORIES.map((c) => c.code)).toEqual([...CATEGORY_CODES]);
    expect(LEXICON.length).toBeGreaterThanOrEqual(98);
  });

  test('ids are unique', () => {
    const ids = LEXICON.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('categories have a name, a summary and valid questions', () => {
    for (const c of CATEGORIES) {
      expect(c.name.length).toBeGreaterThan(0);
      expect(c.summary.length).toBeGreaterThan(0);
      expect(c.ask.length).toBeGreaterThan(0);
      for (const q of c.ask) expect(q).toMatch(QUESTION);
    }
  });

  test.each(LEXICON.map((t): [string, LexiconTerm] => [t.id, t]))('%s is complete and consistent', (id, t) => {
    expect(id).toMatch(ID);
    expect(id.split('-')[0]).toBe(t.category);
    expect(termById(id)).toBe(t);
    expect(t.term.trim().length).toBeGreaterThan(0);
    expect(['high', 'medium', 'low']).toContain(t.severity);
    if (t.infoOnly) expect(t.severity).toBe('low');

    expect(t.variants.length).toBeGreaterThan(0);
    for (const v of t.variants) expect(variantErrors(v), v).toEqual([]);
    expect(new Set(t.variants).size).toBe(t.variants.length);

    expect(t.explanation.length).toBeGreaterThan(40);
    expect(t.explanation.length).toBeLessThan(320);
    expect(sentenceCount(t.explanation)).toBeLessThanOrEqual(2);

    expect(t.ask.length).toBeGreaterThan(0);
    for (const q of t.ask) expect(q).toMatch(QUESTION);
    expect(t.sources.length).toBeGreaterThan(0);
    for (const s of t.sources) expect(SOURCES[s], s).toBeDefined();
    expect(t.notProblemWhen.length).toBeGreaterThan(0);
    for (const n of t.notProblemWhen) expect(n.trim().length).toBeGreaterThan(0);

    expect(t.examples.match.length).toBeGreaterThan(0);
    expect(t.examples.noMatch.length).toBeGreaterThan(0);
    for (const e of [...t.examples.match, ...t.examples.noMatch]) expect(e.trim().length).toBeGreaterThan(0);
  });
});

describe('context flags', () => {
  const selfNegating = LEXICON.filter((t) => t.selfNegating);
  const invasive = LEXICON.filter((t) => t.needsInvasiveContext);

  test.each(selfNegating.map((t): [string, LexiconTerm] => [t.id, t]))('%s shows a double negation that cancels it', (_id, t) => {
    expect(t.examples.noMatch.some((e) => /\b(no|not|nothing|never)\b/i.test(e))).toBe(true);
  });

  test.each(invasive.map((t): [string, LexiconTerm] => [t.id, t]))('%s matches only where an invasive step is described', (_id, t) => {
    // Rule R5: these words are claims only when the page describes needles, harvest or anaesthesia.
    const step = /inject|needle|fat|harvest|liposuction|anaesth|anesth|incision/i;
    for (const e of t.examples.match) expect(e, e).toMatch(step);
  });
});

describe('sources', () => {
  test.each(Object.entries(SOURCES))('%s is complete', (key, s) => {
    expect(s.id).toBe(key);
    expect(s.org && s.title && s.url).toBeTruthy();
    expect(s.year).toBeGreaterThan(1990);
  });
});

describe('generic words', () => {
  test('each group has words and a reason, and no lexicon variant is a bare generic word', () => {
    const bare = new Set<string>();
    for (const g of GENERIC_WORDS) {
      expect(g.reason.trim().length).toBeGreaterThan(0);
      expect(g.words.length).toBeGreaterThan(0);
      for (const w of g.words) bare.add(w.toLowerCase());
    }
    for (const t of LEXICON) {
      if (t.infoOnly) continue;
      for (const v of t.variants) expect(bare.has(v.toLowerCase()), `${t.id}: ${v}`).toBe(false);
    }
  });
});
