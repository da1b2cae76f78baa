import { i18n } from '#i18n';

const CAPABILITIES = [
  { title: 'welcome.what.claimsTitle', text: 'welcome.what.claimsText' },
  { title: 'welcome.what.checklistTitle', text: 'welcome.what.checklistText' },
  { title: 'welcome.what.flagsTitle', text: 'welcome.what.flagsText' },
] as const;

const NEVER = ['welcome.never.network', 'welcome.never.collect', 'welcome.never.storage', 'welcome.never.pages'] as const;

/** The three capabilities, as cards. */
export function WhatItDoes({ id }: { id: string }) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} tabIndex={-1}>
      <h2 id={`${id}-title`}>{i18n.t('welcome.what.heading')}</h2>
      <ul class="cards">
        {CAPABILITIES.map((c) => (
          <li key={c.title} class="card">
            <h3>{i18n.t(c.title)}</h3>
            <p>{i18n.t(c.text)}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The privacy promise, in plain words. */
export function WhatItNeverDoes({ id }: { id: string }) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} tabIndex={-1}>
      <h2 id={`${id}-title`}>{i18n.t('welcome.never.heading')}</h2>
      <ul class="promises">
        {NEVER.map((key) => (
          <li key={key}>{i18n.t(key)}</li>
        ))}
      </ul>
      <p>{i18n.t('welcome.never.why')}</p>
    </section>
  );
}
