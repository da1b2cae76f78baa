import { i18n } from '#i18n';
import { richText } from '../../i18n/rich.ts';
import type { Settings } from '../../storage/settings.ts';

interface Props {
  settings: Settings;
  /** The page's site, or '' when ClinicCheck cannot read this page. */
  site: string;
  onPause(paused: boolean): void;
  onEnable(enabled: boolean): void;
}

/** Pause for this site, the global off switch, and what ClinicCheck reads. */
export function Controls({ settings, site, onPause, onEnable }: Props) {
  return (
    <div class="controls">
      {site && (
        <label class="controls__row">
          <input
            type="checkbox"
            checked={settings.pausedSites.includes(site)}
            onChange={(e) => onPause((e.currentTarget as HTMLInputElement).checked)}
          />
          <span>{richText(i18n.t('findings.pauseOn', { site: '{site}' }), { site: <strong>{site}</strong> })}</span>
        </label>
      )}
      <label class="controls__row">
        <input type="checkbox" checked={settings.enabled} onChange={(e) => onEnable((e.currentTarget as HTMLInputElement).checked)} />
        <span>{i18n.t('findings.enabled')}</span>
      </label>
      <p class="privacy">
        {richText(i18n.t('findings.privacy', { siteAccess: '{siteAccess}' }), { siteAccess: <em>{i18n.t('findings.siteAccess')}</em> })}
      </p>
    </div>
  );
}
