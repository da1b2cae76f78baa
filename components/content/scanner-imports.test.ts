import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { expect, test } from 'vitest';

/** Every module scanner.ts pulls in, following relative imports. */
function importGraph(entry: string, seen = new Map<string, string[]>()): Map<string, string[]> {
  if (seen.has(entry)) return seen;
  const specifiers = [...readFileSync(entry, 'utf8').matchAll(/^\s*(?:import|export)[^'"]*from\s+'([^']+)'/gm)].map((m) => m[1]!);
  seen.set(entry, specifiers);
  for (const s of specifiers) if (s.startsWith('.')) importGraph(resolve(dirname(entry), s), seen);
  return seen;
}

test('the scanner core runs outside the extension: no browser or UI imports', () => {
  const graph = importGraph(resolve(import.meta.dirname, 'scanner.ts'));
  const external = [...graph.values()].flat().filter((s) => !s.startsWith('.'));
  expect(graph.size).toBeGreaterThan(5);
  expect(external).toEqual([]);
});

test('the scanning bundle holds no copy of state the core owns: the findings filter is passed in', () => {
  // entrypoints/content-scan.ts is bundled apart from the content script (scan-bundle/contract.ts): a module
  // both import would be two instances, and the flags feature's filter would never reach the scanner.
  const graph = importGraph(resolve(import.meta.dirname, '../../entrypoints/content-scan.ts'));
  const modules = [...graph.keys()].map((path) => path.replace(/^.*\/components\/content\//, ''));
  expect(modules).toContain('scanner.ts');
  expect(modules).not.toContain('findings-filter.ts');
});
