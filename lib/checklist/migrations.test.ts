import { expect, test } from 'vitest';
import { SCHEMA_VERSION } from './format.ts';
import { EXPORT_MIGRATIONS, migrateExport, STORAGE_VERSION } from './migrations.ts';

test('version 1 is current: no steps to run', () => {
  expect(SCHEMA_VERSION).toBe(1);
  expect(STORAGE_VERSION).toBe(1);
  const doc = { format: 'cliniccheck-checklist', schemaVersion: 1, clinics: [] };
  expect(migrateExport(doc, 1, 1)).toBe(doc);
  expect(Object.keys(EXPORT_MIGRATIONS)).toEqual([]);
});

test('steps run in order and set schemaVersion', () => {
  const steps = {
    2: (d: unknown) => ({ ...(d as object), renamed: true }),
    3: (d: unknown) => ({ ...(d as object), third: (d as { renamed: boolean }).renamed }),
  };
  expect(migrateExport({ schemaVersion: 1 }, 1, 3, steps)).toEqual({ schemaVersion: 3, renamed: true, third: true });
});

test('a missing step is an error, not a silent skip', () => {
  expect(() => migrateExport({ schemaVersion: 1 }, 1, 2, {})).toThrow(/no migration to schema version 2/);
});
