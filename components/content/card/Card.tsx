import { i18n } from '#i18n';
import type { CardContent } from './content.ts';

export interface CardProps {
  content: CardContent;
  /** "2 of 7" */
  position: string;
  actions: Array<{ id: string; label: string; onClick(): void }>;
  onClose(): void;
}

/**
 * The explanation card. Everything from the page (the quote) is rendered as
 * Preact text, never as markup.
 */
export function Card({ content, position, actions, onClose }: CardProps) {
  return (
    <div class="card" role="dialog" aria-modal="false" aria-labelledby="cc-title" aria-describedby="cc-why" tabIndex={-1}>
      <header class="card__head">
        <span class="pill" data-severity={content.severity}>
          {content.severityLabel}
        </span>
        <h2 id="cc-title" class="card__title">
          {content.categoryName}
        </h2>
        <button type="button" class="close" aria-label={i18n.t('card.close')} onClick={onClose}>
          ×
        </button>
      </header>
      <blockquote class="quote">
        <p>“{content.quote}”</p>
      </blockquote>
      <h3>{i18n.t('card.whyMislead')}</h3>
      <p id="cc-why">{content.explanation}</p>
      <h3>{i18n.t('card.ask')}</h3>
      <ul>
        {content.questions.map((q) => (
          <li key={q}>{q}</li>
        ))}
      </ul>
      {content.sources.length > 0 && (
        <>
          <h3>{i18n.t('card.sources')}</h3>
          <ul class="sources">
            {content.sources.map((s) => (
              <li key={s.label}>
                {s.href ? (
                  <a href={s.href} target="_blank" rel="noopener noreferrer">
                    {s.label}
                  </a>
                ) : (
                  s.label
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      <p class="rule">{i18n.t('card.foundBy', { rule: content.rule, position })}</p>
      {actions.length > 0 && (
        <div class="actions">
          {actions.map((a) => (
            <button key={a.id} type="button" onClick={a.onClick}>
              {a.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
