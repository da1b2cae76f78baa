import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { askText, mailtoDraft } from '../../lib/checklist/ask.ts';
import type { ClinicWithAnswers } from '../../lib/checklist/format.ts';
import type { QuestionId } from '../../lib/lexicon/types.ts';
import { openQuestionIds } from '../../lib/checklist/summary.ts';

/** Copies text; falls back to selecting the text area when the clipboard API is refused. */
async function copy(text: string, area: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    area?.select();
    return false;
  }
}

/** "Ask the clinic": the open questions as text to copy, or as an e-mail draft the person sends. */
export function AskView({ item, order }: { item: ClinicWithAnswers; order: QuestionId[] }) {
  const [message, setMessage] = useState('');
  const open = openQuestionIds(item.answers, order);
  const text = askText(item.clinic, open);
  const draft = mailtoDraft(item.clinic, open);
  return (
    <section aria-labelledby="cl-ask-title">
      <h2 id="cl-ask-title" class="cl-subtitle">
        {i18n.t('checklist.view.ask')}
      </h2>
      <p>{i18n.t('checklist.ask.openCount', open.length)}</p>
      <label for="cl-ask-text" class="cl-note-label">
        {i18n.t('checklist.ask.textLabel')}
      </label>
      <textarea id="cl-ask-text" class="cl-note cl-ask__text" readOnly rows={8} value={text} />
      <div class="cl-nav">
        <button
          type="button"
          disabled={!open.length}
          onClick={async (e) => {
            const area = (e.currentTarget.closest('section') as HTMLElement).querySelector('textarea');
            setMessage((await copy(text, area)) ? i18n.t('checklist.ask.copied') : i18n.t('checklist.ask.copyRefused'));
          }}
        >
          {i18n.t('checklist.ask.copy')}
        </button>
        {open.length > 0 && (
          <a class="cl-button-link" href={draft.url} target="_blank" rel="noreferrer">
            {i18n.t('checklist.ask.draftEmail')}
          </a>
        )}
      </div>
      {draft.included < open.length && (
        <p class="cl-hint">{i18n.t('checklist.ask.draftShortened', { count: draft.included })}</p>
      )}
      <p class="cl-hint" role="status">
        {message}
      </p>
    </section>
  );
}
