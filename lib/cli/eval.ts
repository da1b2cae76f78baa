/**
 * `npm run eval [-- CORPUS.jsonl] [--by-page] [--json]`
 *
 * Scans the shared dev corpus (default `../shared/corpus/dev.jsonl` next to
 * the repository) with the same code as `npm run scan -- --format jsonl`,
 * writes the predictions to a temporary file and scores them with
 * `../shared/eval/score.mjs`, which prints precision, recall and F1.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { InputError, readPages, scanPage, toJsonlLine } from './pages.ts';

const REPO = resolve(import.meta.dirname, '../..');
const DEFAULT_CORPUS = resolve(REPO, '../shared/corpus/dev.jsonl');
const SCORER = resolve(REPO, '../shared/eval/score.mjs');

function main(argv: readonly string[]): number {
  const passThrough: string[] = argv.filter((a) => a === '--by-page' || a === '--json');
  const unknown = argv.filter((a) => a.startsWith('--') && !passThrough.includes(a));
  if (unknown.length) throw new InputError(`unknown option ${unknown[0]}; usage: npm run eval [-- CORPUS.jsonl] [--by-page] [--json]`);
  const corpus = argv.find((a) => !a.startsWith('--')) ?? DEFAULT_CORPUS;
  if (!existsSync(corpus)) throw new InputError(`corpus not found: ${corpus} (pass its path: npm run eval -- PATH)`);
  if (!existsSync(SCORER)) throw new InputError(`scorer not found: ${SCORER}`);

  const lines = readPages(corpus).map((p) => toJsonlLine(p.id, scanPage(p)));
  const dir = mkdtempSync(join(tmpdir(), 'cliniccheck-eval-'));
  const predictions = join(dir, 'predictions.jsonl');
  try {
    writeFileSync(predictions, lines.join('\n') + '\n');
    const r = spawnSync(process.execPath, [SCORER, corpus, predictions, ...passThrough], { stdio: 'inherit' });
    return r.status ?? 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  if (!(e instanceof InputError)) throw e;
  process.stderr.write(`eval: ${e.message}\n`);
  process.exitCode = 2;
}
