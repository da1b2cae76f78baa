import { describe, expect, test } from 'vitest';
import { parseStoredAnswer, parseStoredClinic, upgradeRecord } from './stored.ts';
import { sampleClinics } from './sample-data.ts';

const clinic = sampleClinics()[0]!.clinic;

describe('upgradeRecord', () => {
  const steps = { 2: (v: unknown) => ({ ...(v as object), two: true }), 3: (v: unknown) => ({ ...(v as object), three: true }) };
  test('runs the steps after the stored version', () => {
    expect(upgradeRecord({}, 1, steps, 3)).toEqual({ two: true, three: true });
    expect(upgradeRecord({}, 2, steps, 3)).toEqual({ three: true });
    expect(upgradeRecord({}, undefined, steps, 3)).toEqual({ two: true, three: true });
  });
  test('a newer record than the code, or a failing step, gives undefined', () => {
    expect(upgradeRecord({}, 4, steps, 3)).toBeUndefined();
    expect(upgradeRecord({}, 1, { 2: () => { throw new Error('x'); } }, 2)).toBeUndefined();
  });
});

describe('parseStoredClinic / parseStoredAnswer', () => {
  test('good records come back equal', () => {
    expect(parseStoredClinic(clinic)).toEqual(clinic);
    const answer = { status: 'red-flag', note: 'n', updatedAt: 5 };
    expect(parseStoredAnswer(answer, 1)).toEqual(answer);
  });
  test.each([
    null, 'text', [], { ...clinic, id: '__proto__' }, { ...clinic, createdAt: 'x' }, { ...clinic, createdFrom: 'other' }, { ...clinic, name: 5 },
  ])('damaged clinic %#: skipped', (raw) => expect(parseStoredClinic(raw)).toBeUndefined());
  test.each([null, { status: 'maybe', note: '', updatedAt: 1 }, { status: 'unclear', note: 1, updatedAt: 1 }, { status: 'unclear', note: '', updatedAt: -1 }])(
    'damaged answer %#: skipped',
    (raw) => expect(parseStoredAnswer(raw)).toBeUndefined(),
  );
  test('a record from a newer version is skipped', () => {
    expect(parseStoredClinic(clinic, 99)).toBeUndefined();
  });
});
