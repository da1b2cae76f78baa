import { describe, expect, test } from 'vitest';
import { parseCsv, neutraliseFormula } from '../export/csv.ts';
import { HOSTILE_TEXTS } from '../export/hostile-samples.ts';
import { buildExport, exportJson } from './format.ts';
import { CSV_HEADER, exportCsv } from './export-csv.ts';
import { exportMarkdown } from './export-markdown.ts';
import { exportHtml } from './export-html.ts';
import { parseImport } from './validate.ts';
import { planImport } from './import-plan.ts';
import { sampleClinics, SAMPLE_TIME } from './sample-data.ts';

const items = sampleClinics();
const [hostile] = items;

describe('JSON export', () => {
  test('is versioned and complete', () => {
    const doc = buildExport(items, SAMPLE_TIME);
    expect(doc).toMatchObject({ format: 'cliniccheck-checklist', schemaVersion: 1, exportedAt: '2026-11-01T09:30:00.123Z' });
    expect(doc.clinics).toHaveLength(2);
    expect(Object.keys(doc.clinics[0]!.answers)).toHaveLength(HOSTILE_TEXTS.length);
    expect(doc.clinics[0]!.answers.Q1).toEqual({ status: 'reassuring', note: HOSTILE_TEXTS[0], updatedAt: '2026-11-01T09:30:00.123Z' });
  });
  test('imports back to the same records', () => {
    const parsed = parseImport(exportJson(items, SAMPLE_TIME));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const plan = planImport(parsed.file, []);
    expect(plan.toAdd).toEqual(items);
    expect(exportJson(plan.toAdd, SAMPLE_TIME)).toBe(exportJson(items, SAMPLE_TIME));
  });
  test('leaves out answers that carry nothing', () => {
    const doc = buildExport([{ clinic: hostile!.clinic, answers: { Q1: { status: 'not-asked', note: '', updatedAt: 1 } } }], 0);
    expect(doc.clinics[0]!.answers).toEqual({});
  });
});

describe('CSV export', () => {
  const rows = parseCsv(exportCsv(items));
  test('header plus 28 rows per clinic', () => {
    expect(rows[0]).toEqual(CSV_HEADER);
    expect(rows).toHaveLength(1 + 56);
  });
  test('hostile notes survive, formulas neutralised, nothing starts a formula', () => {
    const notes = rows.slice(1, 1 + HOSTILE_TEXTS.length).map((r) => r[6]);
    expect(notes).toEqual(HOSTILE_TEXTS.map(neutraliseFormula));
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(rows[1]![0]).toBe(neutraliseFormula(hostile!.clinic.name));
  });
  test('starts with a BOM for spreadsheets', () => {
    expect(exportCsv(items).charCodeAt(0)).toBe(0xfeff);
  });
});

describe('Markdown export', () => {
  const md = exportMarkdown(items, SAMPLE_TIME);
  test('one heading per clinic and section, tables per section', () => {
    expect(md.match(/^## /gm)).toHaveLength(2);
    expect(md.match(/^### /gm)).toHaveLength(16);
    expect(md.match(/^\| Q\d+ \|/gm)).toHaveLength(56);
  });
  test('hostile text cannot break out of its cell or become markup', () => {
    for (const line of md.split('\n').filter((l) => l.startsWith('| Q'))) {
      expect(line.replace(/\\\|/g, '').split('|')).toHaveLength(6);
    }
    expect(md).not.toContain('<script>');
    expect(md).not.toContain('](javascript');
    expect(md).toContain('\\=cmd\\|');
    expect(md).toContain('مرحبا');
    expect(md).toContain('💉🧬');
  });
});

describe('HTML export', () => {
  const html = exportHtml(items, SAMPLE_TIME);
  const doc = new DOMParser().parseFromString(html, 'text/html');
  test('no element from stored text: only the structure we wrote', () => {
    expect(doc.querySelectorAll('script, img, b').length).toBe(0);
    expect(doc.querySelectorAll('section.clinic')).toHaveLength(2);
    expect(doc.querySelectorAll('tbody tr')).toHaveLength(56);
  });
  test('texts read back exactly', () => {
    expect(doc.querySelector('h2')!.textContent).toBe(hostile!.clinic.name);
    const notes = [...doc.querySelectorAll('td.note')].slice(0, HOSTILE_TEXTS.length).map((td) => td.textContent!.replace(/\r\n?/g, '\n'));
    expect(notes).toEqual(HOSTILE_TEXTS.map((t) => t.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g, '')));
  });
  test('has print styles and forbids scripts', () => {
    expect(html).toContain('@media print');
    expect(html).toContain("default-src 'none'");
  });
});
