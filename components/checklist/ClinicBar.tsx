import { useState } from 'preact/hooks';
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
        label="Name of the clinic (met by phone or in person)"
        submitLabel="Add clinic"
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
        label="New name"
        submitLabel="Save name"
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
          <label for="cl-clinic">Clinic</label>
          <select id="cl-clinic" value={selected?.id ?? ''} onChange={(e) => choose(e.currentTarget.value)}>
            {!selected && <option value="">Choose a clinic…</option>}
            {items.map(({ clinic }) => (
              <option key={clinic.id} value={clinic.id}>
                {clinic.name}
                {clinic.id === siteId ? ' (this site)' : ''}
              </option>
            ))}
          </select>
        </div>
      )}
      <div class="cl-bar__actions">
        {selected && (
          <button type="button" onClick={() => setMode('rename')}>
            Rename
          </button>
        )}
        <button type="button" onClick={() => setMode('add')}>
          Add a clinic by hand
        </button>
      </div>
    </div>
  );
}
