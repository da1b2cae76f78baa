import { i18n } from '#i18n';
import { WhatItDoes, WhatItNeverDoes } from './Promises.tsx';
import { SiteAccess } from './SiteAccess.tsx';
import { Tour } from './Tour.tsx';
import { SOURCES } from '../../lib/lexicon/sources.ts';

/** Two plain-language starting points for patients (FDA consumer alert, ISSCR questions). */
const READING = [SOURCES.S2!, SOURCES.S13!];

const SECTIONS = [
  { id: 'what', label: 'welcome.what.heading' },
  { id: 'never', label: 'welcome.never.heading' },
  { id: 'sites', label: 'welcome.sites.heading' },
  { id: 'tour', label: 'welcome.tour.heading' },
] as const;

/**
 * The first-run page (welcome.html), opened once when ClinicCheck is
 * installed: what it does, what it never does, how to limit it to chosen
 * sites, and a short tour. Plain static text; nothing here reads page data.
 */
export function WelcomePage() {
  return (
    <div class="welcome">
      <header class="welcome__header">
        <img src="/icon/128.png" width={64} height={64} alt="" />
        <div>
          <h1>{i18n.t('welcome.title')}</h1>
          <p class="welcome__lead">{i18n.t('welcome.lead')}</p>
        </div>
      </header>
      <nav aria-label={i18n.t('welcome.tocLabel')} class="welcome__toc">
        <ul>
          {SECTIONS.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`}>{i18n.t(s.label)}</a>
            </li>
          ))}
        </ul>
      </nav>
      <main>
        <WhatItDoes id="what" />
        <WhatItNeverDoes id="never" />
        <SiteAccess id="sites" />
        <Tour id="tour" />
      </main>
      <footer class="welcome__footer">
        <p>{i18n.t('welcome.closeTab')}</p>
        <p>
          {i18n.t('welcome.reading')}{' '}
          {READING.map((source, i) => (
            <span key={source.id}>
              {i > 0 && '; '}
              <a href={source.url} rel="noreferrer">
                {source.org}, {source.title}
              </a>
            </span>
          ))}
          .
        </p>
      </footer>
    </div>
  );
}
