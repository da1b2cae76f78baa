import { i18n } from '#i18n';
import { useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Shortcuts } from './Shortcuts.tsx';
import { TOUR_STEPS } from './tour-steps.tsx';

/** ClinicCheck's own pages, reachable at any time (typed paths: a renamed page fails the typecheck). */
const PAGES = [
  { path: '/compare.html', label: 'welcome.tour.compare' },
  { path: '/review.html', label: 'welcome.tour.review' },
  { path: '/options.html', label: 'welcome.tour.options' },
] as const;

/**
 * The one-minute tour: three steps with Previous / Next buttons (arrow keys
 * work too while focus is in the tour). The step shown is announced politely
 * to screen readers; focus never lands on a disabled button.
 */
export function Tour({ id }: { id: string }) {
  const [index, setIndex] = useState(0);
  const previous = useRef<HTMLButtonElement>(null);
  const next = useRef<HTMLButtonElement>(null);
  const last = TOUR_STEPS.length - 1;
  const step = TOUR_STEPS[index]!;

  const go = (to: number) => {
    const target = Math.max(0, Math.min(last, to));
    setIndex(target);
    // At either end one button is disabled; keep focus on the other one.
    if (target === 0) next.current?.focus();
    if (target === last) previous.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowRight') go(index + 1);
    else if (event.key === 'ArrowLeft') go(index - 1);
    else return;
    event.preventDefault();
  };

  return (
    <section id={id} aria-labelledby={`${id}-title`} tabIndex={-1} class="tour" onKeyDown={onKeyDown}>
      <h2 id={`${id}-title`}>{i18n.t('welcome.tour.heading')}</h2>
      <div class="tour__step" aria-live="polite">
        <p class="tour__progress">
          {i18n.t('welcome.tour.progress', { step: String(index + 1), count: String(TOUR_STEPS.length) })}
        </p>
        <h3>{i18n.t(step.title)}</h3>
        <div class="tour__content">
          <div>
            {step.body.map((key) => (
              <p key={key}>{i18n.t(key)}</p>
            ))}
          </div>
          <step.Picture />
        </div>
      </div>
      <div class="tour__nav">
        <button type="button" class="button" ref={previous} disabled={index === 0} onClick={() => go(index - 1)}>
          {i18n.t('welcome.tour.previous')}
        </button>
        <button type="button" class="button button--primary" ref={next} disabled={index === last} onClick={() => go(index + 1)}>
          {i18n.t('welcome.tour.next')}
        </button>
      </div>
      <nav aria-label={i18n.t('welcome.tour.pagesLabel')} class="tour__pages">
        <h3>{i18n.t('welcome.tour.pagesHeading')}</h3>
        <ul>
          {PAGES.map((p) => (
            <li key={p.path}>
              <a href={browser.runtime.getURL(p.path)}>{i18n.t(p.label)}</a>
            </li>
          ))}
        </ul>
      </nav>
      <Shortcuts />
    </section>
  );
}
