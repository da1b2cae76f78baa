import { useState } from 'preact/hooks';

const TABS = [
  { id: 'findings', label: 'On this page' },
  { id: 'checklist', label: 'Checklist' },
  { id: 'flags', label: 'Flags' },
] as const;

type TabId = (typeof TABS)[number]['id'];

export function App() {
  const [tab, setTab] = useState<TabId>('findings');
  return (
    <main class="popup">
      <h1 class="popup__title">ClinicCheck</h1>
      <div role="tablist" aria-label="ClinicCheck sections">
        {TABS.map((t) => (
          <button
            key={t.id}
            role="tab"
            id={`tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls={`panel-${t.id}`}
            tabIndex={tab === t.id ? 0 : -1}
            onClick={() => setTab(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <section role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        <p>Coming soon.</p>
      </section>
    </main>
  );
}
