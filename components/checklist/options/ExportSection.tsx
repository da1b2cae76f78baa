import { i18n } from '#i18n';
import type { ClinicWithAnswers } from '../../../lib/checklist/format.ts';
import { downloadExport, openPrintView } from '../exports.ts';

/** Export everything: JSON (to import again), CSV, Markdown, HTML, or the print view. */
export function ExportSection({ items }: { items: ClinicWithAnswers[] }) {
  const none = items.length === 0;
  return (
    <section aria-labelledby="opt-export">
      <h2 id="opt-export">{i18n.t('options.export.heading')}</h2>
      <p>{i18n.t('options.export.intro')}</p>
      <div class="opt-row">
        <button type="button" disabled={none} onClick={() => downloadExport('json', items)}>
          {i18n.t('common.exportJson')}
        </button>
        <button type="button" disabled={none} onClick={() => downloadExport('csv', items)}>
          {i18n.t('common.exportCsv')}
        </button>
        <button type="button" disabled={none} onClick={() => downloadExport('markdown', items)}>
          {i18n.t('common.exportMarkdown')}
        </button>
        <button type="button" disabled={none} onClick={() => downloadExport('html', items)}>
          {i18n.t('options.export.exportHtml')}
        </button>
        <button type="button" disabled={none} onClick={() => openPrintView()}>
          {i18n.t('common.printOrPdf')}
        </button>
      </div>
      {none && <p>{i18n.t('options.export.nothing')}</p>}
    </section>
  );
}
