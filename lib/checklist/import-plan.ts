/**
 * What an import would change, shown to the person before they confirm:
 * clinics to add, clinics to replace (same id, different content) and exact
 * duplicates skipped (also repeated ids inside the file).
 */
import { exportClinic, importedToRecords, type ChecklistExport, type ClinicWithAnswers } from './format.ts';
import { parseImport, type ImportFailure } from './validate.ts';

export interface ImportPlan {
  toAdd: ClinicWithAnswers[];
  /** Incoming records whose id already exists with different content. */
  toReplace: Array<{ incoming: ClinicWithAnswers; existing: ClinicWithAnswers }>;
  duplicatesSkipped: number;
}

const canonical = (item: ClinicWithAnswers) => JSON.stringify(exportClinic(item));

/** Compares a validated file with what is stored. */
export function planImport(file: ChecklistExport, stored: readonly ClinicWithAnswers[]): ImportPlan {
  const existing = new Map(stored.map((s) => [s.clinic.id, s]));
  const seen = new Set<string>();
  const plan: ImportPlan = { toAdd: [], toReplace: [], duplicatesSkipped: 0 };
  for (const c of file.clinics) {
    if (seen.has(c.id)) {
      plan.duplicatesSkipped++;
      continue;
    }
    seen.add(c.id);
    const incoming = importedToRecords(c);
    const current = existing.get(c.id);
    if (!current) plan.toAdd.push(incoming);
    else if (canonical(current) === canonical(incoming)) plan.duplicatesSkipped++;
    else plan.toReplace.push({ incoming, existing: current });
  }
  return plan;
}

/** "2 clinics to add, 1 to replace, 3 duplicates skipped." */
export function describePlan(plan: ImportPlan): string {
  const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  return `${n(plan.toAdd.length, 'clinic', 'clinics')} to add, ${plan.toReplace.length} to replace, ${n(plan.duplicatesSkipped, 'duplicate', 'duplicates')} skipped.`;
}

export type PreparedImport = { ok: true; file: ChecklistExport; plan: ImportPlan } | ImportFailure;

/**
 * Validates a file's text and plans it against what is stored, in one step:
 * what the person sees before confirming. Nothing is written.
 */
export function prepareImport(text: string, byteLength: number, stored: readonly ClinicWithAnswers[]): PreparedImport {
  const parsed = parseImport(text, byteLength);
  return parsed.ok ? { ok: true, file: parsed.file, plan: planImport(parsed.file, stored) } : parsed;
}
