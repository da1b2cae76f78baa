/**
 * The in-page half of tests/bench/read.ts: times reading a page's runs with
 * two versions of readRuns (the working tree's and a baseline from git), and
 * checks they give the same runs, on the benchmark page and on random DOM
 * trees full of the edges a reader can get wrong. Bundled by read.ts into an
 * IIFE reachable as `window.__ccRead`.
 */
import type { TextRun } from '../../components/content/blocks.ts';
import { random } from './page.ts';

/** Reads every run under `root`, whatever shape the reader's API has. */
export type Reader = (root: Element) => TextRun[];
const readers: Record<string, Reader> = {};

export function install(name: string, reader: Reader) {
  readers[name] = reader;
}

/** The floor, as harness.ts measures it: one TreeWalker pass reading every text node. */
export function floor(): number {
  const t0 = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let chars = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) chars += (n as Text).data.length;
  if (chars < 0) throw new Error('unreachable');
  return performance.now() - t0;
}

/** One full read of the body with reader `name`. */
export function time(name: string): { ms: number; runs: number; chars: number } {
  const t0 = performance.now();
  const runs = readers[name]!(document.body);
  const ms = performance.now() - t0;
  return { ms, runs: runs.length, chars: runs.reduce((n, r) => n + r.text.length, 0) };
}

/** Where two readers' runs under `root` differ, or undefined when they agree. */
export function differ(root: Element, a = 'base', b = 'now'): string | undefined {
  const x = readers[a]!(root);
  const y = readers[b]!(root);
  if (x.length !== y.length) return `${x.length} runs vs ${y.length}: ${JSON.stringify(x.map((r) => r.text))} vs ${JSON.stringify(y.map((r) => r.text))}`;
  for (let i = 0; i < x.length; i++) {
    const [p, q] = [x[i]!, y[i]!];
    if (p.owner !== q.owner) return `run ${i}: owner <${p.owner.localName}> vs <${q.owner.localName}>`;
    if (p.text !== q.text) return `run ${i}: ${JSON.stringify(p.text)} vs ${JSON.stringify(q.text)}`;
    if (p.heading !== q.heading) return `run ${i}: heading ${p.heading} vs ${q.heading}`;
    if (p.nodes.length !== q.nodes.length || p.nodes.some((n, k) => n !== q.nodes[k])) return `run ${i} (${JSON.stringify(p.text)}): nodes differ`;
    if (p.starts.join() !== q.starts.join()) return `run ${i}: starts ${p.starts.join()} vs ${q.starts.join()}`;
  }
  return undefined;
}

const TAGS = ['p', 'div', 'section', 'li', 'h2', 'td', 'span', 'b', 'a', 'em', 'span', 'b', 'br', 'button', 'script', 'svg', 'img', 'sup', 'clinic-tag'];  // clinic-tag: an element not on whole-run.ts's inline list
const ATTRIBUTES: Array<[string, string]> = [
  ['hidden', ''], ['aria-hidden', 'true'], ['aria-hidden', 'false'], ['contenteditable', ''], ['contenteditable', 'false'],
  ['contenteditable', 'true'], ['data-cliniccheck-ui', ''], ['style', 'display:none'], ['style', 'visibility:hidden'],
  ['style', 'visibility:visible'], ['style', 'display:inline'], ['style', 'display:block'], ['class', 'x'], ['title', 't'],
];
const TEXTS = ['stem cell', ' ', '\n  ', '', 'results', ' facial ', '\t', 'x'];

/** Fills `parent` with a random subtree: blocks, inline elements, skipped and hidden things, odd text nodes. */
function grow(parent: Element, depth: number, rnd: () => number) {
  const count = Math.floor(rnd() * 5);
  for (let i = 0; i < count; i++) {
    const roll = rnd();
    if (roll < 0.4 || depth > 5) parent.append(document.createTextNode(TEXTS[Math.floor(rnd() * TEXTS.length)]!));
    else if (roll < 0.45) parent.append(document.createComment('c'));
    else {
      const tag = TAGS[Math.floor(rnd() * TAGS.length)]!;
      const el = tag === 'svg' ? document.createElementNS('http://www.w3.org/2000/svg', 'svg') : document.createElement(tag);
      if (rnd() < 0.3) {
        const [name, value] = ATTRIBUTES[Math.floor(rnd() * ATTRIBUTES.length)]!;
        el.setAttribute(name, value);
      }
      parent.append(el);
      grow(el, depth + 1, rnd);
    }
  }
}

/**
 * Builds `trees` random trees in a fresh container and compares the two
 * readers on each tree, on the body, and on random elements of it as the
 * root (a rescan's subtree). Returns the first differences found.
 */
export function fuzz(seed: number, trees: number): { checked: number; differences: string[] } {
  const rnd = random(seed);
  const differences: string[] = [];
  let checked = 0;
  for (let t = 0; t < trees && differences.length < 5; t++) {
    const box = document.createElement('div');
    document.body.append(box);
    grow(box, 0, rnd);
    const all = [box, ...box.querySelectorAll('*'), document.body];
    for (const root of all.filter((_, k) => k === 0 || rnd() < 0.3)) {
      checked++;
      const d = differ(root);
      if (d) differences.push(`seed ${seed} tree ${t} root <${root.localName}>: ${d}`);
    }
    box.remove();
  }
  return { checked, differences };
}
