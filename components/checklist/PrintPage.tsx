import { useEffect } from 'preact/hooks';
import { i18n } from '#i18n';
import type { ClinicWithAnswers } from '../../lib/checklist/format.ts';
import { clinicOrigin, clinicRows, sectionHeading, summaryLine } from '../../lib/checklist/export-rows.ts';
import type { ExportTexts } from '../../lib/checklist/export-texts.ts';
import { PRINT_CSS } from '../../lib/checklist/export-html.ts';
import { SECTIONS } from '../../lib/checklist/questions.ts';
import { useChecklistData } from './useChecklistData.ts';
import { exportTexts } from './labels.ts';

function ClinicPrint({ item, texts }: { item: ClinicWithAnswers; texts: ExportTexts }) {
  const rows = clinicRows(item, texts);
  return (
    <section class="clinic">
      <h2>
        <bdi>{item.clinic.name}</bdi>
      </h2>
      <p>
        {clinicOrigin(item.clinic, texts)}: {summaryLine(item, texts)}
      </p>
      {SECTIONS.map((section) => {
        const inSection = rows.filter((r) => r.question.section === section.id);
        return (
          <div key={section.id}>
            <h3>{sectionHeading(inSection[0]!.question)}</h3>
            <table>
              <thead>
                <tr>
                  <th scope="col">#</th>
                  <th scope="col">{texts.columns.question}</th>
                  <th scope="col">{texts.columns.answer}</th>
                  <th scope="col">{texts.columns.note}</th>
                </tr>
              </thead>
              <tbody>
                {inSection.map((r) => (
                  <tr key={r.question.id}>
                    <th scope="row">{r.question.id}</th>
                    <td>{r.question.question}</td>
                    <td>{r.status}</td>
                    <td class="note">
                      <bdi>{r.note}</bdi>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        );
      })}
    </section>
  );
}

/** The print view: every clinic, or `?clinic=<id>`, laid out for paper or PDF (same layout as the HTML export). */
export function PrintPage({ search = location.search }: { search?: string }) {
  const items = useChecklistData();
  useEffect(() => {
    const style = document.createElement('style');
    style.textContent = `${PRINT_CSS}\n.print-bar { margin-bottom: 1em; } @media print { .print-bar { display: none; } }`;
    document.head.append(style);
    return () => style.remove();
  }, []);
  const only = new URLSearchParams(search).get('clinic');
  const shown = items?.filter((i) => !only || i.clinic.id === only) ?? [];
  const texts = exportTexts();
  return (
    <main>
      <h1>{texts.title}</h1>
      <p>{i18n.t('print.intro', { date: new Date().toISOString().slice(0, 10) })}</p>
      <div class="print-bar">
        <button type="button" onClick={() => window.print()} disabled={!shown.length}>
          {i18n.t('common.printOrPdf')}
        </button>
      </div>
      {items && shown.length === 0 && <p>{i18n.t('print.nothing')}</p>}
      {shown.map((item) => (
        <ClinicPrint key={item.clinic.id} item={item} texts={texts} />
      ))}
    </main>
  );
}
