import { useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { i18n } from '#i18n';
import { FindingsTab } from '../../components/popup/FindingsTab.tsx';
import { ChecklistTab } from '../../components/popup/ChecklistTab.tsx';
import { FlagsTab } from '../../components/popup/FlagsTab.tsx';

// Labels are functions: i18n reads the browser's messages, which only exist at run time.
const TABS: Array<{ id: string; label: () => string; Panel: () => JSX.Element }> = [
  { id: 'findings', label: () => i18n.t('popup.tab.findings'), Panel: FindingsTab },
  { id: 'checklist', label: () => i18n.t('popup.tab.checklist'), Panel: ChecklistTab },
  { id: 'flags', label: () => i18n.t('popup.tab.flags'), Panel: FlagsTab },
];

/** The popup: three tabs, one per capability. Arrow keys move between tabs. */
export function App() {
  const [active, setActive] = useState(TABS[0]!.id);
  const current = TABS.find((t) => t.id === active)!;
  const onKeyDown = (event: KeyboardEvent) => {
    const index = TABS.findIndex((t) => t.id === active);
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    const next = TABS[(index + step + TABS.length) % TABS.length]!;
    setActive(next.id);
    document.getElementById(`tab-${next.id}`)?.focus();
  };
  return (
    <main class="popup">
      <h1 class="popup__title">{i18n.t('manifest.name')}</h1>
      <div role="tablist" aria-label={i18n.t('popup.sectionsLabel')} class="tabs" onKeyDown={onKeyDown}>
        {TABS.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`tab-${t.id}`}
            aria-selected={t.id === active}
            aria-controls={`panel-${t.id}`}
            tabIndex={t.id === active ? 0 : -1}
            onClick={() => setActive(t.id)}
          >
            {t.label()}
          </button>
        ))}
      </div>
      <section role="tabpanel" id={`panel-${current.id}`} aria-labelledby={`tab-${current.id}`} tabIndex={0}>
        <current.Panel />
      </section>
    </main>
  );
}
