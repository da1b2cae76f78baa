import { WhatItDoes, WhatItNeverDoes } from './Promises.tsx';
import { SiteAccess } from './SiteAccess.tsx';
import { Tour } from './Tour.tsx';
import { SOURCES } from '../../lib/lexicon/sources.ts';

/** Two plain-language starting points for patients (FDA consumer alert, ISSCR questions). */
const READING = [SOURCES.S2!, SOURCES.S13!];

const SECTIONS = [
  { id: 'what', label: 'What it does' },
  { id: 'never', label: 'What it never does' },
  { id: 'sites', label: 'Choose where it runs' },
  { id: 'tour', label: 'One-minute tour' },
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
          <h1>Welcome to ClinicCheck</h1>
          <p class="welcome__lead">
            A second pair of eyes for anyone weighing up an aesthetic, cosmetic or stem-cell clinic. ClinicCheck points
            out marketing claims that can mislead, helps you ask each clinic the right questions, and keeps your notes
            on this device.
          </p>
        </div>
      </header>
      <nav aria-label="On this page" class="welcome__toc">
        <ul>
          {SECTIONS.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`}>{s.label}</a>
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
        <p>Close this tab whenever you are ready: ClinicCheck is already at work.</p>
        <p>
          Background reading, from the regulators and scientists ClinicCheck's explanations rely on:{' '}
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
