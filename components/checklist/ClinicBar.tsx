import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { ClinicWithAnswers } from '../../lib/checklist/format.ts';
import { manualClinic, renameClinic, type Clinic, type ClinicId } from '../../lib/checklist/model.ts';
import { lastClinicItem, saveClinic } from '../storage/checklist.ts';
import { NameForm } from './NameForm.tsx';

interface Props {
  items: ClinicWithAnswers[];
  selected: Clinic | undefined;
  /** The current tab's clinic id when the tab is a web site. */
  siteId: ClinicId | undefined;
  onSelect: (id: ClinicId) => void;
}

/** Which clinic the checklist is for: choose one, rename it, or add one met by phone or in person. */
export function ClinicBar({ items, selected, siteId, onSelect }: Props) {
  const [mode, setMode] = useState<'idle' | 'add' | 'rename'>('idle');
  const choose = (id: ClinicId) => {
    onSelect(id);
    void lastClinicItem.setValue(id);
  };
  if (mode === 'add') {
    return (
      <NameForm
        id="cl-new-name"
        label={i18n.t('checklist.bar.newNameLabel')}
        submitLabel={i18n.t('checklist.bar.addSubmit')}
        onCancel={() => setMode('idle')}
        onSubmit={async (name) => {
          const clinic = manualClinic(name, crypto.randomUUID(), Date.now());
          await saveClinic(clinic);
          choose(clinic.id);
          setMode('idle');
        }}
      />
    );
  }
  if (mode === 'rename' && selected) {
    return (
      <NameForm
        id="cl-rename"
        label={i18n.t('checklist.bar.renameLabel')}
        submitLabel={i18n.t('checklist.bar.renameSubmit')}
        initial={selected.name}
        onCancel={() => setMode('idle')}
        onSubmit={async (name) => {
          await saveClinic(renameClinic(selected, name, Date.now()));
          setMode('idle');
        }}
      />
    );
  }
  return (
    <div class="cl-bar">
      {items.length > 0 && (
        <div class="cl-bar__pick">
          <label for="cl-clinic">{i18n.t('checklist.bar.clinic')}</label>
          <select id="cl-clinic" value={selected?.id ?? ''} onChange={(e) => choose(e.currentTarget.value)}>
            {!selected && <option value="">{i18n.t('checklist.bar.choose')}</option>}
            {items.map(({ clinic }) => (
              <option key={clinic.id} value={clinic.id}>
                {clinic.name}
                {clinic.id === siteId ? ` ${i18n.t('checklist.bar.thisSite')}` : ''}
              </option>
            ))}
          </select>
        </div>
      )}
      <div class="cl-bar__actions">
        {selected && (
          <button type="button" onClick={() => setMode('rename')}>
            {i18n.t('checklist.bar.rename')}
          </button>
        )}
        <button type="button" onClick={() => setMode('add')}>
          {i18n.t('checklist.bar.add')}
        </button>
      </div>
    </div>
  );
}
