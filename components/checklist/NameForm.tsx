import { useEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';

interface Props {
  id: string;
  label: string;
  submitLabel: string;
  initial?: string;
  onSubmit: (name: string) => void;
  onCancel: () => void;
}

/** A one-field form for naming a clinic (add by hand, rename). Escape cancels. */
export function NameForm({ id, label, submitLabel, initial = '', onSubmit, onCancel }: Props) {
  const [name, setName] = useState(initial);
  const input = useRef<HTMLInputElement>(null);
  // `autofocus` only works once per document; focus the field explicitly each time the form opens.
  useEffect(() => input.current?.focus(), []);
  return (
    <form
      class="cl-name-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (name.trim()) onSubmit(name);
      }}
      onKeyDown={(e) => e.key === 'Escape' && (e.preventDefault(), onCancel())}
    >
      <label for={id}>{label}</label>
      <input id={id} type="text" maxLength={200} value={name} required ref={input} onInput={(e) => setName(e.currentTarget.value)} />
      <div class="cl-nav">
        <button type="submit">{submitLabel}</button>
        <button type="button" onClick={onCancel}>
          {i18n.t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
