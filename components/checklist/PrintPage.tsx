import { useEffect } from 'preact/hooks';
import { i18n } from '#i18n';
import type { ClinicWithAnswers } from '../../lib/checklist/format.ts';
import { clinicRows, sectionHeading } from '../../lib/checklist/export-rows.ts';
import { PRINT_CSS } from '../../lib/checklist/export-html.ts';
import { SECTIONS } from '../../lib/checklist/questions.ts';
import { statusOf } from '../../lib/checklist/summary.ts';
import { useChecklistData } from './useChecklistData.ts';
import { originLabel, statusLabel, summaryText } from './labels.ts';

function ClinicPrint({ item }: { item: ClinicWithAnswers }) {
  const rows = clinicRows(item);
  return (
    <section class="clinic">
      <h2>
        <bdi>{item.clinic.name}</bdi>
      </h2>
      <p>
        {originLabel(item.clinic)}: {summaryText(item)}
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
                  <th scope="col">{i18n.t('print.question')}</th>
                  <th scope="col">{i18n.t('print.answer')}</th>
                  <th scope="col">{i18n.t('print.note')}</th>
                </tr>
              </thead>
              <tbody>
                {inSection.map((r) => (
                  <tr key={r.question.id}>
                    <th scope="row">{r.question.id}</th>
                    <td>{r.question.question}</td>
                    <td>{statusLabel(statusOf(item.answers, r.question.id))}</td>
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
  return (
    <main>
      <h1>{i18n.t('print.heading')}</h1>
      <p>{i18n.t('print.intro', { date: new Date().toISOString().slice(0, 10) })}</p>
      <div class="print-bar">
        <button type="button" onClick={() => window.print()} disabled={!shown.length}>
          {i18n.t('common.printOrPdf')}
        </button>
      </div>
      {items && shown.length === 0 && <p>{i18n.t('print.nothing')}</p>}
      {shown.map((item) => (
        <ClinicPrint key={item.clinic.id} item={item} />
      ))}
    </main>
  );
}
