/**
 * `npm run holdout:build`: converts the annotated holdout pages
 * (tests/fixtures/holdout/pages/*.txt) into tests/fixtures/holdout/holdout.jsonl,
 * the labeled evaluation set read by `npm run eval:holdout`. Fails with the
 * file and line of the first markup mistake.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { MarkupError, parseHoldoutSource, toJsonl, type HoldoutPage } from './holdout-markup.ts';

export const HOLDOUT_DIR = resolve(import.meta.dirname, '../fixtures/holdout');

/** Parses every source page in file-name order and checks ids are unique. */
export function buildHoldout(dir = HOLDOUT_DIR): HoldoutPage[] {
  const pagesDir = join(dir, 'pages');
  const files = readdirSync(pagesDir).filter((f) => f.endsWith('.txt')).sort();
  const pages = files.map((f) => parseHoldoutSource(readFileSync(join(pagesDir, f), 'utf8'), `pages/${f}`));
  const seen = new Set<string>();
  for (const p of pages) {
    if (seen.has(p.id)) throw new MarkupError(`duplicate page id "${p.id}"`);
    seen.add(p.id);
  }
  return pages;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  try {
    const pages = buildHoldout();
    writeFileSync(join(HOLDOUT_DIR, 'holdout.jsonl'), toJsonl(pages));
    const spans = pages.reduce((n, p) => n + p.spans.length, 0);
    const words = pages.reduce((n, p) => n + p.text.split(/\s+/).length, 0);
    process.stdout.write(`holdout: ${pages.length} pages, ${spans} spans, ${words} words -> tests/fixtures/holdout/holdout.jsonl\n`);
  } catch (e) {
    if (!(e instanceof MarkupError)) throw e;
    process.stderr.write(`holdout: ${e.message}\n`);
    process.exitCode = 1;
  }
}
