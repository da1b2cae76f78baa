import { useState } from 'preact/hooks';
import { MAX_IMPORT_BYTES, planImport, TOO_LARGE, type ImportPlan } from '../../lib/flags/import.ts';
import type { Flag } from '../../lib/flags/types.ts';
import { saveFlags } from '../storage/flags.ts';

/**
 * Import of a JSON-LD export: the file is read and checked, a preview says
 * what would be added and what skipped, and nothing is stored until the
 * reviewer confirms. A refused file changes nothing and says why.
 */
export function ImportPanel({ existing }: { existing: readonly Flag[] }) {
  const [plan, setPlan] = useState<ImportPlan>();
  const [done, setDone] = useState('');

  const onFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    setDone('');
    if (!file) return setPlan(undefined);
    if (file.size > MAX_IMPORT_BYTES) {
      input.value = '';
      return setPlan({ ok: false, errors: [TOO_LARGE] });
    }
    setPlan(planImport(existing, await file.text(), () => crypto.randomUUID()));
    // Lets the same file be chosen again (after an edit, or to check duplicates).
    input.value = '';
  };
  const confirm = async () => {
    if (!plan?.ok) return;
    await saveFlags(plan.toAdd);
    setDone(`Imported ${plan.toAdd.length} flag${plan.toAdd.length === 1 ? '' : 's'}; ${plan.duplicates} duplicate${plan.duplicates === 1 ? '' : 's'} skipped.`);
    setPlan(undefined);
  };

  return (
    <section aria-labelledby="import-title" class="panel-section">
      <h2 id="import-title">Import</h2>
      <p>Choose a ClinicCheck flags export (.jsonld or .json). You will see what it holds before anything is saved.</p>
      <label for="import-file">Flags file</label>{' '}
      <input id="import-file" type="file" accept=".jsonld,.json,application/ld+json,application/json" onChange={onFile} />
      {plan && !plan.ok && (
        <div role="alert" class="import__errors">
          <p>This file was not imported; nothing changed.</p>
          <ul>
            {plan.errors.map((e, i) => (
              <li key={i}>{e}</li>
            ))}
          </ul>
        </div>
      )}
      {plan?.ok && (
        <div class="import__preview" role="status">
          <p>
            {plan.total} flag{plan.total === 1 ? '' : 's'} in the file: {plan.toAdd.length} new, {plan.duplicates} duplicate
            {plan.duplicates === 1 ? '' : 's'} to skip.
          </p>
          <div class="buttons">
            <button type="button" class="primary" onClick={() => void confirm()} disabled={plan.toAdd.length === 0}>
              Import {plan.toAdd.length} flag{plan.toAdd.length === 1 ? '' : 's'}
            </button>
            <button type="button" onClick={() => setPlan(undefined)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {done && <p role="status">{done}</p>}
    </section>
  );
}
