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
        <span class="pill" data-severity={content.severityLabel}>
          {content.severityLabel}
        </span>
        <h2 id="cc-title" class="card__title">
          {content.categoryName}
        </h2>
        <button type="button" class="close" aria-label="Close explanation" onClick={onClose}>
          ×
        </button>
      </header>
      <blockquote class="quote">
        <p>“{content.quote}”</p>
      </blockquote>
      <h3>Why it can mislead</h3>
      <p id="cc-why">{content.explanation}</p>
      <h3>Ask the clinic</h3>
      <ul>
        {content.questions.map((q) => (
          <li key={q}>{q}</li>
        ))}
      </ul>
      {content.sources.length > 0 && (
        <>
          <h3>Sources</h3>
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
      <p class="rule">
        Found by {content.rule}. Finding {position} on this page.
      </p>
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
