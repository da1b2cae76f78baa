import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { ClinicWithAnswers } from '../../../lib/checklist/format.ts';
import { deleteAllChecklist, deleteClinic } from '../../storage/checklist.ts';
import { downloadExport, openPrintView } from '../exports.ts';
import { originLabel, summaryText } from '../labels.ts';

/** Each clinic: export it alone, print it, delete it; and delete everything, each with a confirmation step. */
export function ClinicsSection({ items }: { items: ClinicWithAnswers[] }) {
  const [confirming, setConfirming] = useState<string>();
  const [message, setMessage] = useState('');
  const remove = async (id: string | 'all', name: string) => {
    await (id === 'all' ? deleteAllChecklist() : deleteClinic(id));
    setConfirming(undefined);
    setMessage(id === 'all' ? i18n.t('options.clinics.deletedAll') : i18n.t('options.clinics.deletedOne', { name }));
  };
  const confirmRow = (id: string, name: string, question: string) => (
    <div class="opt-row" role="group" aria-label={i18n.t('options.clinics.confirmLabel', { name })}>
      <span class="opt-danger">{question}</span>
      <button type="button" onClick={() => void remove(id, name)}>
        {i18n.t('options.clinics.yes')}
      </button>
      <button type="button" onClick={() => setConfirming(undefined)}>
        {i18n.t('options.clinics.keep')}
      </button>
    </div>
  );
  return (
    <section aria-labelledby="opt-clinics">
      <h2 id="opt-clinics">{i18n.t('options.clinics.heading')}</h2>
      {items.length === 0 && <p>{i18n.t('options.clinics.none')}</p>}
      <ul class="opt-clinics">
        {items.map((item) => (
          <li key={item.clinic.id}>
            <div>
              <strong>
                <bdi>{item.clinic.name}</bdi>
              </strong>{' '}
              ({originLabel(item.clinic)}): {summaryText(item)}
            </div>
            {confirming === item.clinic.id ? (
              confirmRow(item.clinic.id, item.clinic.name, i18n.t('options.clinics.confirmOne', { name: item.clinic.name }))
            ) : (
              <div class="opt-row" role="group" aria-label={item.clinic.name}>
                <button type="button" onClick={() => downloadExport('json', [item])}>{i18n.t('common.exportJson')}</button>
                <button type="button" onClick={() => downloadExport('csv', [item])}>{i18n.t('common.exportCsv')}</button>
                <button type="button" onClick={() => downloadExport('markdown', [item])}>{i18n.t('common.exportMarkdown')}</button>
                <button type="button" onClick={() => openPrintView(item.clinic.id)}>{i18n.t('options.clinics.print')}</button>
                <button type="button" onClick={() => setConfirming(item.clinic.id)}>{i18n.t('options.clinics.delete')}</button>
              </div>
            )}
          </li>
        ))}
      </ul>
      {items.length > 0 &&
        (confirming === 'all' ? (
          confirmRow('all', i18n.t('options.clinics.everything'), i18n.t('options.clinics.confirmAll', items.length))
        ) : (
          <div class="opt-row">
            <button type="button" class="opt-danger" onClick={() => setConfirming('all')}>
              {i18n.t('options.clinics.deleteAll')}
            </button>
          </div>
        ))}
      <p role="status">{message}</p>
    </section>
  );
}
