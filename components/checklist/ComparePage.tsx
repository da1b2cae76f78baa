import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { ClinicWithAnswers } from '../../lib/checklist/format.ts';
import { ANSWER_STATUSES, makeAnswer, type AnswerStatus } from '../../lib/checklist/model.ts';
import { QUESTIONS, SECTIONS } from '../../lib/checklist/questions.ts';
import { statusOf, summarise } from '../../lib/checklist/summary.ts';
import { saveAnswer } from '../storage/checklist.ts';
import { useChecklistData } from './useChecklistData.ts';
import { statusLabel } from './labels.ts';
import './checklist.css';
import './pages.css';

function AnswerCell({ item, qid }: { item: ClinicWithAnswers; qid: (typeof QUESTIONS)[number]['id'] }) {
  const status = statusOf(item.answers, qid);
  const note = item.answers[qid]?.note ?? '';
  return (
    <td class={`cmp-cell cmp-cell--${status}`}>
      <select
        aria-label={i18n.t('compare.answerLabel', { question: qid, clinic: item.clinic.name })}
        value={status}
        onChange={(e) => void saveAnswer(item.clinic.id, qid, makeAnswer(e.currentTarget.value as AnswerStatus, note, Date.now()))}
      >
        {ANSWER_STATUSES.map((s) => (
          <option key={s} value={s}>
            {statusLabel(s)}
          </option>
        ))}
      </select>
      {note && <p class="cmp-note">{note}</p>}
    </td>
  );
}

/** Two or more clinics side by side, question by question; answers can be changed here and follow changes made elsewhere. */
export function ComparePage() {
  const items = useChecklistData();
  const [hidden, setHidden] = useState<Set<string>>(new Set());
  if (!items) return <p>{i18n.t('common.loading')}</p>;
  const shown = items.filter((i) => !hidden.has(i.clinic.id));
  const toggle = (id: string, on: boolean) => setHidden((h) => (on ? new Set([...h].filter((x) => x !== id)) : new Set([...h, id])));
  return (
    <main class="cl cl-page">
      <h1>{i18n.t('compare.heading')}</h1>
      {items.length < 2 && <p>{i18n.t('compare.needTwo')}</p>}
      {items.length > 0 && (
        <fieldset class="cmp-pick">
          <legend>{i18n.t('compare.pick')}</legend>
          {items.map(({ clinic }) => (
            <label key={clinic.id}>
              <input type="checkbox" checked={!hidden.has(clinic.id)} onChange={(e) => toggle(clinic.id, e.currentTarget.checked)} />
              {clinic.name}
            </label>
          ))}
        </fieldset>
      )}
      {shown.length > 0 && (
        <div class="cmp-scroll" role="region" aria-label={i18n.t('compare.tableLabel')} tabIndex={0}>
          <table class="cmp">
            <caption>{i18n.t('compare.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{i18n.t('compare.question')}</th>
                {shown.map(({ clinic, answers }) => {
                  const s = summarise(answers);
                  return (
                    <th scope="col" key={clinic.id}>
                      <bdi>{clinic.name}</bdi>
                      <span class="cmp-sum">{i18n.t('compare.columnSummary', s.redFlags, { answered: s.answered, total: s.total })}</span>
                    </th>
                  );
                })}
              </tr>
            </thead>
            {SECTIONS.map((section) => (
              <tbody key={section.id}>
                <tr>
                  <th scope="colgroup" colSpan={shown.length + 1} class="cmp-section">
                    {section.id}. {section.title}
                  </th>
                </tr>
                {QUESTIONS.filter((q) => q.section === section.id).map((q) => (
                  <tr key={q.id}>
                    <th scope="row" title={q.question}>
                      <span class="cmp-qid">{q.id}</span> {q.short}
                    </th>
                    {shown.map((item) => (
                      <AnswerCell key={item.clinic.id} item={item} qid={q.id} />
                    ))}
                  </tr>
                ))}
              </tbody>
            ))}
          </table>
        </div>
      )}
    </main>
  );
}
