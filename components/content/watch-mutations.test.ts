import { afterEach, expect, test, vi } from 'vitest';
import { setBody } from './testing.ts';
import { watchMutations } from './watch-mutations.ts';

let stop = () => {};
afterEach(() => stop());

function watch(extra = {}) {
  const onChange = vi.fn();
  const onHuge = vi.fn();
  stop = watchMutations({ root: document.documentElement, onChange, onHuge, debounceMs: 20, maxWaitMs: 50, hugeCount: 50, ...extra });
  return { onChange, onHuge };
}

const settle = () => new Promise((r) => setTimeout(r, 120));

test('reports added and changed nodes in one debounced batch', async () => {
  setBody('<p id="p">text</p>');
  const { onChange } = watch();
  const added = document.createElement('p');
  document.body.append(added);
  (document.getElementById('p')!.firstChild as Text).data = 'changed';
  await settle();
  expect(onChange).toHaveBeenCalledTimes(1);
  expect(onChange.mock.calls[0]![0]).toEqual(expect.arrayContaining([added, document.getElementById('p')!.firstChild]));
});

test("ignores ClinicCheck's own nodes", async () => {
  setBody('<p>text</p>');
  const { onChange } = watch();
  const own = document.createElement('cliniccheck-card');
  own.setAttribute('data-cliniccheck-ui', 'card');
  document.documentElement.append(own);
  own.append('inside');
  own.remove();
  await settle();
  expect(onChange).not.toHaveBeenCalled();
});

test('asks for a full rescan past the threshold', async () => {
  setBody('<div id="d"></div>');
  const { onChange, onHuge } = watch();
  const d = document.getElementById('d')!;
  for (let i = 0; i < 60; i++) d.append(document.createElement('p'));
  await settle();
  expect(onHuge).toHaveBeenCalledTimes(1);
  expect(onChange).not.toHaveBeenCalled();
});

test('reports a removed element itself, and the parent block of removed inline content', async () => {
  setBody('<div id="d"><p id="gone">text</p><p id="p">a <b id="b">b</b></p></div>');
  const { onChange } = watch();
  const gone = document.getElementById('gone')!;
  const b = document.getElementById('b')!;
  gone.remove();
  b.remove();
  await settle();
  expect(onChange).toHaveBeenCalledTimes(1);
  const nodes = onChange.mock.calls[0]![0] as Node[];
  // The scanner drops the findings of the blocks under a removed element, and reads the parent again.
  expect(nodes).toEqual(expect.arrayContaining([gone, b, document.getElementById('p')]));
  expect(nodes).not.toContain(document.getElementById('d'));
});

test("an inline element's class or style change is passed on only where the scanner says it matters", async () => {
  setBody('<p><span id="more" class="more">permanent results</span><a id="link" href="#">Read more</a></p>');
  const inlineMatters = vi.fn((element: Element) => element.id === 'more');
  const { onChange } = watch({ inlineMatters });
  document.getElementById('link')!.className = 'hover';
  await settle();
  expect(onChange).not.toHaveBeenCalled();
  const more = document.getElementById('more')!;
  more.style.display = 'inline';
  await settle();
  expect(onChange).toHaveBeenCalledTimes(1);
  expect(onChange.mock.calls[0]![0]).toEqual([more]);
});
