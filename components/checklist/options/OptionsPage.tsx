import { useChecklistData } from '../useChecklistData.ts';
import { ExportSection } from './ExportSection.tsx';
import { ImportSection } from './ImportSection.tsx';
import { ClinicsSection } from './ClinicsSection.tsx';
import '../checklist.css';
import '../pages.css';

/** The options page: the checklist data, kept on this device, to export, import or delete. */
export function OptionsPage() {
  const items = useChecklistData();
  return (
    <main class="cl cl-page">
      <h1>ClinicCheck: your checklists</h1>
      <p>Your clinics and answers are stored only in this browser. Export them to keep a copy or move them to another browser.</p>
      {items ? (
        <>
          <ExportSection items={items} />
          <ImportSection />
          <ClinicsSection items={items} />
        </>
      ) : (
        <p>Loading…</p>
      )}
    </main>
  );
}
