import { describe, expect, test } from 'vitest';
import { cleanName, clinicFromSite, isClinicId, isEmptyAnswer, makeAnswer, manualClinic, renameClinic, siteDomain, LIMITS } from './model.ts';

describe('siteDomain: one record per registrable domain', () => {
  test.each([
    ['https://www.glow-clinic.com/hair/prp?x=1', 'glow-clinic.com'],
    ['https://glow-clinic.com', 'glow-clinic.com'],
    ['http://book.GLOW-clinic.com:8080/', 'glow-clinic.com'],
    ['https://www.klinik.example.co.uk/', 'example.co.uk'],
    ['https://a.b.clinic.com.tr/x', 'clinic.com.tr'],
    ['http://127.0.0.1:4321/checklist/page.html', '127.0.0.1'],
    ['http://localhost:3000/', 'localhost'],
  ])('%s -> %s', (url, domain) => expect(siteDomain(url)).toBe(domain));
  test.each(['chrome://extensions', 'file:///home/me/x.html', 'about:blank', 'not a url', '', 'https://'])('%j is not a site', (url) => {
    expect(siteDomain(url)).toBeUndefined();
  });
});

describe('clinic records', () => {
  test('www and sub-pages share one id', () => {
    const a = clinicFromSite('https://www.glow-clinic.com/a', 1)!;
    const b = clinicFromSite('https://glow-clinic.com/b/c', 2)!;
    expect(a.id).toBe('site:glow-clinic.com');
    expect(b.id).toBe(a.id);
    expect(a).toMatchObject({ name: 'glow-clinic.com', domain: 'glow-clinic.com', createdFrom: 'site', createdAt: 1, updatedAt: 1 });
  });
  test('a page title can name it', () => {
    expect(clinicFromSite('https://glow-clinic.com', 1, '  Glow   Clinic ')!.name).toBe('Glow Clinic');
  });
  test('manual clinics get a safe id', () => {
    const c = manualClinic('Dr X', '0F8C2D9E-1B2A-4C3D-9E8F-7A6B5C4D3E2F', 5);
    expect(c.id).toBe('manual:0f8c2d9e-1b2a-4c3d-9e8f-7a6b5c4d3e2f');
    expect(isClinicId(c.id)).toBe(true);
    expect(c).toMatchObject({ domain: '', createdFrom: 'manual' });
    expect(manualClinic('   ', 'abcdefgh1', 1).name).toBe('Unnamed clinic');
  });
  test('rename trims, bounds and ignores empty names', () => {
    const c = manualClinic('A', 'abcdefgh1', 1);
    expect(renameClinic(c, ' B ', 9)).toMatchObject({ name: 'B', updatedAt: 9 });
    expect(renameClinic(c, '  ', 9)).toBe(c);
    expect(cleanName('x'.repeat(1000))).toHaveLength(LIMITS.name);
  });
  test.each(['site:a.com', 'manual:abcdefgh', 'site:127.0.0.1'])('%s is a clinic id', (id) => expect(isClinicId(id)).toBe(true));
  test.each(['__proto__', 'site:', 'site:A.com', 'manual:short', 'site:a.com/x', 'other:a.com', 5, null])('%j is not a clinic id', (id) => {
    expect(isClinicId(id)).toBe(false);
  });
});

describe('answers', () => {
  test('notes are bounded', () => {
    expect(makeAnswer('unclear', 'n'.repeat(9000), 3).note).toHaveLength(LIMITS.note);
  });
  test('empty means not asked and no note', () => {
    expect(isEmptyAnswer(undefined)).toBe(true);
    expect(isEmptyAnswer(makeAnswer('not-asked', ' ', 1))).toBe(true);
    expect(isEmptyAnswer(makeAnswer('not-asked', 'call back', 1))).toBe(false);
    expect(isEmptyAnswer(makeAnswer('unclear', '', 1))).toBe(false);
  });
});
