import type { Block, Finding } from './types.ts';

export type { Block, Finding, SuppressionReason } from './types.ts';

/**
 * Finds claims in `text`. Placeholder until the engine lands: finds nothing.
 */
export function detect(_text: string, _options: { blocks?: Block[] } = {}): Finding[] {
  return [];
}
