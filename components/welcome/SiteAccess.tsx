import { browser } from 'wxt/browser';

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
      <h3>In Chrome, Edge and other Chromium browsers</h3>
      <ol>
        <li>
          Open ClinicCheck's details: <kbd>chrome://extensions</kbd>, then <strong>Details</strong> under ClinicCheck.
        </li>
        <li>
          Under <strong>Site access</strong>, choose <strong>On specific sites</strong> and add the clinic sites you
          want checked, or <strong>On click</strong> to run it only when you click its toolbar button.
        </li>
      </ol>
      {!isFirefox && (
        <button type="button" class="button" onClick={openChromeDetails}>
          Open ClinicCheck's details page
        </button>
      )}
    </div>
  );
  const firefox = (
    <div class="steps" key="firefox">
      <h3>In Firefox</h3>
      <ol>
        <li>
          Open <kbd>about:addons</kbd>, choose ClinicCheck, then the <strong>Permissions</strong> tab.
        </li>
        <li>
          Turn off access to all websites. Then, on a clinic's site, open the extensions button in the toolbar and allow
          ClinicCheck on that site only.
        </li>
      </ol>
    </div>
  );
  return (
    <section id={id} aria-labelledby={`${id}-title`} tabIndex={-1}>
      <h2 id={`${id}-title`}>Choose where it runs</h2>
      <p>
        ClinicCheck is useful on clinic sites and quiet elsewhere, but you decide where it may read pages. The browser's
        own site access is the strongest control: where it is off, ClinicCheck does not run at all.
      </p>
      <div class="columns">{isFirefox ? [firefox, chrome] : [chrome, firefox]}</div>
      <h3>With ClinicCheck itself</h3>
      <ul>
        <li>
          <strong>Pause on one site:</strong> on that site, open ClinicCheck from the toolbar and, in its “On this page”
          tab, tick “Pause on” followed by the site’s name. A paused site gets no scanning at all; untick it to resume.
        </li>
        <li>
          <strong>Switch it off everywhere:</strong> in the same place, untick “Check pages for claims (all sites)”. Your
          checklist and flags stay available.
        </li>
        <li>
          <strong>Keep the button in reach:</strong> pin ClinicCheck to the toolbar from the browser's extensions
          (puzzle-piece) menu, so its count of claims on the page is always visible.
        </li>
      </ul>
    </section>
  );
}
