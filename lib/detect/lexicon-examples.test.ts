import { describe, expect, test } from 'vitest';
import { LEXICON } from '../lexicon/index.ts';
import { detect } from './index.ts';

/** Active term ids found in a text. */
const activeTerms = (text: string) => detect(text).filter((f) => f.status === 'active').map((f) => f.termId);

const matches = LEXICON.filter((t) => !t.infoOnly).flatMap((t) => t.examples.match.map((text) => [t.id, text] as const));
const nonMatches = LEXICON.flatMap((t) => t.examples.noMatch.map((text) => [t.id, text] as const));

describe('every lexicon example', () => {
  test.each(matches)('%s is found active in %j', (id, text) => {
    expect(activeTerms(text)).toContain(id);
  });

  test.each(nonMatches)('%s is not found active in %j', (id, text) => {
    expect(activeTerms(text)).not.toContain(id);
  });

  test('information-only terms never count on their own', () => {
    for (const t of LEXICON.filter((x) => x.infoOnly)) {
      for (const text of t.examples.match) expect(activeTerms(text)).not.toContain(t.id);
    }
  });
});
