import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import { richText } from '../i18n/rich.ts';

/** ClinicCheck's own controls: a bold label, then what to do. */
const OWN_CONTROLS = [
  ['welcome.sites.own.pauseLabel', 'welcome.sites.own.pause'],
  ['welcome.sites.own.offLabel', 'welcome.sites.own.off'],
  ['welcome.sites.own.pinLabel', 'welcome.sites.own.pin'],
] as const;

/** Chrome lets an extension page open its own details page; Firefox does not. */
function openChromeDetails() {
  void browser.tabs.create({ url: `chrome://extensions/?id=${browser.runtime.id}` });
}

/**
 * How to limit ClinicCheck to chosen sites: the browser's own site-access
 * control (the strongest: the browser then does not run ClinicCheck at all
 * elsewhere) and ClinicCheck's own per-site pause and off switch.
 */
export function SiteAccess({ id }: { id: string }) {
  const isFirefox = import.meta.env.FIREFOX;
  const chrome = (
    <div class="steps" key="chrome">
      <h3>{i18n.t('welcome.sites.chrome.heading')}</h3>
      <ol>
        <li>
          {richText(i18n.t('welcome.sites.chrome.open', { url: '{url}', details: '{details}' }), {
            url: <kbd>chrome://extensions</kbd>,
            details: <strong>{i18n.t('welcome.sites.chrome.details')}</strong>,
          })}
        </li>
        <li>
          {richText(i18n.t('welcome.sites.chrome.choose', { siteAccess: '{siteAccess}', specific: '{specific}', onClick: '{onClick}' }), {
            siteAccess: <strong>{i18n.t('welcome.sites.chrome.siteAccess')}</strong>,
            specific: <strong>{i18n.t('welcome.sites.chrome.specific')}</strong>,
            onClick: <strong>{i18n.t('welcome.sites.chrome.onClick')}</strong>,
          })}
        </li>
      </ol>
      {!isFirefox && (
        <button type="button" class="button" onClick={openChromeDetails}>
          {i18n.t('welcome.sites.chrome.button')}
        </button>
      )}
    </div>
  );
  const firefox = (
    <div class="steps" key="firefox">
      <h3>{i18n.t('welcome.sites.firefox.heading')}</h3>
      <ol>
        <li>
          {richText(i18n.t('welcome.sites.firefox.open', { url: '{url}', permissions: '{permissions}' }), {
            url: <kbd>about:addons</kbd>,
            permissions: <strong>{i18n.t('welcome.sites.firefox.permissions')}</strong>,
          })}
        </li>
        <li>{i18n.t('welcome.sites.firefox.allowOne')}</li>
      </ol>
    </div>
  );
  return (
    <section id={id} aria-labelledby={`${id}-title`} tabIndex={-1}>
      <h2 id={`${id}-title`}>{i18n.t('welcome.sites.heading')}</h2>
      <p>{i18n.t('welcome.sites.intro')}</p>
      <div class="columns">{isFirefox ? [firefox, chrome] : [chrome, firefox]}</div>
      <h3>{i18n.t('welcome.sites.own.heading')}</h3>
      <ul>
        {OWN_CONTROLS.map(([label, text]) => (
          <li key={label}>
            <strong>{i18n.t(label)}</strong> {i18n.t(text)}
          </li>
        ))}
      </ul>
    </section>
  );
}
