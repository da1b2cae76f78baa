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
          <span>
            Pause on <strong>{site}</strong>
          </span>
        </label>
      )}
      <label class="controls__row">
        <input type="checkbox" checked={settings.enabled} onChange={(e) => onEnable((e.currentTarget as HTMLInputElement).checked)} />
        <span>Check pages for claims (all sites)</span>
      </label>
      <p class="privacy">
        ClinicCheck reads the text of the pages you visit, on this device only. Nothing leaves your browser. To limit it to
        sites you choose, open the extension's details and set <em>Site access</em>.
      </p>
    </div>
  );
}
