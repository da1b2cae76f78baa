import type { ClinicWithAnswers } from '../../../lib/checklist/format.ts';
import { downloadExport, openPrintView } from '../exports.ts';

/** Export everything: JSON (to import again), CSV, Markdown, HTML, or the print view. */
export function ExportSection({ items }: { items: ClinicWithAnswers[] }) {
  const none = items.length === 0;
  return (
    <section aria-labelledby="opt-export">
      <h2 id="opt-export">Export all clinics</h2>
      <p>JSON keeps everything and can be imported again. CSV opens in spreadsheets; Markdown and HTML are readable reports.</p>
      <div class="opt-row">
        <button type="button" disabled={none} onClick={() => downloadExport('json', items)}>
          Export JSON
        </button>
        <button type="button" disabled={none} onClick={() => downloadExport('csv', items)}>
          Export CSV
        </button>
        <button type="button" disabled={none} onClick={() => downloadExport('markdown', items)}>
          Export Markdown
        </button>
        <button type="button" disabled={none} onClick={() => downloadExport('html', items)}>
          Export HTML
        </button>
        <button type="button" disabled={none} onClick={() => openPrintView()}>
          Print or save as PDF
        </button>
      </div>
      {none && <p>Nothing to export yet.</p>}
    </section>
  );
}
