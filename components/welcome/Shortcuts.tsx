import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { richText } from '../i18n/rich.ts';

interface Command {
  name: string;
  description: string;
  shortcut: string;
}

/**
 * ClinicCheck's keyboard shortcuts as the browser has them now (people can
 * change them), read from the commands API rather than written down here.
 */
export function Shortcuts() {
  const [commands, setCommands] = useState<Command[] | null>(null);
  useEffect(() => {
    // The commands API only exists when the manifest declares commands.
    if (!browser.commands) return setCommands([]);
    void browser.commands.getAll().then((all) =>
      setCommands(
        all
          .filter((c) => c.name && c.description && !c.name.startsWith('_'))
          .map((c) => ({ name: c.name!, description: c.description!, shortcut: c.shortcut ?? '' })),
      ),
    );
  }, []);
  if (!commands || commands.length === 0) return null;
  const where = import.meta.env.FIREFOX
    ? i18n.t('welcome.shortcuts.firefoxWhere')
    : 'chrome://extensions/shortcuts';
  return (
    <div class="shortcuts">
      <h3>{i18n.t('welcome.shortcuts.heading')}</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">{i18n.t('welcome.shortcuts.action')}</th>
            <th scope="col">{i18n.t('welcome.shortcuts.keys')}</th>
          </tr>
        </thead>
        <tbody>
          {commands.map((c) => (
            <tr key={c.name}>
              <td>{c.description}</td>
              <td>{c.shortcut ? <kbd>{c.shortcut}</kbd> : i18n.t('welcome.shortcuts.notSet')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>{richText(i18n.t('welcome.shortcuts.change', { where: '{where}' }), { where: <kbd>{where}</kbd> })}</p>
    </div>
  );
}
