// `npm run lint:firefox`: builds the Firefox package and runs Mozilla's
// add-on linter (web-ext lint) on it, the same checks addons.mozilla.org runs.
// Exits non-zero on lint errors; warnings and notices are printed but allowed.
// `--no-build` lints an existing build (e.g. after `npm run build:firefox`).
import { execFileSync, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

interface LintMessage {
  code: string;
  message: string;
  description?: string;
  file?: string;
  line?: number;
}
type Report = Record<'errors' | 'warnings' | 'notices', LintMessage[]>;

const root = resolve(import.meta.dirname, '../..');
const sourceDir = resolve(root, process.env.CLINICCHECK_OUT_DIR ?? '.output', 'firefox-mv3');
const bin = (name: string) => resolve(root, 'node_modules/.bin', name);

if (!process.argv.includes('--no-build')) {
  execFileSync(bin('wxt'), ['build', '-b', 'firefox'], { cwd: root, stdio: 'inherit' });
}

const run = spawnSync(bin('web-ext'), ['lint', '--source-dir', sourceDir, '--no-config-discovery', '--output', 'json'], {
  cwd: root,
  encoding: 'utf8',
  // web-ext would otherwise ask the npm registry for a newer version of
  // itself; the lint itself runs offline.
  env: { ...process.env, NO_UPDATE_NOTIFIER: '1' },
});

let report: Report;
try {
  report = JSON.parse(run.stdout) as Report;
} catch {
  console.error(run.stdout, run.stderr, '\nweb-ext lint did not produce a report.');
  process.exit(1);
}

for (const kind of ['errors', 'warnings', 'notices'] as const) {
  for (const m of report[kind]) {
    const where = m.file ? ` (${m.file}${m.line ? `:${m.line}` : ''})` : '';
    console.log(`${kind.slice(0, -1)} ${m.code}${where}: ${m.message}\n    ${m.description ?? ''}`);
  }
}
const counts = `${report.errors.length} errors, ${report.warnings.length} warnings, ${report.notices.length} notices`;
console.log(`web-ext lint on ${sourceDir}: ${counts}`);
if (report.errors.length > 0 || run.status !== 0) process.exit(1);
