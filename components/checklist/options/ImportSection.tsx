import { useState } from 'preact/hooks';
import type { ChecklistExport, ClinicWithAnswers } from '../../../lib/checklist/format.ts';
import { describePlan, planImport, prepareImport, type ImportPlan } from '../../../lib/checklist/import-plan.ts';
import { MAX_IMPORT_BYTES } from '../../../lib/checklist/validate.ts';
import { applyImport, loadAll } from '../../storage/checklist.ts';

type State =
  | { kind: 'idle' }
  | { kind: 'error'; message: string }
  | { kind: 'preview'; file: ChecklistExport; plan: ImportPlan; name: string }
  | { kind: 'done'; message: string };

function Names({ label, list }: { label: string; list: ClinicWithAnswers[] }) {
  if (!list.length) return null;
  return (
    <div>
      <p>{label}</p>
      <ul>
        {list.map((i) => (
          <li key={i.clinic.id}>
            <bdi>{i.clinic.name}</bdi>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Import a JSON export: validate, show what would change, apply only after the person confirms. */
export function ImportSection() {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    // The size is checked before reading, so a huge file is never loaded.
    const text = file.size > MAX_IMPORT_BYTES ? '' : await file.text();
    const ready = prepareImport(text, file.size, await loadAll());
    if (!ready.ok) return setState({ kind: 'error', message: `${file.name}: ${ready.error} Nothing was changed.` });
    setState({ kind: 'preview', file: ready.file, plan: ready.plan, name: file.name });
  };
  const confirm = async () => {
    if (state.kind !== 'preview') return;
    try {
      // Planned again against what is stored now, in case another view changed something meanwhile.
      const plan = planImport(state.file, await loadAll());
      await applyImport(plan, Date.now());
      setState({ kind: 'done', message: `Imported: ${describePlan(plan)}` });
    } catch (e) {
      setState({ kind: 'error', message: `The import failed and nothing was changed: ${(e as Error).message}` });
    }
  };
  return (
    <section aria-labelledby="opt-import">
      <h2 id="opt-import">Import</h2>
      <p>Choose a ClinicCheck checklist JSON export. You will see what changes before anything is saved.</p>
      <div class="opt-row">
        <label for="opt-import-file">Checklist file (JSON)</label>
        <input id="opt-import-file" type="file" accept=".json,application/json" onChange={(e) => void choose(e.currentTarget)} />
      </div>
      {state.kind === 'error' && (
        <p class="opt-error" role="alert">
          {state.message}
        </p>
      )}
      {state.kind === 'preview' && (
        <div class="opt-preview" role="group" aria-labelledby="opt-preview-title">
          <p id="opt-preview-title">
            <strong>{state.name}</strong>: {describePlan(state.plan)}
          </p>
          <Names label="To add:" list={state.plan.toAdd} />
          <Names label="To replace (your current answers for these are overwritten):" list={state.plan.toReplace.map((r) => r.incoming)} />
          <div class="opt-row">
            <button type="button" disabled={!state.plan.toAdd.length && !state.plan.toReplace.length} onClick={() => void confirm()}>
              Import
            </button>
            <button type="button" onClick={() => setState({ kind: 'idle' })}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {state.kind === 'done' && (
        <p class="opt-ok" role="status">
          {state.message}
        </p>
      )}
    </section>
  );
}
