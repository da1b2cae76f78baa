import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, test } from 'vitest';
import { buildHoldout, HOLDOUT_DIR } from '../tools/build-holdout.ts';
import { CATEGORIES, MarkupError, parseHoldoutSource, toJsonl, type HoldoutPage } from '../tools/holdout-markup.ts';

const committed = readFileSync(join(HOLDOUT_DIR, 'holdout.jsonl'), 'utf8');
const pages = committed.trim().split('\n').map((line) => JSON.parse(line) as HoldoutPage);
const HEADER = '# id: t; kind: marketing; topic: t; url: https://t.example/\n';

describe('holdout.jsonl', () => {
  it('is in sync with the annotated sources (run npm run holdout:build)', () => {
    expect(committed).toBe(toJsonl(buildHoldout()));
  });

  it('has unique ids, both page kinds and invented .example urls', () => {
    expect(new Set(pages.map((p) => p.id)).size).toBe(pages.length);
    expect(new Set(pages.map((p) => p.kind))).toEqual(new Set(['marketing', 'control']));
    for (const p of pages) expect(p.url).toMatch(/^https:\/\/[a-z0-9.-]+\.example\//);
  });

  test.each(pages.map((p) => [p.id, p] as const))('%s: spans are well-formed, ordered and quote the text', (_id, page) => {
    let previousEnd = 0;
    for (const s of page.spans) {
      expect(CATEGORIES).toContain(s.category);
      expect(s.start).toBeGreaterThanOrEqual(previousEnd);
      expect(s.end).toBeGreaterThan(s.start);
      expect(s.end).toBeLessThanOrEqual(page.text.length);
      expect(page.text.slice(s.start, s.end)).toBe(s.quote);
      previousEnd = s.end;
    }
    expect(page.text).not.toMatch(/\[\[|\]\]/);
  });
});

describe('parseHoldoutSource', () => {
  it('strips markers and records UTF-16 offsets, end exclusive', () => {
    const page = parseHoldoutSource(`${HEADER}Café «[[SAFE: no risk]]» and [[PERM: permanent results]].`, 't.txt');
    expect(page.text).toBe('Café «no risk» and permanent results.');
    expect(page.spans).toEqual([
      { start: 6, end: 13, category: 'SAFE', quote: 'no risk' },
      { start: 19, end: 36, category: 'PERM', quote: 'permanent results' },
    ]);
  });

  test.each([
    ['unknown category', 'a [[FOO: x]] b'],
    ['unclosed marker', 'a [[EFF: x b'],
    ['stray closer', 'a x]] b'],
    ['nested marker', 'a [[EFF: x [[SAFE: y]] z]]'],
    ['empty claim', 'a [[EFF: ]] b'],
    ['claim across lines', 'a [[EFF: x\ny]] b'],
  ])('rejects %s', (_name, body) => {
    expect(() => parseHoldoutSource(HEADER + body, 't.txt')).toThrow(MarkupError);
  });

  it('rejects a header without a kind or with a real-looking url', () => {
    expect(() => parseHoldoutSource('# id: t; topic: t; url: https://t.example/\nx', 't.txt')).toThrow(/kind/);
    expect(() => parseHoldoutSource('# id: t; kind: control; topic: t; url: https://clinic.com/\nx', 't.txt')).toThrow(/example/);
  });
});
