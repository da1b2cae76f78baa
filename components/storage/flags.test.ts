import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import { deleteDismissal, deleteFlag, listDismissals, listFlags, listPlacements, recordPlacements, saveDismissal, saveFlag, saveFlags, watchFlags } from './flags.ts';
import { sampleFlag, UUIDS } from '../../lib/flags/test-fixtures.ts';
import { dismissOnSite } from '../../lib/flags/dismissals.ts';

beforeEach(() => fakeBrowser.reset());

test('flags are stored one key each, listed, replaced and deleted', async () => {
  const a = sampleFlag('permanent results');
  const b = sampleFlag('stem cell facials', {}, UUIDS[1]);
  await saveFlags([a, b]);
  expect(Object.keys(await browser.storage.local.get(null)).filter((k) => !k.endsWith('$')).sort()).toEqual([`flag:${a.id}`, `flag:${b.id}`]);
  await saveFlag({ ...a, note: 'edited' });
  expect((await listFlags()).find((f) => f.id === a.id)!.note).toBe('edited');
  await deleteFlag(a.id);
  expect((await listFlags()).map((f) => f.id)).toEqual([b.id]);
});

test('two views saving different flags at once keep both', async () => {
  await Promise.all([saveFlag(sampleFlag('permanent results')), saveFlag(sampleFlag('stem cell facials', {}, UUIDS[1]))]);
  expect(await listFlags()).toHaveLength(2);
});

test('a damaged record is skipped, not fatal', async () => {
  await saveFlag(sampleFlag('permanent results'));
  await browser.storage.local.set({ 'flag:broken': { id: 'broken', url: 5 } });
  expect((await listFlags()).map((f) => f.id)).toEqual([UUIDS[0]]);
});

test('dismissals are saved, listed and undone; watchers hear about it', async () => {
  const changed = vi.fn();
  const stop = watchFlags(changed);
  const d = dismissOnSite('https://clinic.example/', 'INV-01', 'd1', new Date());
  await saveDismissal(d);
  expect(await listDismissals()).toEqual([d]);
  await deleteDismissal('d1');
  expect(await listDismissals()).toEqual([]);
  await vi.waitFor(() => expect(changed).toHaveBeenCalled());
  stop();
});

test('placements are recorded only when they change, and go with their flag', async () => {
  const a = sampleFlag('permanent results');
  await saveFlag(a);
  const set = vi.spyOn(browser.storage.local, 'set');
  await recordPlacements([], [a.id], new Date('2026-09-01T00:00:00Z'));
  await recordPlacements([], [a.id], new Date('2026-09-02T00:00:00Z'));
  expect(set).toHaveBeenCalledTimes(1);
  expect((await listPlacements()).get(a.id)).toEqual({ orphaned: true, checkedAt: '2026-09-01T00:00:00.000Z' });
  await recordPlacements([a.id], [], new Date('2026-09-03T00:00:00Z'));
  expect((await listPlacements()).get(a.id)!.orphaned).toBe(false);
  await deleteFlag(a.id);
  expect((await listPlacements()).size).toBe(0);
});
