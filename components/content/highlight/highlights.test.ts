import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { GROUP_PRIORITY } from './renderer.ts';

// highlights.css is manifest CSS: it applies to every http(s) page, so it may
// hold nothing but rules for ClinicCheck's own highlight groups.
const css = readFileSync(join(import.meta.dirname, 'highlights.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
const selectors = [...css.matchAll(/([^{}]+)\{[^{}]*\}/g)].map((m) => m[1]!.trim());

test('every rule styles one of our highlight groups, and nothing else', () => {
  expect(selectors.length).toBeGreaterThan(0);
  for (const selector of selectors) expect(selector).toMatch(/^::highlight\(cliniccheck-[a-z]+\)$/);
  expect(css).not.toMatch(/@import|@font-face|@media|:root|\bhtml\b|\bbody\b/);
});

test('every group the renderer paints has a style', () => {
  expect(selectors.map((s) => /\(([^)]+)\)/.exec(s)![1]).sort()).toEqual(Object.keys(GROUP_PRIORITY).sort());
});
