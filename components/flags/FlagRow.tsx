import { useEffect, useRef, useState } from 'preact/hooks';
import { editFlag, FLAG_CATEGORIES, SEVERITIES, SEVERITY_LABEL } from '../../lib/flags/model.ts';
import { categoryLabel } from '../../lib/flags/report.ts';
import type { Flag } from '../../lib/flags/types.ts';
import { saveFlag } from '../storage/flags.ts';
import { FlagQuote } from './FlagQuote.tsx';

interface Props {
  flag: Flag;
  /** True when the flag could not be placed on its page's last visit. */
  orphaned?: boolean;
  onDelete(flag: Flag): void;
}

/** One flag on the review page: shown, or edited in place (category, severity, note). */
export function FlagRow({ flag, orphaned, onDelete }: Props) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState({ category: flag.category, severity: flag.severity, note: flag.note });
  const update = (key: keyof typeof draft) => (event: Event) => {
    const value = (event.currentTarget as HTMLSelectElement | HTMLTextAreaElement).value;
    setDraft((d) => ({ ...d, [key]: value }));
  };
  const ids = (name: string) => `${name}-${flag.id}`;
  const firstField = useRef<HTMLSelectElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  // Focus follows the mode: into the form when it opens, back to Edit when it closes.
  useEffect(() => {
    if (editing) firstField.current?.focus();
    else if (wasEditing.current) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);
  const save = async (event: Event) => {
    event.preventDefault();
    await saveFlag(editFlag(flag, { ...draft, note: draft.note.trim() }, new Date()));
    setEditing(false);
  };
  const page = flag.title.trim() || flag.url;

  return (
    <li class="flag" aria-labelledby={ids('quote')}>
      <div id={ids('quote')} class="flag__body">
        <FlagQuote flag={flag} orphaned={orphaned} />
      </div>
      <span class="flag__page">
        <a href={flag.url} target="_blank" rel="noreferrer noopener">
          {page}
        </a>{' '}
        · flagged {new Date(flag.createdAt).toLocaleString()}
      </span>
      {editing ? (
        <form class="flag__edit" onSubmit={save} onKeyDown={(e) => e.key === 'Escape' && setEditing(false)}>
          <label for={ids('category')}>Category</label>
          <select id={ids('category')} ref={firstField} value={draft.category} onChange={update('category')}>
            {FLAG_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {categoryLabel(c)}
              </option>
            ))}
          </select>
          <label for={ids('severity')}>Severity</label>
          <select id={ids('severity')} value={draft.severity} onChange={update('severity')}>
            {SEVERITIES.map((s) => (
              <option key={s} value={s}>
                {SEVERITY_LABEL[s]}
              </option>
            ))}
          </select>
          <label for={ids('note')}>Note</label>
          <textarea id={ids('note')} maxLength={5000} value={draft.note} onInput={update('note')} />
          <div class="buttons">
            <button type="submit" class="primary">
              Save changes
            </button>
            <button type="button" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <div class="buttons">
          <button type="button" ref={editButton} onClick={() => setEditing(true)} aria-label={`Edit flag “${flag.selectors[0].exact.slice(0, 60)}”`}>
            Edit
          </button>
          <button type="button" onClick={() => onDelete(flag)} aria-label={`Delete flag “${flag.selectors[0].exact.slice(0, 60)}”`}>
            Delete
          </button>
        </div>
      )}
    </li>
  );
}
