import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { Block, Finding, PageSignals } from '../../lib/detect/types.ts';
import { FakeRenderer } from './highlight/fake.ts';
import { emptyTally } from '../../lib/detect/index.ts';
import type { DetectEngine } from '../../lib/detect/session.ts';
import { liveRange } from './ranges.ts';
import { createScanner } from './scanner.ts';
import type { Decided } from './detect-service.ts';
import { engineFrom, localDetector, setBody, type DetectFn } from './testing.ts';

/** A stand-in engine: "permanent results" is a claim, "no permanent results" a negated one. */
const fakeDetect = vi.fn<DetectFn>((text: string, options: { blocks?: Block[] }) => {
  const found: Finding[] = [];
  for (const m of text.matchAll(/(no )?(permanent results)/gi)) {
    const start = m.index + (m[1]?.length ?? 0);
    const block = options.blocks?.find((b) => start >= b.start && start < b.end);
    if (!block) continue;
    found.push({
      start,
      end: start + m[2]!.length,
      quote: m[2]!,
      termId: 'PERM-01',
      category: 'PERM',
      severity: 'high',
      rule: 'term:PERM-01',
      status: m[1] ? 'suppressed' : 'active',
      reason: m[1] ? 'negated' : undefined,
    });
  }
  return found;
});

/** Plain page: every page signal false, whatever signals the engine knows. */
const NO_SIGNALS = new Proxy({}, { get: () => false }) as PageSignals;

let renderer: FakeRenderer;
beforeEach(() => {
  renderer = new FakeRenderer();
  fakeDetect.mockClear();
});

const scanner = (extra = {}) => createScanner({ root: document, renderer, detector: localDetector(engineFrom(fakeDetect, () => NO_SIGNALS)), ...extra });

describe('createScanner', () => {
  test('finds, places and paints claims, split across inline elements too', async () => {
    setBody('<h1>Clinic</h1><p>We offer <b>permanent</b> <i>results</i>.</p><p>There are no permanent results.</p>');
    const s = scanner();
    const scanning = s.scanAll();
    expect(s.busy()).toBe(true);
    const result = await scanning;
    expect(s.busy()).toBe(false);
    expect(result).toMatchObject({ findings: 2, active: 1 });
    expect(renderer.texts('cliniccheck-high')).toEqual(['permanent results']);
    expect(s.findings().map((f) => [f.status, f.reason])).toEqual([
      ['active', undefined],
      ['suppressed', 'negated'],
    ]);
    expect(liveRange(s.byId(s.active()[0]!.id)!.range).toString()).toBe('permanent results');
  });

  test('claims in blocks not displayed or invisible are neither painted nor listed', async () => {
    setBody(
      '<p>permanent results (shown)</p>' +
        '<div style="display:none"><p>permanent results</p></div>' +
        '<div style="visibility:hidden">permanent results <p>permanent results</p></div>',
    );
    const s = scanner();
    expect(await s.scanAll()).toMatchObject({ findings: 1, active: 1 });
    expect(s.findings().map((f) => f.run.text)).toEqual(['permanent results (shown)']);
    expect(renderer.texts('cliniccheck-high')).toEqual(['permanent results']);
    // Both are read (the reader asks no block about its style) and their findings dropped when placed.
    expect(fakeDetect.mock.calls.map(([text]) => text)).toEqual(['permanent results (shown)\n\npermanent results\n\npermanent results \n\npermanent results']);
    s.dispose();
  });

  test('an accordion opened by a class change (the watcher reports its block) shows its claims, and drops them when closed', async () => {
    setBody(
      '<style>.faq .answer { display: none } .faq.open .answer { display: block }</style>' +
        '<div class="faq" id="faq"><p>Is it safe?</p><p class="answer" id="answer">permanent results</p></div><p>permanent results (shown)</p>',
    );
    const s = scanner();
    expect(await s.scanAll()).toMatchObject({ active: 1 });
    const faq = document.getElementById('faq')!;
    faq.classList.add('open');
    await s.rescan([faq]);
    expect(s.active().map((f) => f.run.owner.id)).toEqual(['answer', '']);
    expect(renderer.texts('cliniccheck-high')).toHaveLength(2);
    faq.classList.remove('open');
    await s.rescan([faq]);
    expect(s.active().map((f) => f.run.text)).toEqual(['permanent results (shown)']);
    expect(renderer.texts('cliniccheck-high')).toHaveLength(1);
    s.dispose();
  });

  test('a claim in a hidden "read more" span of a shown paragraph is dropped until the span is shown, and again when hidden', async () => {
    setBody(
      '<style>.more { display: none }</style>' +
        '<p id="teaser">Our clients love it.<span class="more"> They get permanent results.</span> <a href="#">Read more</a></p>' +
        '<p id="shown">We promise permanent <b class="x">results</b> to all.</p>' +
        '<p id="plain">Nothing <span class="x">to see</span> here.</p>',
    );
    const s = scanner();
    expect(await s.scanAll()).toMatchObject({ active: 1 });
    expect(s.active().map((f) => f.run.owner.id)).toEqual(['shown']);
    const teaser = document.getElementById('teaser')!;
    // The watcher passes on inline changes in a block that lost a claim to hiding or has findings, not elsewhere.
    expect(s.inlineMatters(teaser.querySelector('.more')!)).toBe(true);
    expect(s.inlineMatters(teaser.querySelector('a')!)).toBe(true);
    expect(s.inlineMatters(document.querySelector('#shown b')!)).toBe(true);
    expect(s.inlineMatters(document.querySelector('#plain span')!)).toBe(false);
    s.dispose();
  });

  test('a "read more" span opened and closed again: its claim is counted while it shows', async () => {
    setBody('<p id="teaser">Our clients love it.<span id="more" style="display:none"> They get permanent results.</span></p>');
    const s = scanner();
    expect(await s.scanAll()).toMatchObject({ active: 0 });
    const more = document.getElementById('more')!;
    more.style.display = 'inline';
    await s.rescan([more]);
    expect(s.active().map((f) => f.quote)).toEqual(['permanent results']);
    expect(renderer.texts('cliniccheck-high')).toEqual(['permanent results']);
    more.style.display = 'none';
    await s.rescan([more]);
    expect(s.active()).toEqual([]);
    expect(renderer.texts('cliniccheck-high')).toEqual([]);
    s.dispose();
  });

  test('a block shown by a change of its own style is detected again; blocks that stay as they were are not', async () => {
    setBody('<p id="hidden" style="visibility:hidden">permanent results</p><p id="quiet">nothing here</p><p id="shown">permanent results</p>');
    const s = scanner();
    expect(await s.scanAll()).toMatchObject({ active: 1 });
    fakeDetect.mockClear();
    const hidden = document.getElementById('hidden')!;
    hidden.style.visibility = 'visible';
    await s.rescan([hidden, document.getElementById('quiet')!, document.getElementById('shown')!]);
    expect(fakeDetect.mock.calls.map(([text]) => text)).toEqual(['permanent results']);
    expect(s.active().map((f) => f.run.owner.id)).toEqual(['hidden', 'shown']);
    s.dispose();
  });

  test("a scan and a rescan end with their highlights registered (the renderer's next-frame work done at once)", async () => {
    setBody('<p id="a">permanent results</p>');
    const s = scanner();
    const before = renderer.flushes;
    await s.scanAll();
    expect(renderer.flushes).toBe(before + 1);
    const p = document.createElement('p');
    p.textContent = 'no side effects';
    document.body.append(p);
    await s.rescan([p]);
    expect(renderer.flushes).toBe(before + 2);
    s.dispose();
  });

  test('rescans only the changed block, and drops findings of removed blocks', async () => {
    setBody('<p id="a">permanent results</p><p id="b">nothing here</p>');
    const onChange = vi.fn();
    const s = scanner({ onChange });
    await s.scanAll();
    fakeDetect.mockClear();
    const b = document.getElementById('b')!;
    b.append(' and permanent results');
    await s.rescan([b.lastChild!]);
    expect(fakeDetect).toHaveBeenCalledTimes(1);
    expect(fakeDetect.mock.calls[0]![0]).toBe('nothing here and permanent results');
    expect(s.active()).toHaveLength(2);
    document.getElementById('a')!.remove();
    await s.rescan([document.body]);
    expect(s.active().map((f) => f.run.owner.id)).toEqual(['b']);
    expect(renderer.texts('cliniccheck-high')).toHaveLength(1);
    expect(onChange).toHaveBeenCalledTimes(3);
  });

  test('a removed element (as the watcher reports it) takes the findings of its blocks along', async () => {
    setBody('<div id="d"><p>permanent results</p><p>permanent results</p></div><p id="b">permanent results</p>');
    const s = scanner();
    await s.scanAll();
    fakeDetect.mockClear();
    const d = document.getElementById('d')!;
    d.remove();
    await s.rescan([d]);
    expect(fakeDetect).not.toHaveBeenCalled();
    expect(s.active().map((f) => f.run.owner.id)).toEqual(['b']);
    expect(renderer.texts('cliniccheck-high')).toHaveLength(1);
  });

  test('a rescan costs what changed: the new findings are placed by binary search, nothing is re-sorted', async () => {
    setBody(`<main>${Array.from({ length: 300 }, (_, i) => `<p>Paragraph ${i} with permanent results.</p>`).join('')}</main>`);
    const s = scanner();
    await s.scanAll();
    fakeDetect.mockClear();
    const compare = vi.spyOn(Node.prototype, 'compareDocumentPosition');
    const p = document.createElement('p');
    p.textContent = 'Appended with permanent results.';
    document.querySelector('main')!.children[150]!.after(p);
    await s.rescan([p]);
    expect(fakeDetect).toHaveBeenCalledTimes(1);
    // A binary search among 300 findings, not a sort of them (about 2,500 comparisons).
    expect(compare.mock.calls.length).toBeLessThanOrEqual(10);
    expect(liveRange(s.active()[151]!.range).toString()).toBe('permanent results');
    expect(s.active()[151]!.run.owner).toBe(p);
    compare.mockRestore();
  });

  test('an unchanged block is not detected again', async () => {
    setBody('<p id="a">permanent results</p>');
    const s = scanner();
    await s.scanAll();
    fakeDetect.mockClear();
    await s.rescan([document.getElementById('a')!]);
    expect(fakeDetect).not.toHaveBeenCalled();
    expect(s.active()).toHaveLength(1);
  });

  test('new content added later is found; findings stay in document order', async () => {
    setBody('<div id="list"><p>permanent results one</p></div>');
    const s = scanner();
    await s.scanAll();
    const p = document.createElement('p');
    p.textContent = 'permanent results zero';
    document.getElementById('list')!.prepend(p);
    await s.rescan([p]);
    expect(s.active().map((f) => f.run.text)).toEqual(['permanent results zero', 'permanent results one']);
  });

  test('the filter hook removes findings before painting and counting', async () => {
    setBody('<p>permanent results</p><p id="x">permanent results</p>');
    let dismissed = 'none';
    const s = scanner({ filter: (f: { run: { owner: Element } }) => f.run.owner.id !== dismissed });
    await s.scanAll();
    expect(s.active()).toHaveLength(2);
    dismissed = 'x';
    s.refresh();
    expect(s.active()).toHaveLength(1);
    expect(renderer.texts('cliniccheck-high')).toHaveLength(1);
    // A refresh whose answers did not change touches no highlight (the flags UI refreshes on every load).
    const add = vi.spyOn(renderer, 'add');
    const remove = vi.spyOn(renderer, 'delete');
    s.refresh();
    expect([add.mock.calls.length, remove.mock.calls.length]).toEqual([0, 0]);
    dismissed = 'none';
    s.refresh();
    expect(add.mock.calls.length).toBe(1);
    expect(renderer.texts('cliniccheck-high')).toHaveLength(2);
    add.mockRestore();
    remove.mockRestore();
  });

  test('large pages are scanned in slices and dispose clears everything', async () => {
    // More text than one engine call takes at once (a smaller page is prepared in one call).
    setBody(Array.from({ length: 500 }, (_, i) => `<p>Paragraph ${i} with permanent results.</p>`).join(''));
    const s = scanner({ sliceMs: 0 });
    const result = await s.scanAll();
    expect(result.active).toBe(500);
    expect(fakeDetect.mock.calls.length).toBeGreaterThan(3);
    expect(result.phases!.pauses).toBeGreaterThan(3);
    s.dispose();
    expect(s.findings()).toHaveLength(0);
    expect(renderer.texts('cliniccheck-high')).toHaveLength(0);
  });
});

test('page signals come from the tallies of every batch, added once, before any decision', async () => {
  setBody(Array.from({ length: 60 }, (_, i) => `<p>${i === 50 ? 'needle ' : ''}${'calm words '.repeat(30)}</p>`).join(''));
  const prepared: string[] = [];
  const seen: PageSignals[] = [];
  const engine: DetectEngine = {
    prepare(text) {
      if (text) prepared.push(text); // not the warm-up call
      return { text, tally: { ...emptyTally(), invasive: text.includes('needle') ? 1 : 0 } };
    },
    signals: (list) => ({ invasive: list.some((p) => p.tally.invasive > 0), editorial: false, clinical: true }),
    decide(_p, page) {
      seen.push(page);
      return [];
    },
  };
  await createScanner({ root: document, renderer, detector: localDetector(engine), sliceMs: 0 }).scanAll();
  // Many batches (sliceMs 0), each text prepared once: no second pass for the signals.
  expect(prepared.length).toBeGreaterThan(5);
  expect(prepared.join('\n\n')).toBe([...document.querySelectorAll('p')].map((p) => p.textContent).join('\n\n'));
  // The first batch, far from the needle, is decided with the page's signals.
  expect(seen).toHaveLength(prepared.length);
  expect(seen.every((page) => page.invasive)).toBe(true);
});

test('a filter that throws keeps the finding instead of breaking the scan', async () => {
  setBody('<p>permanent results</p>');
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const s = scanner({
    filter: () => {
      throw new Error('stale');
    },
  });
  await s.scanAll();
  expect(renderer.texts('cliniccheck-high')).toEqual(['permanent results']);
  expect(console.error).toHaveBeenCalledTimes(1);
});

test('without the CSS Highlight API nothing is painted but findings are still listed', async () => {
  setBody('<p>permanent results</p>');
  const { CssHighlightRenderer } = await import('./highlight/css-highlights.ts');
  const unsupported = new CssHighlightRenderer(document); // happy-dom has no Highlight
  expect(unsupported.supported).toBe(false);
  const s = createScanner({ root: document, renderer: unsupported, detector: localDetector(engineFrom(fakeDetect, () => NO_SIGNALS)) });
  await s.scanAll();
  expect(s.active().map((f) => f.quote)).toEqual(['permanent results']);
  expect(document.querySelector('style[data-cliniccheck-ui]')).toBeNull();
  s.dispose();
  unsupported.dispose();
});

test('disposing mid-scan, while detection is awaited, stops quietly', async () => {
  setBody('<p>permanent results</p>');
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  let stop: (error: Error) => void = () => undefined;
  const detector = {
    ...localDetector(engineFrom(fakeDetect, () => NO_SIGNALS)),
    decide: () => new Promise<never>((_, reject) => (stop = reject)),
    dispose: () => stop(new Error('ClinicCheck: detection stopped')),
  };
  const s = createScanner({ root: document, renderer, detector });
  const scanning = s.scanAll();
  await new Promise((r) => setTimeout(r, 0));
  s.dispose();
  expect(await scanning).toMatchObject({ findings: 0, active: 0 });
  expect(console.error).not.toHaveBeenCalled();
});

test("the page's work on detection's reply messages counts as the scan's main-thread time", async () => {
  setBody('<p>permanent results</p>');
  const local = localDetector(engineFrom(fakeDetect, () => NO_SIGNALS));
  const replied = async (answer: Promise<Decided>) => ({ ...(await answer), replyMs: 400, replyLongestMs: 300 });
  const detector = { ...local, decide: () => replied(local.decide()), detect: (...args: Parameters<typeof local.detect>) => replied(local.detect(...args)) };
  const s = createScanner({ root: document, renderer, detector });
  const full = await s.scanAll();
  expect(full.busyMs).toBeGreaterThanOrEqual(400);
  expect(full.longestTaskMs).toBeGreaterThanOrEqual(300);
  const p = document.createElement('p');
  p.textContent = 'no side effects';
  document.body.append(p);
  expect((await s.rescan([p])).busyMs).toBeGreaterThanOrEqual(400);
  s.dispose();
});
