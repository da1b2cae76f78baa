import { i18n } from '#i18n';
import type { AnswerMap } from '../../lib/checklist/model.ts';
import type { OrderedQuestion } from '../../lib/checklist/order.ts';
import { statusOf } from '../../lib/checklist/summary.ts';
import { statusLabel } from './labels.ts';

interface Props {
  ordered: OrderedQuestion[];
  answers: AnswerMap;
  current: number;
  onJump: (index: number) => void;
}

/** Every question with its status, to skip ahead or go back to one. */
export function QuestionList({ ordered, answers, current, onJump }: Props) {
  return (
    <section aria-labelledby="cl-list-title">
      <h2 id="cl-list-title" class="cl-subtitle">
        {i18n.t('checklist.view.list')}
      </h2>
      <ol class="cl-list">
        {ordered.map((o, i) => {
          const status = statusOf(answers, o.question.id);
          return (
            <li key={o.question.id}>
              <button type="button" class="cl-list__item" aria-current={i === current ? 'step' : undefined} onClick={() => onJump(i)}>
                <span class="cl-list__id">{o.question.id}</span>
                <span class="cl-list__text">
                  {o.question.short}
                  {o.quotes.length > 0 && <span class="cl-list__page"> {i18n.t('checklist.list.fromThisPage')}</span>}
                </span>
                <span class={`cl-badge cl-badge--${status}`}>{statusLabel(status)}</span>
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
