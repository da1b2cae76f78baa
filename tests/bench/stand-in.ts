/**
 * A deliberately simple stand-in with the scanner's interface, used only
 * until components/content/scanner.ts exists, so the benchmark's plumbing can
 * be tested. bundle.ts reports which one it measured.
 */
import type { BenchScanner } from './harness.ts';

const PHRASES = /permanent results|FDA-approved|no downtime|guaranteed|regrows hair|no side effects/gi;
const BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, td, dd, dt, blockquote';

export function createStandInScanner(root: Element): BenchScanner {
  let ranges: Range[] = [];
  const highlight = new Highlight();
  CSS.highlights.set('cliniccheck-bench', highlight);
  const scanBlock = (block: Element) => {
    const nodes: Text[] = [];
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
    const text = nodes.map((n) => n.data).join('');
    for (const m of text.matchAll(PHRASES)) {
      const range = document.createRange();
      let offset = 0;
      for (const node of nodes) {
        const end = offset + node.data.length;
        if (m.index >= offset && m.index < end) range.setStart(node, m.index - offset);
        if (m.index + m[0].length > offset && m.index + m[0].length <= end) range.setEnd(node, m.index + m[0].length - offset);
        offset = end;
      }
      ranges.push(range);
      highlight.add(range);
    }
  };
  return {
    async scanAll() {
      const blocks = Array.from(root.querySelectorAll(BLOCKS));
      let deadline = performance.now() + 8;
      for (const block of blocks) {
        scanBlock(block);
        if (performance.now() > deadline) {
          await new Promise((r) => setTimeout(r, 0));
          deadline = performance.now() + 8;
        }
      }
    },
    rescan(nodes) {
      nodes.forEach((n) => n instanceof Element && scanBlock(n));
    },
    findings: () => ranges,
    dispose() {
      CSS.highlights.delete('cliniccheck-bench');
      ranges = [];
    },
  };
}
