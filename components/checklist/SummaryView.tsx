import { i18n } from '#i18n';
import type { ClinicWithAnswers } from '../../lib/checklist/format.ts';
import { questionById } from '../../lib/checklist/questions.ts';
import { summarise } from '../../lib/checklist/summary.ts';

/** Counts for one clinic and the red flags with the person's notes. */
export function SummaryView({ item }: { item: ClinicWithAnswers }) {
  const s = summarise(item.answers);
  return (
    <section aria-labelledby="cl-summary-title">
      <h2 id="cl-summary-title" class="cl-subtitle">
        {i18n.t('checklist.view.summary')}
      </h2>
      <dl class="cl-counts">
        <div>
          <dt>{i18n.t('checklist.summary.answered')}</dt>
          <dd>{i18n.t('checklist.summary.answeredCount', { answered: s.answered, total: s.total })}</dd>
        </div>
        <div class="cl-counts--red">
          <dt>{i18n.t('checklist.summary.redFlags')}</dt>
          <dd>{s.redFlags}</dd>
        </div>
        <div>
          <dt>{i18n.t('checklist.summary.unclear')}</dt>
          <dd>{s.unclear}</dd>
        </div>
        <div>
          <dt>{i18n.t('checklist.summary.toAsk')}</dt>
          <dd>{s.toAsk}</dd>
        </div>
      </dl>
      {s.redFlagIds.length > 0 ? (
        <>
          <h3 class="cl-subtitle">{i18n.t('checklist.summary.redFlags')}</h3>
          <ul class="cl-flags">
            {s.redFlagIds.map((id) => (
              <li key={id}>
                <strong>{questionById(id)?.short}</strong>
                {item.answers[id]?.note && <p class="cl-flags__note">{item.answers[id]!.note}</p>}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{i18n.t('checklist.summary.noRedFlags')}</p>
      )}
    </section>
  );
}
