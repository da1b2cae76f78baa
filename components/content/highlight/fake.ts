import { liveRange } from '../ranges.ts';
import type { HighlightRenderer } from './renderer.ts';

/** An in-memory renderer for tests: `groups` shows what would be painted. */
export class FakeRenderer implements HighlightRenderer {
  readonly supported = true;
  readonly groups = new Map<string, Set<AbstractRange>>();
  /** How many times a scan asked for its highlights to be registered at once. */
  flushes = 0;

  add(group: string, range: AbstractRange): void {
    let set = this.groups.get(group);
    if (!set) this.groups.set(group, (set = new Set()));
    set.add(range);
  }

  delete(group: string, range: AbstractRange): void {
    this.groups.get(group)?.delete(range);
  }

  clear(group?: string): void {
    if (group) this.groups.get(group)?.clear();
    else this.groups.clear();
  }

  flush(): void {
    this.flushes++;
  }

  dispose(): void {
    this.groups.clear();
  }

  /** The painted text of a group, in insertion order. */
  texts(group: string): string[] {
    return [...(this.groups.get(group) ?? [])].map((r) => liveRange(r).toString());
  }
}
