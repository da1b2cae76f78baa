/**
 * The phrases mark.js is given: one plain phrase per lexicon term, taken from
 * the term's first variant with the first alternative of each group, optional
 * words dropped and gaps closed ("(permanent|lasting) results" -> "permanent
 * results"). About a hundred phrases, the peer's natural way to use a list.
 */
import { LEXICON } from '../../lib/lexicon/index.ts';

/** Used while the lexicon is still empty, so mark.js has work to do. */
const FALLBACK = ['permanent results', 'FDA-approved', 'no downtime', 'no side effects', 'guaranteed results',
  'regrows hair', 'stem cell facial', 'exosome facial', 'reverse the signs of ageing', 'clinically proven',
  'ten years younger', 'non-invasive', 'painless', 'growth factors', 'success rate', 'number one clinic',
  'offer ends', 'places are limited', 'lifetime', 'rebuild collagen', 'live stem cells', 'backed by science'];

export function simplifyVariant(variant: string): string | undefined {
  if (/\bN\b/.test(variant)) return undefined;
  return variant
    .replace(/\(([^|)]*)[^)]*\)/g, '$1')
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/\.\.\./g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** One phrase per term (where its first usable variant gives one). */
export function markPhrases(): string[] {
  const phrases = new Set<string>();
  for (const term of LEXICON) {
    const phrase = term.variants.map(simplifyVariant).find((p) => p && p.length > 2);
    if (phrase) phrases.add(phrase);
  }
  return phrases.size >= 20 ? [...phrases] : FALLBACK;
}
