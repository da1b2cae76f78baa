import { browser } from 'wxt/browser';
import type { ClinicWithAnswers } from '../../lib/checklist/format.ts';
import { exportJson } from '../../lib/checklist/format.ts';
import { exportCsv } from '../../lib/checklist/export-csv.ts';
import { exportMarkdown } from '../../lib/checklist/export-markdown.ts';
import { exportHtml } from '../../lib/checklist/export-html.ts';
import { MIME, downloadText } from '../export/download.ts';
import { exportTexts } from './labels.ts';

export type ExportKind = 'json' | 'csv' | 'markdown' | 'html';

// Readable formats use the browser's language (components/checklist/labels.ts); JSON has no words to translate.
const FORMATS: Record<ExportKind, { ext: string; mime: string; build: (items: ClinicWithAnswers[], now: number) => string }> = {
  json: { ext: 'json', mime: MIME.json, build: exportJson },
  csv: { ext: 'csv', mime: MIME.csv, build: (items) => exportCsv(items, exportTexts()) },
  markdown: { ext: 'md', mime: MIME.markdown, build: (items, now) => exportMarkdown(items, now, exportTexts()) },
  html: { ext: 'html', mime: MIME.html, build: (items, now) => exportHtml(items, now, exportTexts()) },
};

/** Downloads these clinics in one format: `cliniccheck-checklist-2026-11-22.json`, or the clinic's name for one. */
export function downloadExport(kind: ExportKind, items: ClinicWithAnswers[], now = Date.now()): void {
  const { ext, mime, build } = FORMATS[kind];
  const date = new Date(now).toISOString().slice(0, 10);
  const base = items.length === 1 ? `cliniccheck-${items[0]!.clinic.name}` : 'cliniccheck-checklist';
  downloadText(`${base}-${date}.${ext}`, build(items, now), mime);
}

/** Opens the print view (all clinics, or one) in a new tab. */
export function openPrintView(clinicId?: string): void {
  const query = clinicId ? `?clinic=${encodeURIComponent(clinicId)}` : '';
  void browser.tabs.create({ url: `${browser.runtime.getURL('/print.html')}${query}` });
}
