import { i18n } from '#i18n';
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
      <h1>{i18n.t('options.heading')}</h1>
      <p>{i18n.t('options.intro')}</p>
      {items ? (
        <>
          <ExportSection items={items} />
          <ImportSection />
          <ClinicsSection items={items} />
        </>
      ) : (
        <p>{i18n.t('common.loading')}</p>
      )}
    </main>
  );
}
