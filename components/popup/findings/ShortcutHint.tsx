import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

/** Tells keyboard users the (possibly customised) next / previous finding shortcuts. */
export function ShortcutHint() {
  const [keys, setKeys] = useState<{ next: string; previous: string }>();
  useEffect(() => {
    browser.commands
      .getAll()
      .then((commands) => {
        const find = (name: string) => commands.find((c) => c.name === name)?.shortcut ?? '';
        setKeys({ next: find('next-finding'), previous: find('previous-finding') });
      })
      .catch(() => undefined);
  }, []);
  if (!keys) return null;
  return (
    <p class="findings__hint">
      {keys.next && keys.previous
        ? i18n.t('findings.shortcuts', { next: keys.next, previous: keys.previous })
        : i18n.t('findings.noShortcuts')}
    </p>
  );
}
