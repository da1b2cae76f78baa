import { useState } from 'preact/hooks';
import type { ClinicWithAnswers } from '../../../lib/checklist/format.ts';
import { clinicOrigin, summaryLine } from '../../../lib/checklist/export-rows.ts';
import { deleteAllChecklist, deleteClinic } from '../../storage/checklist.ts';
import { downloadExport, openPrintView } from '../exports.ts';

/** Each clinic: export it alone, print it, delete it; and delete everything, each with a confirmation step. */
export function ClinicsSection({ items }: { items: ClinicWithAnswers[] }) {
  const [confirming, setConfirming] = useState<string>();
  const [message, setMessage] = useState('');
  const remove = async (id: string | 'all', name: string) => {
    await (id === 'all' ? deleteAllChecklist() : deleteClinic(id));
    setConfirming(undefined);
    setMessage(id === 'all' ? 'All clinics and answers were deleted.' : `${name} was deleted.`);
  };
  const confirmRow = (id: string, name: string, what: string) => (
    <div class="opt-row" role="group" aria-label={`Confirm deleting ${name}`}>
      <span class="opt-danger">Delete {what}? This cannot be undone.</span>
      <button type="button" onClick={() => void remove(id, name)}>
        Yes, delete
      </button>
      <button type="button" onClick={() => setConfirming(undefined)}>
        Keep
      </button>
    </div>
  );
  return (
    <section aria-labelledby="opt-clinics">
      <h2 id="opt-clinics">Your clinics</h2>
      {items.length === 0 && <p>No clinics yet. Start one from the popup's Checklist tab.</p>}
      <ul class="opt-clinics">
        {items.map((item) => (
          <li key={item.clinic.id}>
            <div>
              <strong>
                <bdi>{item.clinic.name}</bdi>
              </strong>{' '}
              ({clinicOrigin(item.clinic)}): {summaryLine(item)}
            </div>
            {confirming === item.clinic.id ? (
              confirmRow(item.clinic.id, item.clinic.name, `"${item.clinic.name}" and its answers`)
            ) : (
              <div class="opt-row" role="group" aria-label={item.clinic.name}>
                <button type="button" onClick={() => downloadExport('json', [item])}>Export JSON</button>
                <button type="button" onClick={() => downloadExport('csv', [item])}>Export CSV</button>
                <button type="button" onClick={() => downloadExport('markdown', [item])}>Export Markdown</button>
                <button type="button" onClick={() => openPrintView(item.clinic.id)}>Print</button>
                <button type="button" onClick={() => setConfirming(item.clinic.id)}>Delete…</button>
              </div>
            )}
          </li>
        ))}
      </ul>
      {items.length > 0 &&
        (confirming === 'all' ? (
          confirmRow('all', 'everything', `all ${items.length} clinics and every answer`)
        ) : (
          <div class="opt-row">
            <button type="button" class="opt-danger" onClick={() => setConfirming('all')}>
              Delete everything…
            </button>
          </div>
        ))}
      <p role="status">{message}</p>
    </section>
  );
}
