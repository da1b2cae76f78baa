/**
 * The extension ships its ::highlight() rules as manifest content-script CSS,
 * which the browser applies from the start of the page load. Benchmark pages
 * carry the same sheet in their head so the paint after a scan is measured as
 * it happens with the real extension (a sheet added after load would restyle
 * the whole document).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export function highlightSheet(): string {
  const css = readFileSync(resolve(import.meta.dirname, '../../components/content/highlight/highlights.css'), 'utf8');
  return `<style>${css}</style>`;
}
