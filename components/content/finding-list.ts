/**
 * A page's placed findings in document order, with the findings filter's
 * answer kept per finding. A full scan produces its findings in document
 * order already, and a rescan inserts its few new ones by binary search, so
 * nothing is ever re-sorted and a rescan costs what it changed (plus
 * native array copies and searches, no JavaScript loop over the page's
 * findings). The list also numbers its findings' ranges in order
 * (range-order.ts `numberInOrder`; a rescan numbers only its new ones,
 * `numberInserted`), so ordering them later (the viewport window) needs no
 * DOM call either.
 */
import type { PageFinding } from './detect-runs.ts';
import { compareStarts, numberInOrder, numberInserted } from './range-order.ts';

export class FindingList {
  private all: PageFinding[] = [];
  /** Findings the filter dropped: kept here, never painted, listed or counted. */
  private readonly dropped = new Set<PageFinding>();
  private listed: PageFinding[] | undefined;
  private activeList: PageFinding[] | undefined;
  private ids: Map<string, PageFinding> | undefined;
  /** Kept findings, and the active ones among them: counted as they change, so a count builds no list. */
  private kept = 0;
  private activeKept = 0;

  constructor(private readonly keep: (finding: PageFinding) => boolean) {}

  /** Replaces every finding (a full scan): `findings` in document order. */
  reset(findings: PageFinding[]): void {
    numberInOrder(findings, this.all);
    this.all = findings;
    this.dropped.clear();
    this.refilter();
  }

  /** Removes `removed` and inserts `added` (in document order) where they belong. */
  update(removed: ReadonlySet<PageFinding>, added: readonly PageFinding[]): void {
    if (removed.size > FEW) this.all = this.all.filter((f) => !removed.has(f));
    else for (const f of removed) this.all.splice(this.all.indexOf(f), 1);
    for (const f of removed) if (!this.dropped.delete(f)) this.count(f, -1);
    for (const f of added) this.admit(f);
    const sorted = inOrder(added) ? added : [...added].sort(compare);
    if (sorted.length) this.all = mergeInOrder(this.all, sorted);
    if (sorted.length > FEW || !numberInserted(this.all, sorted)) numberInOrder(this.all, removed);
    else numberInOrder([], removed);
    this.changed();
  }

  /**
   * Asks the filter again about every finding (its answers changed); returns
   * those whose answer did, so only they are painted or unpainted again.
   */
  refilter(): PageFinding[] {
    const before = new Set(this.dropped);
    this.dropped.clear();
    this.kept = this.activeKept = 0;
    for (const f of this.all) this.admit(f);
    this.changed();
    const flipped = this.all.filter((f) => before.has(f) !== this.dropped.has(f));
    return flipped;
  }

  /** Whether a finding is painted: active and kept by the filter. */
  shown(finding: PageFinding): boolean {
    return finding.status === 'active' && !this.dropped.has(finding);
  }

  /** Kept findings, active and suppressed, in document order (a new array after each change). */
  findings(): PageFinding[] {
    return (this.listed ??= this.dropped.size ? this.all.filter((f) => !this.dropped.has(f)) : this.all.slice());
  }

  active(): PageFinding[] {
    return (this.activeList ??= this.findings().filter((f) => f.status === 'active'));
  }

  /** How many findings `findings()` lists, without building the list. */
  findingsCount(): number {
    return this.kept;
  }

  /** How many findings `active()` lists (the badge count), without building the list. */
  activeCount(): number {
    return this.activeKept;
  }

  byId(id: string): PageFinding | undefined {
    this.ids ??= new Map(this.findings().map((f) => [f.id, f]));
    return this.ids.get(id);
  }

  clear(): void {
    this.reset([]);
  }

  /** Asks the filter about a finding: dropped ones are remembered. */
  private admit(finding: PageFinding) {
    if (!this.keep(finding)) this.dropped.add(finding);
    else this.count(finding, 1);
  }

  private count(finding: PageFinding, by: 1 | -1) {
    this.kept += by;
    if (finding.status === 'active') this.activeKept += by;
  }

  private changed() {
    this.listed = this.activeList = this.ids = undefined;
  }
}

/**
 * Up to this many findings are removed or inserted one by one with the
 * array's own (native) search and splice; more with one pass over the list.
 * A rescan's usual handful then costs no JavaScript loop over the page's findings.
 */
const FEW = 32;

/** Document order of two findings: by range start, then by offset. */
function compare(a: PageFinding, b: PageFinding): number {
  return compareStarts(a.range, b.range) || a.start - b.start;
}

/**
 * Merges `added` into `list` (in document order): a binary search per added
 * finding (log n range comparisons), then one pass.
 */
export function mergeInOrder(list: readonly PageFinding[], added: readonly PageFinding[]): PageFinding[] {
  // Findings of one block come in order; several changed blocks may not.
  if (!inOrder(added)) added = [...added].sort(compare);
  if (added.length <= FEW) {
    const out = list.slice();
    let lo = 0;
    for (const f of added) {
      // Content added at the end of the page (the most common change) takes one comparison.
      const last = out[out.length - 1];
      lo = last && compare(last, f) <= 0 ? out.length : lowerBound(out, f, lo);
      out.splice(lo++, 0, f);
    }
    return out;
  }
  const out: PageFinding[] = [];
  let next = 0;
  for (const f of added) {
    const at = lowerBound(list, f, next);
    while (next < at) out.push(list[next++]!);
    out.push(f);
  }
  while (next < list.length) out.push(list[next++]!);
  return out;
}

function inOrder(findings: readonly PageFinding[]): boolean {
  for (let i = 1; i < findings.length; i++) if (compare(findings[i - 1]!, findings[i]!) > 0) return false;
  return true;
}

/** The first index from `lo` whose finding comes after `f` (binary search by document order). */
function lowerBound(list: readonly PageFinding[], f: PageFinding, lo: number): number {
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compare(list[mid]!, f) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
