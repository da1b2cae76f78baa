import { i18n } from '#i18n';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { CATEGORIES } from '../../../lib/lexicon/index.ts';
import { SEVERITIES } from '../../../lib/flags/model.ts';
import type { FlagCategory } from '../../../lib/flags/types.ts';
import type { Severity } from '../../../lib/lexicon/types.ts';
import { severityText } from '../../flags/labels.ts';

export interface FlagFormValues {
  category: FlagCategory;
  severity: Severity;
  note: string;
}

export interface FlagFormProps {
  quote: string;
  initial: FlagFormValues;
  onSave(values: FlagFormValues): void;
  onCancel(): void;
}

/**
 * The short flag form: category, severity, note. A modal dialog in the
 * shadow root: focus starts on the category, Tab stays inside, Escape
 * cancels; the caller puts focus back where it was.
 */
export function FlagForm({ quote, initial, onSave, onCancel }: FlagFormProps) {
  const [values, setValues] = useState(initial);
  // Functional update: a change and an input in one batch must not undo each other.
  const update = (key: keyof FlagFormValues) => (event: Event) => {
    const value = (event.currentTarget as HTMLSelectElement | HTMLTextAreaElement).value;
    setValues((v) => ({ ...v, [key]: value }));
  };
  const dialog = useRef<HTMLDivElement>(null);
  const first = useRef<HTMLSelectElement>(null);
  // Layout effect: focus is in the form as soon as it is shown, so an Escape
  // or typing straight away reaches it, not the page.
  useLayoutEffect(() => first.current?.focus(), []);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    } else if (event.key === 'Tab') {
      const focusable = [...dialog.current!.querySelectorAll<HTMLElement>('select, textarea, button')];
      const active = (dialog.current!.getRootNode() as ShadowRoot).activeElement;
      const edge = event.shiftKey ? focusable[0] : focusable[focusable.length - 1];
      if (active === edge) {
        event.preventDefault();
        (event.shiftKey ? focusable[focusable.length - 1] : focusable[0])!.focus();
      }
    }
    // Keys typed here are the reviewer's, not the page's shortcuts.
    event.stopPropagation();
  };
  const submit = (event: Event) => {
    event.preventDefault();
    onSave({ ...values, note: values.note.trim() });
  };

  return (
    <div class="panel" role="dialog" aria-modal="true" aria-labelledby="cc-flag-title" ref={dialog} onKeyDown={onKeyDown}>
      <form onSubmit={submit}>
        <h2 id="cc-flag-title">{i18n.t('flags.form.title')}</h2>
        <blockquote aria-label={i18n.t('flags.form.quoteLabel')}>{quote}</blockquote>
        <label for="cc-flag-category">{i18n.t('flags.category')}</label>
        <select
          id="cc-flag-category"
          ref={first}
          value={values.category}
          onChange={update('category')}
        >
          {CATEGORIES.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name} ({c.code})
            </option>
          ))}
          <option value="other">{i18n.t('flags.categoryOther')}</option>
        </select>
        <label for="cc-flag-severity">{i18n.t('flags.severityLabel')}</label>
        <select
          id="cc-flag-severity"
          value={values.severity}
          onChange={update('severity')}
        >
          {SEVERITIES.map((s) => (
            <option key={s} value={s}>
              {severityText(s)}
            </option>
          ))}
        </select>
        <label for="cc-flag-note">{i18n.t('flags.form.note')}</label>
        <textarea
          id="cc-flag-note"
          maxLength={5000}
          value={values.note}
          onInput={update('note')}
        />
        <div class="buttons">
          <button type="button" onClick={onCancel}>
            {i18n.t('common.cancel')}
          </button>
          <button type="submit" class="primary">
            {i18n.t('flags.form.save')}
          </button>
        </div>
      </form>
    </div>
  );
}
