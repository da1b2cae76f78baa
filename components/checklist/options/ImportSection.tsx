import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { ChecklistExport, ClinicWithAnswers } from '../../../lib/checklist/format.ts';
import { planImport, prepareImport, type ImportPlan } from '../../../lib/checklist/import-plan.ts';
import { MAX_IMPORT_BYTES } from '../../../lib/checklist/validate.ts';
import { applyImport, loadAll } from '../../storage/checklist.ts';
import { importErrorText, planText } from '../labels.ts';

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
    if (!ready.ok) return setState({ kind: 'error', message: i18n.t('options.import.refused', { file: file.name, error: importErrorText(ready) }) });
    setState({ kind: 'preview', file: ready.file, plan: ready.plan, name: file.name });
  };
  const confirm = async () => {
    if (state.kind !== 'preview') return;
    try {
      // Planned again against what is stored now, in case another view changed something meanwhile.
      const plan = planImport(state.file, await loadAll());
      await applyImport(plan, Date.now());
      setState({ kind: 'done', message: i18n.t('options.import.done', { plan: planText(plan) }) });
    } catch (e) {
      setState({ kind: 'error', message: i18n.t('options.import.failed', { error: (e as Error).message }) });
    }
  };
  return (
    <section aria-labelledby="opt-import">
      <h2 id="opt-import">{i18n.t('options.import.heading')}</h2>
      <p>{i18n.t('options.import.intro')}</p>
      <div class="opt-row">
        <label for="opt-import-file">{i18n.t('options.import.fileLabel')}</label>
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
            <strong>{state.name}</strong>: {planText(state.plan)}
          </p>
          <Names label={i18n.t('options.import.toAdd')} list={state.plan.toAdd} />
          <Names label={i18n.t('options.import.toReplace')} list={state.plan.toReplace.map((r) => r.incoming)} />
          <div class="opt-row">
            <button type="button" disabled={!state.plan.toAdd.length && !state.plan.toReplace.length} onClick={() => void confirm()}>
              {i18n.t('options.import.confirm')}
            </button>
            <button type="button" onClick={() => setState({ kind: 'idle' })}>
              {i18n.t('common.cancel')}
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
