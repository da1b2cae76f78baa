import type { Severity } from '../lexicon/types.ts';

/**
 * Free-wording claims: a claim verb with the outcome it promises, within one
 * clause ("stimulates collagen production", "restores thinning hair"). Each
 * rule is small and named, and maps to the lexicon term that explains it.
 */
export interface ClaimPattern {
  /** Shown as `pattern:<name>` in findings. */
  name: string;
  termId: string;
  patterns: string[];
  severity?: Severity;
  selfNegating?: boolean;
}

export const CLAIM_PATTERNS: readonly ClaimPattern[] = [];
