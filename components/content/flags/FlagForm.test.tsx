import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { FlagForm } from './FlagForm.tsx';

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

function mount() {
  const onSave = vi.fn();
  const onCancel = vi.fn();
  act(() => {
    render(<FlagForm quote="results that last forever" initial={{ category: 'other', severity: 'medium', note: '' }} onSave={onSave} onCancel={onCancel} />, root);
  });
  return { onSave, onCancel };
}

test('every control has a label; the dialog is named by its heading', () => {
  mount();
  for (const id of ['cc-flag-category', 'cc-flag-severity', 'cc-flag-note']) {
    expect(root.querySelector(`label[for="${id}"]`)?.textContent).toBeTruthy();
    expect(root.querySelector(`#${id}`)).not.toBeNull();
  }
  const dialog = root.querySelector('[role="dialog"]')!;
  expect(root.querySelector(`#${dialog.getAttribute('aria-labelledby')}`)?.textContent).toBe('Flag a misleading claim');
  // Eleven lexicon categories plus "other".
  expect(root.querySelectorAll('#cc-flag-category option')).toHaveLength(12);
});

test('Save passes the chosen values, with the note trimmed', () => {
  const { onSave } = mount();
  const category = root.querySelector<HTMLSelectElement>('#cc-flag-category')!;
  const note = root.querySelector<HTMLTextAreaElement>('#cc-flag-note')!;
  act(() => {
    category.value = 'PERM';
    category.dispatchEvent(new Event('change', { bubbles: true }));
    note.value = '  No evidence cited.  ';
    note.dispatchEvent(new Event('input', { bubbles: true }));
  });
  act(() => void root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
  expect(onSave).toHaveBeenCalledWith({ category: 'PERM', severity: 'medium', note: 'No evidence cited.' });
});

test('Escape cancels, and keys typed in the form do not reach the page', () => {
  const { onCancel, onSave } = mount();
  const pageKeys = vi.fn();
  document.addEventListener('keydown', pageKeys);
  act(() => void root.querySelector('#cc-flag-note')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
  document.removeEventListener('keydown', pageKeys);
  expect(onCancel).toHaveBeenCalledOnce();
  expect(onSave).not.toHaveBeenCalled();
  expect(pageKeys).not.toHaveBeenCalled();
});
