import { i18n } from '#i18n';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { parseFindingsResponse, type FindingsResponse } from '../../lib/messages/scan.ts';
import { DEFAULT_SETTINGS, setEnabled, setSitePaused, settingsItem, siteOf, type Settings } from '../storage/settings.ts';
import { Controls } from './findings/Controls.tsx';
import { FindingsList } from './findings/FindingsList.tsx';
import { detachedTabId, targetTabId } from './findings/target-tab.ts';
import './findings/findings.css';

type State = { kind: 'loading' } | { kind: 'unavailable' } | { kind: 'ready'; page: FindingsResponse };

/** Asks the tab's content script for its findings; `unavailable` where none runs (browser pages, the store). */
async function loadFindings(tabId: number | undefined): Promise<State> {
  if (tabId === undefined) return { kind: 'unavailable' };
  try {
    const page = parseFindingsResponse(await browser.tabs.sendMessage(tabId, { type: 'cliniccheck:findings/get' }));
    return page ? { kind: 'ready', page } : { kind: 'unavailable' };
  } catch {
    return { kind: 'unavailable' };
  }
}

/** "On this page": the page's findings by category, with pause and off controls. */
export function FindingsTab() {
  const [tabId, setTabId] = useState<number>();
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);

  const refresh = useCallback(async (id: number | undefined) => setState(await loadFindings(id)), []);

  useEffect(() => {
    void (async () => {
      const id = await targetTabId();
      setTabId(id);
      setSettings(await settingsItem.getValue());
      await refresh(id);
    })();
    // The content script starts or stops when settings change; show the result.
    return settingsItem.watch((next) => {
      setSettings(next ?? DEFAULT_SETTINGS);
      setTimeout(() => void targetTabId().then(refresh), 400);
    });
  }, [refresh]);

  const reveal = async (id: string) => {
    if (tabId === undefined) return;
    await browser.tabs.sendMessage(tabId, { type: 'cliniccheck:findings/reveal', id }).catch(() => undefined);
    // The toolbar popup closes so the page (and the opened card) gets the focus.
    if (detachedTabId() === undefined) window.close();
  };

  // A page still being read (a long one) is asked again shortly.
  useEffect(() => {
    if (state.kind !== 'ready' || !state.page.pending) return;
    const timer = setTimeout(() => void refresh(tabId), 500);
    return () => clearTimeout(timer);
  }, [state, tabId, refresh]);

  const site = state.kind === 'ready' ? siteOf(state.page.url) : '';
  return (
    <div class="findings-tab">
      <h2 class="findings-tab__title">{i18n.t('findings.title')}</h2>
      {state.kind === 'loading' && <p>{i18n.t('findings.reading')}</p>}
      {state.kind === 'unavailable' && <p>{i18n.t('findings.unavailable')}</p>}
      {state.kind === 'ready' && !state.page.scanning && <p>{i18n.t('findings.notChecking')}</p>}
      {state.kind === 'ready' && state.page.pending && <p>{i18n.t('findings.stillReading')}</p>}
      {state.kind === 'ready' && state.page.scanning && <FindingsList findings={state.page.findings} onReveal={(id) => void reveal(id)} />}
      <Controls
        settings={settings}
        site={site}
        onPause={(paused) => void setSitePaused(site, paused)}
        onEnable={(enabled) => void setEnabled(enabled)}
      />
    </div>
  );
}
