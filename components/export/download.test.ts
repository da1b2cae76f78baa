import { describe, expect, test, vi } from 'vitest';
import { downloadText, safeFilename } from './download.ts';

describe('safeFilename', () => {
  test.each([
    ['clinic.json', 'clinic.json'],
    ['../../etc/passwd', 'etc-passwd'],
    ['a/b\\c:d*e?f"g<h>i|j', 'a-b-c-d-e-f-g-h-i-j'],
    ['', 'cliniccheck'],
    ['...', 'cliniccheck'],
    ['Clínica São 💉.csv', 'Clínica São 💉.csv'],
    ['evil\u202Egnp.exe', 'evil-gnp.exe'],
  ])('%j -> %j', (input, out) => expect(safeFilename(input)).toBe(out));
  test('is at most 100 characters', () => {
    expect(safeFilename('x'.repeat(500))).toHaveLength(100);
  });
});

describe('downloadText', () => {
  test('clicks a temporary link with the blob URL and a safe name', () => {
    const create = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:fake');
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    downloadText('a/b.csv', 'x', 'text/csv');
    expect(create).toHaveBeenCalledOnce();
    const clicked = click.mock.contexts[0] as HTMLAnchorElement | undefined;
    expect(clicked?.download).toBe('a-b.csv');
    expect(clicked?.getAttribute('href')).toBe('blob:fake');
    expect(document.querySelector('a[download]')).toBeNull();
  });
});
