/**
 * Reading stored records back: upgrade them from the version in their
 * metadata, then check their shape. Storage can hold records from an older
 * ClinicCheck, or damaged ones; a record that fails is skipped, never fatal.
 */
import { ANSWER_STATUSES, LIMITS, isClinicId, type Answer, type Clinic } from './model.ts';
import { ANSWER_MIGRATIONS, CLINIC_MIGRATIONS, STORAGE_VERSION, type Migrations } from './migrations.ts';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/**
 * Runs `steps` from `fromVersion` up to `STORAGE_VERSION`. Undefined for a
 * record newer than this code (left alone in storage) or a failed step.
 */
export function upgradeRecord(value: unknown, fromVersion: unknown, steps: Migrations, to = STORAGE_VERSION): unknown {
  const from = typeof fromVersion === 'number' ? fromVersion : 1;
  if (from > to) return undefined;
  let current = value;
  try {
    for (let v = from + 1; v <= to; v++) current = steps[v] ? steps[v]!(current) : current;
  } catch {
    return undefined;
  }
  return current;
}

/** A stored clinic, or undefined when damaged. */
export function parseStoredClinic(raw: unknown, version?: unknown): Clinic | undefined {
  const v = upgradeRecord(raw, version, CLINIC_MIGRATIONS);
  if (!isObj(v) || !isClinicId(v.id) || typeof v.name !== 'string' || typeof v.domain !== 'string') return undefined;
  if ((v.createdFrom !== 'site' && v.createdFrom !== 'manual') || !isTime(v.createdAt) || !isTime(v.updatedAt)) return undefined;
  return {
    id: v.id,
    name: v.name.slice(0, LIMITS.name) || v.id,
    domain: v.domain.slice(0, LIMITS.domain),
    createdFrom: v.createdFrom,
    createdAt: v.createdAt,
    updatedAt: v.updatedAt,
  };
}

/** A stored answer, or undefined when damaged. */
export function parseStoredAnswer(raw: unknown, version?: unknown): Answer | undefined {
  const v = upgradeRecord(raw, version, ANSWER_MIGRATIONS);
  if (!isObj(v) || !(ANSWER_STATUSES as readonly unknown[]).includes(v.status)) return undefined;
  if (typeof v.note !== 'string' || !isTime(v.updatedAt)) return undefined;
  return { status: v.status as Answer['status'], note: v.note.slice(0, LIMITS.note), updatedAt: v.updatedAt };
}
