/**
 * The findings filter hook: other features (reviewer flags) drop findings
 * before they are painted, listed or counted, e.g. ones the user dismissed as
 * "not a claim here". Add a filter, and call `findingsFilterChanged()` when
 * its answers change so the page repaints and the badge recounts.
 */
import type { PageFinding } from './scanner.ts';

type Filter = (finding: PageFinding) => boolean;
const filters = new Set<Filter>();
const listeners = new Set<() => void>();

/** Adds a filter (return false to drop a finding); returns a remover. */
export function addFindingsFilter(filter: Filter): () => void {
  filters.add(filter);
  findingsFilterChanged();
  return () => {
    filters.delete(filter);
    findingsFilterChanged();
  };
}

/** Re-applies the filters to the current findings. */
export function findingsFilterChanged(): void {
  for (const listener of listeners) listener();
}

/** Whether every filter keeps `finding`. */
export function keptByFilters(finding: PageFinding): boolean {
  for (const filter of filters) if (!filter(finding)) return false;
  return true;
}

/** For the scanner glue: called when filters change. */
export function onFindingsFilterChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
