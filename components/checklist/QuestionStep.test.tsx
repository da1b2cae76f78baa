import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { QuestionStep } from './QuestionStep.tsx';
import { orderQuestions } from '../../lib/checklist/order.ts';
import type { Answer } from '../../lib/checklist/model.ts';

const item = orderQuestions([])[0]!;
let root: HTMLElement;
beforeEach(() => {
  fakeBrowser.reset();
  root = document.createElement('div');
  document.body.replaceChildren(root);
});

function show(answer: Answer | undefined) {
  act(() => {
    render(
      <QuestionStep clinicId="site:a.com" item={item} answer={answer} index={0} total={28} answered={0} onMove={() => {}} onFinish={() => {}} />,
      root,
    );
  });
}
const checked = () => (root.querySelector('input[type=radio]:checked') as HTMLInputElement).value;
const radio = (value: string) => root.querySelector(`input[value="${value}"]`) as HTMLInputElement;

test('a change is saved to storage at once', async () => {
  show(undefined);
  act(() => radio('red-flag').click());
  expect(checked()).toBe('red-flag');
  const stored = async () => (await fakeBrowser.storage.local.get('answer:site:a.com:Q1'))['answer:site:a.com:Q1'];
  await expect.poll(stored).toMatchObject({ status: 'red-flag', note: '' });
});

test('an older echo from storage does not undo a newer local change; a newer change from another view does', () => {
  show(undefined);
  act(() => radio('reassuring').click());
  act(() => radio('unclear').click());
  // The storage echo of the first click arrives late.
  show({ status: 'reassuring', note: '', updatedAt: 1 });
  expect(checked()).toBe('unclear');
  // Another view changes the answer later.
  show({ status: 'red-flag', note: 'from the comparison page', updatedAt: Date.now() + 60_000 });
  expect(checked()).toBe('red-flag');
  expect((root.querySelector('textarea') as HTMLTextAreaElement).value).toBe('from the comparison page');
});

test('the quote from the page leads the question', () => {
  const [first] = orderQuestions([{ termId: 'X', category: 'TEST', severity: 'low', quote: 'real patient stories', status: 'active' }]);
  act(() => {
    render(<QuestionStep clinicId="site:a.com" item={first!} answer={undefined} index={0} total={28} answered={0} onMove={() => {}} onFinish={() => {}} />, root);
  });
  expect(root.querySelector('.cl-quote')!.textContent).toBe('This page says real patient stories. Ask:');
  expect(root.querySelector('h2')!.textContent).toBe(first!.question.question);
});
