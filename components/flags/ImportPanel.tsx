import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import { MAX_IMPORT_BYTES, planImport, TOO_LARGE, type ImportPlan } from '../../lib/flags/import.ts';
import type { Flag } from '../../lib/flags/types.ts';
import { saveFlags } from '../storage/flags.ts';
import { importProblemText } from './labels.ts';

const flagCount = (n: number) => i18n.t('review.import.flagCount', n);
const duplicateCount = (n: number) => i18n.t('review.import.duplicateCount', n);

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
    setDone(i18n.t('review.import.done', { flags: flagCount(plan.toAdd.length), duplicates: duplicateCount(plan.duplicates) }));
    setPlan(undefined);
  };

  return (
    <section aria-labelledby="import-title" class="panel-section">
      <h2 id="import-title">{i18n.t('review.import.heading')}</h2>
      <p>{i18n.t('review.import.intro')}</p>
      <label for="import-file">{i18n.t('review.import.fileLabel')}</label>{' '}
      <input id="import-file" type="file" accept=".jsonld,.json,application/ld+json,application/json" onChange={onFile} />
      {plan && !plan.ok && (
        <div role="alert" class="import__errors">
          <p>{i18n.t('review.import.refused')}</p>
          <ul>
            {plan.errors.map((e, i) => (
              <li key={i}>{importProblemText(e)}</li>
            ))}
          </ul>
        </div>
      )}
      {plan?.ok && (
        <div class="import__preview" role="status">
          <p>{i18n.t('review.import.preview', { flags: flagCount(plan.total), new: plan.toAdd.length, duplicates: duplicateCount(plan.duplicates) })}</p>
          <div class="buttons">
            <button type="button" class="primary" onClick={() => void confirm()} disabled={plan.toAdd.length === 0}>
              {i18n.t('review.import.confirm', { flags: flagCount(plan.toAdd.length) })}
            </button>
            <button type="button" onClick={() => setPlan(undefined)}>
              {i18n.t('common.cancel')}
            </button>
          </div>
        </div>
      )}
      {done && <p role="status">{done}</p>}
    </section>
  );
}
