import { i18n } from '#i18n';
import { useEffect, useRef, useState } from 'preact/hooks';
import { editFlag, FLAG_CATEGORIES, SEVERITIES } from '../../lib/flags/model.ts';
import type { Flag } from '../../lib/flags/types.ts';
import { saveFlag } from '../storage/flags.ts';
import { richText } from '../i18n/rich.ts';
import { FlagQuote } from './FlagQuote.tsx';
import { categoryText, severityText } from './labels.ts';

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
  const quote = flag.selectors[0].exact.slice(0, 60);

  return (
    <li class="flag" aria-labelledby={ids('quote')}>
      <div id={ids('quote')} class="flag__body">
        <FlagQuote flag={flag} orphaned={orphaned} />
      </div>
      <span class="flag__page">
        {richText(i18n.t('review.row.flagged', { page: '{page}', date: new Date(flag.createdAt).toLocaleString() }), {
          page: (
            <a href={flag.url} target="_blank" rel="noreferrer noopener">
              {page}
            </a>
          ),
        })}
      </span>
      {editing ? (
        <form class="flag__edit" onSubmit={save} onKeyDown={(e) => e.key === 'Escape' && setEditing(false)}>
          <label for={ids('category')}>{i18n.t('flags.category')}</label>
          <select id={ids('category')} ref={firstField} value={draft.category} onChange={update('category')}>
            {FLAG_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {categoryText(c)}
              </option>
            ))}
          </select>
          <label for={ids('severity')}>{i18n.t('flags.severityLabel')}</label>
          <select id={ids('severity')} value={draft.severity} onChange={update('severity')}>
            {SEVERITIES.map((s) => (
              <option key={s} value={s}>
                {severityText(s)}
              </option>
            ))}
          </select>
          <label for={ids('note')}>{i18n.t('review.row.note')}</label>
          <textarea id={ids('note')} maxLength={5000} value={draft.note} onInput={update('note')} />
          <div class="buttons">
            <button type="submit" class="primary">
              {i18n.t('review.row.save')}
            </button>
            <button type="button" onClick={() => setEditing(false)}>
              {i18n.t('common.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <div class="buttons">
          <button type="button" ref={editButton} onClick={() => setEditing(true)} aria-label={i18n.t('review.row.editLabel', { quote })}>
            {i18n.t('review.row.edit')}
          </button>
          <button type="button" onClick={() => onDelete(flag)} aria-label={i18n.t('review.row.deleteLabel', { quote })}>
            {i18n.t('review.row.delete')}
          </button>
        </div>
      )}
    </li>
  );
}
