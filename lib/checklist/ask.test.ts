import { describe, expect, test } from 'vitest';
import { manualClinic } from './model.ts';
import { askSubject, askText, mailtoDraft } from './ask.ts';
import { QUESTIONS, questionById } from './questions.ts';

const clinic = manualClinic('Glow & Co <b> مرحبا 💉', 'abcdefgh1', 1);
const all = QUESTIONS.map((q) => q.id);

describe('askText', () => {
  test('numbers the open questions', () => {
    const text = askText(clinic, ['Q5', 'Q20']);
    expect(text).toContain(`1. ${questionById('Q5')!.question}`);
    expect(text).toContain(`2. ${questionById('Q20')!.question}`);
    expect(text).toContain('Glow & Co <b> مرحبا 💉');
  });
  test('says so when nothing is open', () => {
    expect(askText(clinic, [])).toMatch(/no open questions/);
  });
});

describe('mailtoDraft', () => {
  test('is URL-encoded and decodes back to the text', () => {
    const { url, included } = mailtoDraft(clinic, ['Q1', 'Q2']);
    expect(included).toBe(2);
    expect(url).toMatch(/^mailto:\?subject=[^&]+&body=[^&]+$/);
    expect(url).not.toMatch(/[ <>"\n]/);
    const params = new URLSearchParams(url.slice('mailto:?'.length).replaceAll('+', '%2B'));
    expect(params.get('subject')).toBe(askSubject(clinic));
    expect(params.get('body')).toBe(askText(clinic, ['Q1', 'Q2']));
  });
  test('stays under the length limit, counting what did not fit', () => {
    const { url, included } = mailtoDraft(clinic, all);
    expect(url.length).toBeLessThanOrEqual(1900);
    expect(included).toBeGreaterThan(0);
    expect(included).toBeLessThan(28);
    expect(decodeURIComponent(url)).toContain(`(${28 - included} more questions to follow.)`);
  });
  test('a generous limit fits everything', () => {
    expect(mailtoDraft(clinic, all, 100_000).included).toBe(28);
  });
  test('an impossible limit still gives a subject-only draft', () => {
    const { url, included } = mailtoDraft(clinic, all, 10);
    expect(included).toBe(0);
    expect(url.startsWith('mailto:?subject=')).toBe(true);
  });
});
