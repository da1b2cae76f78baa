/**
 * Schema migrations, from version 1 on.
 *
 * Version 1 is the first schema, for both the stored records and the export
 * file, so no step exists yet. When a shape changes: bump the version, add a
 * step `N: (valueAtNMinus1) => valueAtN` here, and keep the old test files.
 * - Storage records: WXT runs `CLINIC_MIGRATIONS` / `ANSWER_MIGRATIONS` per
 *   item from the version stored in the item's metadata (components/storage/checklist.ts).
 * - Export files: `migrateExport` upgrades an older file before validation.
 */

/** WXT-style migration table: target version → function from the previous version. */
export type Migrations = Record<number, (previous: unknown) => unknown>;

/** Version of the stored clinic and answer records. */
export const STORAGE_VERSION = 1;
export const CLINIC_MIGRATIONS: Migrations = {};
export const ANSWER_MIGRATIONS: Migrations = {};

/** Steps that upgrade an export document to the next `schemaVersion`. */
export const EXPORT_MIGRATIONS: Migrations = {};

/**
 * Runs the export migrations from `from` up to `to`, setting `schemaVersion`
 * after each step. Throws when a step is missing.
 */
export function migrateExport(doc: Record<string, unknown>, from: number, to: number, steps: Migrations = EXPORT_MIGRATIONS) {
  let current: unknown = doc;
  for (let version = from + 1; version <= to; version++) {
    const step = steps[version];
    if (!step) throw new Error(`no migration to schema version ${version}`);
    current = { ...(step(current) as Record<string, unknown>), schemaVersion: version };
  }
  return current as Record<string, unknown>;
}
