import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { QuestionId } from '../../lib/lexicon/types.ts';
import { isQuestionId } from '../../lib/checklist/questions.ts';
import type { Answer, AnswerMap, Clinic, ClinicId } from '../../lib/checklist/model.ts';
import type { ClinicWithAnswers } from '../../lib/checklist/format.ts';
import type { ImportPlan } from '../../lib/checklist/import-plan.ts';
import { ANSWER_MIGRATIONS, CLINIC_MIGRATIONS, STORAGE_VERSION } from '../../lib/checklist/migrations.ts';
import { parseStoredAnswer, parseStoredClinic } from '../../lib/checklist/stored.ts';

/**
 * Checklist storage, one key per record so that two open views (the popup
 * and the comparison tab) never overwrite each other's changes: there is no
 * shared list to read, modify and write back.
 * - `local:clinic:<clinicId>`                 Clinic
 * - `local:answer:<clinicId>:<questionId>`    Answer
 * - `local:checklist-position:<clinicId>`     QuestionId the person was on
 * Each record is a WXT storage item with a version (metadata under `<key>$`);
 * bulk reads upgrade records with the same migration tables (lib/checklist/stored.ts).
 */
const CLINIC = 'clinic:';
const ANSWER = 'answer:';
const POSITION = 'checklist-position:';
const PREFIXES = [CLINIC, ANSWER, POSITION];
const META = { v: STORAGE_VERSION };

const clinicKey = (id: ClinicId) => `${CLINIC}${id}`;
const answerKey = (id: ClinicId, q: QuestionId) => `${ANSWER}${id}:${q}`;

/** The WXT item for one clinic record. */
export const clinicItem = (id: ClinicId) =>
  storage.defineItem<Clinic | null>(`local:${clinicKey(id)}`, { fallback: null, version: STORAGE_VERSION, migrations: CLINIC_MIGRATIONS });
/** The WXT item for one answer. */
export const answerItem = (id: ClinicId, q: QuestionId) =>
  storage.defineItem<Answer | null>(`local:${answerKey(id, q)}`, { fallback: null, version: STORAGE_VERSION, migrations: ANSWER_MIGRATIONS });
/** The question the person was last on for a clinic (resume point). */
export const positionItem = (id: ClinicId) => storage.defineItem<QuestionId | null>(`local:${POSITION}${id}`, { fallback: null });
/** The clinic last chosen by hand, for pages that are not a clinic site. */
export const lastClinicItem = storage.defineItem<ClinicId | null>('local:checklist-last-clinic', { fallback: null });

/** Splits `answer:<clinicId>:<Qn>` (clinic ids contain colons, question ids do not). */
function splitAnswerKey(key: string): [ClinicId, QuestionId] | undefined {
  const rest = key.slice(ANSWER.length);
  const cut = rest.lastIndexOf(':');
  const q = rest.slice(cut + 1);
  return cut > 0 && isQuestionId(q) ? [rest.slice(0, cut), q] : undefined;
}

/** Every clinic with its answers, sorted by name, damaged records skipped. One storage read. */
export async function loadAll(): Promise<ClinicWithAnswers[]> {
  const all = await browser.storage.local.get(null);
  const version = (key: string) => (all[`${key}$`] as { v?: unknown } | undefined)?.v;
  const byId = new Map<ClinicId, ClinicWithAnswers>();
  for (const [key, raw] of Object.entries(all)) {
    if (!key.startsWith(CLINIC) || key.endsWith('$')) continue;
    const clinic = parseStoredClinic(raw, version(key));
    if (clinic && clinicKey(clinic.id) === key) byId.set(clinic.id, { clinic, answers: {} });
  }
  for (const [key, raw] of Object.entries(all)) {
    if (!key.startsWith(ANSWER) || key.endsWith('$')) continue;
    const parts = splitAnswerKey(key);
    const answer = parts && parseStoredAnswer(raw, version(key));
    const owner = parts && byId.get(parts[0]);
    if (owner && answer) owner.answers[parts[1]] = answer;
  }
  return [...byId.values()].sort((a, b) => a.clinic.name.localeCompare(b.clinic.name) || a.clinic.id.localeCompare(b.clinic.id));
}

/** One clinic and its answers, or undefined. */
export async function loadClinic(id: ClinicId): Promise<ClinicWithAnswers | undefined> {
  return (await loadAll()).find((c) => c.clinic.id === id);
}

/** Creates or updates a clinic record (only that key is written). */
export async function saveClinic(clinic: Clinic): Promise<void> {
  await clinicItem(clinic.id).setValue(clinic);
}

/** Records one answer (only that key is written). */
export async function saveAnswer(id: ClinicId, q: QuestionId, answer: Answer): Promise<void> {
  await answerItem(id, q).setValue(answer);
}

/** Every key of the checklist's records for these clinics (with metadata keys). */
function keysOf(all: Record<string, unknown>, ids: Set<ClinicId> | 'all'): string[] {
  return Object.keys(all).filter((key) => {
    const base = key.endsWith('$') ? key.slice(0, -1) : key;
    if (ids === 'all') return PREFIXES.some((p) => base.startsWith(p)) || base === 'checklist-last-clinic';
    if (base.startsWith(ANSWER)) return ids.has(splitAnswerKey(base)?.[0] ?? '');
    for (const p of [CLINIC, POSITION]) if (base.startsWith(p) && ids.has(base.slice(p.length))) return true;
    return false;
  });
}

/** Deletes a clinic with its answers and resume point, in one storage call. */
export async function deleteClinic(id: ClinicId): Promise<void> {
  await browser.storage.local.remove(keysOf(await browser.storage.local.get(null), new Set([id])));
}

/** Deletes every clinic and answer (other features' data stays). */
export async function deleteAllChecklist(): Promise<void> {
  await browser.storage.local.remove(keysOf(await browser.storage.local.get(null), 'all'));
}

/**
 * Applies a confirmed import plan in ONE `storage.local.set` call, which the
 * browser applies all or nothing. A replaced clinic's answers that the file
 * does not have are overwritten with an empty answer rather than removed
 * (a second call could fail half-way).
 */
export async function applyImport(plan: ImportPlan, now: number): Promise<void> {
  const all = await browser.storage.local.get(null);
  const values: Record<string, unknown> = {};
  const put = (key: string, value: unknown) => {
    values[key] = value;
    values[`${key}$`] = META;
  };
  for (const { clinic, answers } of [...plan.toAdd, ...plan.toReplace.map((r) => r.incoming)]) {
    put(clinicKey(clinic.id), clinic);
    for (const key of keysOf(all, new Set([clinic.id]))) {
      if (key.startsWith(ANSWER) && !key.endsWith('$')) put(key, { status: 'not-asked', note: '', updatedAt: now } satisfies Answer);
    }
    for (const [q, answer] of Object.entries(answers) as Array<[QuestionId, Answer]>) put(answerKey(clinic.id, q), answer);
  }
  await browser.storage.local.set(values);
}

/** Calls `onChange` whenever any checklist record changes (in any view). Returns the unsubscribe. */
export function watchChecklist(onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && Object.keys(changes).some((k) => PREFIXES.some((p) => k.startsWith(p)))) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** The answers of one clinic from a bulk load (empty when it has none). */
export function answersOf(items: readonly ClinicWithAnswers[], id: ClinicId): AnswerMap {
  return items.find((i) => i.clinic.id === id)?.answers ?? {};
}
