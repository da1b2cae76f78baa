import { describe, expect, test } from 'vitest';
import { parseCsv } from '../export/csv.ts';
import { categoryByCode } from '../lexicon/index.ts';
import { flagsToCsv, flagsToMarkdown, groupBySite } from './report.ts';
import { sampleFlag, UUIDS } from './test-fixtures.ts';

const hostile = sampleFlag('permanent results', { note: '=HYPERLINK("http://evil.example","x")\n# heading [link](http://e.example)' });
const other = sampleFlag('stem cell facials', { url: 'http://127.0.0.1:8080/page', category: 'other', title: '' }, UUIDS[1]);

describe('flagsToCsv', () => {
  test('one header row and one row per flag, formula cells neutralised', () => {
    const rows = parseCsv(flagsToCsv([hostile, other]));
    expect(rows).toHaveLength(3);
    expect(rows[0]!.slice(0, 7)).toEqual(['Site', 'Page', 'Page title', 'Quote', 'Category', 'Severity', 'Note']);
    const byQuote = new Map(rows.slice(1).map((r) => [r[3], r]));
    expect(byQuote.get('permanent results')!.slice(0, 7)).toEqual([
      'renew-clinic.example',
      'https://www.renew-clinic.example/facials',
      'Stem cell facials | Renew',
      'permanent results',
      `${categoryByCode('PERM').name} (PERM)`,
      'high',
      `'=HYPERLINK("http://evil.example","x")\n# heading [link](http://e.example)`,
    ]);
    expect(byQuote.get('stem cell facials')![0]).toBe('127.0.0.1');
    expect(byQuote.get('stem cell facials')![4]).toBe('Other');
  });
});

describe('flagsToMarkdown', () => {
  const md = flagsToMarkdown([hostile, other], new Date('2026-09-02T08:00:00Z'));

  test('groups by site, A to Z', () => {
    expect(groupBySite([hostile, other]).map(([site]) => site)).toEqual(['127.0.0.1', 'renew-clinic.example']);
    expect(md.indexOf('## 127\\.0\\.0\\.1')).toBeLessThan(md.indexOf('## renew\\-clinic\\.example'));
  });

  test('page text and notes are escaped: no live links, headings or HTML', () => {
    expect(md).toContain('Note: \\=HYPERLINK\\(');
    expect(md).toContain('\\# heading \\[link\\]\\(http://e\\.example\\)');
    expect(md).not.toMatch(/\]\(http/);
    expect(md.split('\n').filter((l) => l.startsWith('#'))).toHaveLength(3);
  });
});
