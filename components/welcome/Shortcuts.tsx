import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

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
    ? 'about:addons → the gear menu → Manage Extension Shortcuts'
    : 'chrome://extensions/shortcuts';
  return (
    <div class="shortcuts">
      <h3>Your keyboard shortcuts</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">Action</th>
            <th scope="col">Keys</th>
          </tr>
        </thead>
        <tbody>
          {commands.map((c) => (
            <tr key={c.name}>
              <td>{c.description}</td>
              <td>{c.shortcut ? <kbd>{c.shortcut}</kbd> : 'not set'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        Change them at <kbd>{where}</kbd>.
      </p>
    </div>
  );
}
