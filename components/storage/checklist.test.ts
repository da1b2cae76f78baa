import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import {
  answerItem, applyImport, deleteAllChecklist, deleteClinic, loadAll, loadClinic, positionItem, saveAnswer, saveClinic, watchChecklist,
} from './checklist.ts';
import { makeAnswer, renameClinic } from '../../lib/checklist/model.ts';
import { exportJson } from '../../lib/checklist/format.ts';
import { parseImport } from '../../lib/checklist/validate.ts';
import { planImport } from '../../lib/checklist/import-plan.ts';
import { sampleClinics, SAMPLE_TIME } from '../../lib/checklist/sample-data.ts';

beforeEach(() => fakeBrowser.reset());

async function seed() {
  for (const { clinic, answers } of sampleClinics()) {
    await saveClinic(clinic);
    for (const [q, a] of Object.entries(answers)) await saveAnswer(clinic.id, q as `Q${number}`, a!);
  }
}
const snapshot = () => browser.storage.local.get(null);

describe('records', () => {
  test('saved one key each, with a version, and loaded back equal', async () => {
    await seed();
    expect(await loadAll()).toEqual([...sampleClinics()].sort((a, b) => a.clinic.name.localeCompare(b.clinic.name)));
    const all = await snapshot();
    expect(all['answer:site:example-clinic.com:Q1']).toMatchObject({ status: 'reassuring' });
    expect(all['answer:site:example-clinic.com:Q1$']).toEqual({ v: 1 });
    expect(all['clinic:site:example-clinic.com$']).toEqual({ v: 1 });
  });
  test('damaged, misplaced and orphan records are skipped', async () => {
    await seed();
    await browser.storage.local.set({
      'clinic:site:broken.com': { id: 'site:broken.com', name: 5 },
      'clinic:site:elsewhere.com': sampleClinics()[1]!.clinic,
      'answer:site:nobody.com:Q1': makeAnswer('red-flag', '', 1),
      'answer:site:example-clinic.com:Q99': makeAnswer('red-flag', '', 1),
      'answer:site:example-clinic.com:Q28': { status: 'weird' },
    });
    const all = await loadAll();
    expect(all.map((c) => c.clinic.id).sort()).toEqual(sampleClinics().map((c) => c.clinic.id).sort());
    expect(all.find((c) => c.clinic.id === 'site:example-clinic.com')!.answers.Q28).toBeUndefined();
  });
  test('a record written by a newer version is left alone and not shown', async () => {
    await seed();
    await browser.storage.local.set({ 'answer:site:example-clinic.com:Q1$': { v: 9 } });
    expect((await loadClinic('site:example-clinic.com'))!.answers.Q1).toBeUndefined();
    expect((await snapshot())['answer:site:example-clinic.com:Q1']).toBeDefined();
  });
  test('resume position is stored per clinic', async () => {
    await positionItem('site:a.com').setValue('Q7');
    expect(await positionItem('site:a.com').getValue()).toBe('Q7');
    expect(await positionItem('site:b.com').getValue()).toBeNull();
  });
});

describe('migrations', () => {
  test('WXT runs a later version step on an item stored at v1 (the wiring the real tables use)', async () => {
    await answerItem('site:a.com', 'Q1').setValue(makeAnswer('unclear', 'old', 1));
    const v2 = storage.defineItem<Record<string, unknown>>('local:answer:site:a.com:Q1', {
      version: 2,
      migrations: { 2: (old: Record<string, unknown>) => ({ ...old, note: `${old.note} (migrated)` }) },
    });
    expect(await v2.getValue()).toMatchObject({ note: 'old (migrated)' });
    expect((await snapshot())['answer:site:a.com:Q1$']).toEqual({ v: 2 });
  });
});

describe('two views at once', () => {
  test('concurrent edits to different questions both survive', async () => {
    await seed();
    const [popupView, compareView] = await Promise.all([loadAll(), loadAll()]);
    const id = popupView[0]!.clinic.id;
    await Promise.all([
      saveAnswer(id, 'Q27', makeAnswer('red-flag', 'from the popup', 10)),
      saveAnswer(compareView[0]!.clinic.id, 'Q28', makeAnswer('reassuring', 'from the comparison page', 11)),
    ]);
    const answers = (await loadClinic(id))!.answers;
    expect(answers.Q27?.note).toBe('from the popup');
    expect(answers.Q28?.note).toBe('from the comparison page');
  });
  test('a rename in one view and an answer in the other both survive', async () => {
    await seed();
    const clinic = (await loadAll())[1]!.clinic;
    await Promise.all([saveClinic(renameClinic(clinic, 'New name', 20)), saveAnswer(clinic.id, 'Q1', makeAnswer('unclear', 'x', 21))]);
    const after = (await loadClinic(clinic.id))!;
    expect(after.clinic.name).toBe('New name');
    expect(after.answers.Q1?.note).toBe('x');
  });
  test('watchers hear about changes from any view', async () => {
    const changed = vi.fn();
    const stop = watchChecklist(changed);
    await saveAnswer('site:a.com', 'Q1', makeAnswer('unclear', '', 1));
    await vi.waitFor(() => expect(changed).toHaveBeenCalled());
    stop();
  });
});

describe('delete and import', () => {
  test('delete one clinic removes its answers and position only', async () => {
    await seed();
    await positionItem('site:example-clinic.com').setValue('Q3');
    await browser.storage.local.set({ 'flag:keep': { x: 1 } });
    await deleteClinic('site:example-clinic.com');
    const keys = Object.keys(await snapshot());
    expect(keys.some((k) => k.includes('example-clinic.com'))).toBe(false);
    expect(keys).toContain('flag:keep');
    expect((await loadAll()).map((c) => c.clinic.id)).toEqual(['manual:0f8c2d9e-1b2a-4c3d-9e8f-7a6b5c4d3e2f']);
  });
  test('delete everything keeps other features\' data', async () => {
    await seed();
    await browser.storage.local.set({ 'flag:keep': { x: 1 }, settings: { enabled: true } });
    await deleteAllChecklist();
    expect(Object.keys(await snapshot()).sort()).toEqual(['flag:keep', 'settings']);
  });
  test('import into an empty profile round-trips exactly', async () => {
    const text = exportJson(sampleClinics(), SAMPLE_TIME);
    const parsed = parseImport(text);
    if (!parsed.ok) throw new Error(parsed.error);
    await applyImport(planImport(parsed.file, await loadAll()), 1);
    expect(exportJson(await loadAll(), SAMPLE_TIME)).toBe(exportJson([...sampleClinics()].sort((a, b) => a.clinic.name.localeCompare(b.clinic.name)), SAMPLE_TIME));
  });
  test('a replaced clinic takes the file\'s answers; answers the file lacks are emptied', async () => {
    await seed();
    const [hostile] = sampleClinics();
    const incoming = { clinic: { ...hostile!.clinic, name: 'Imported' }, answers: { Q2: makeAnswer('red-flag', 'imported', 5) } };
    const parsed = parseImport(exportJson([incoming], 0));
    if (!parsed.ok) throw new Error(parsed.error);
    const plan = planImport(parsed.file, await loadAll());
    expect(plan.toReplace).toHaveLength(1);
    await applyImport(plan, 99);
    const after = (await loadClinic(hostile!.clinic.id))!;
    expect(after.clinic.name).toBe('Imported');
    expect(exportJson([after], 0)).toBe(exportJson([incoming], 0));
  });
  test('a failing write changes nothing (one call, all or nothing)', async () => {
    await seed();
    const before = await snapshot();
    vi.spyOn(browser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    const parsed = parseImport(exportJson([{ ...sampleClinics()[0]!, clinic: { ...sampleClinics()[0]!.clinic, name: 'X' } }], 0));
    if (!parsed.ok) throw new Error(parsed.error);
    await expect(applyImport(planImport(parsed.file, await loadAll()), 1)).rejects.toThrow(/quota/);
    expect(await snapshot()).toEqual(before);
  });
});
