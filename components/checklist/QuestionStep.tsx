import { useEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { ANSWER_STATUSES, LIMITS, makeAnswer, type Answer, type AnswerStatus, type ClinicId } from '../../lib/checklist/model.ts';
import { sectionById } from '../../lib/checklist/questions.ts';
import type { OrderedQuestion } from '../../lib/checklist/order.ts';
import { saveAnswer } from '../storage/checklist.ts';
import { richText } from '../i18n/rich.ts';
import { statusLabel } from './labels.ts';

interface Props {
  clinicId: ClinicId;
  item: OrderedQuestion;
  answer: Answer | undefined;
  index: number;
  total: number;
  answered: number;
  onMove: (step: -1 | 1) => void;
  /** After the last question: show the summary. */
  onFinish: () => void;
}

/** One question: the page's claim if any, what to listen for, the answer and a note, saved on every change. */
export function QuestionStep({ clinicId, item, answer, index, total, answered, onMove, onFinish }: Props) {
  const { question, quotes } = item;
  const [status, setStatus] = useState<AnswerStatus>(answer?.status ?? 'not-asked');
  const [note, setNote] = useState(answer?.note ?? '');
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  // The last change made here, so a slower echo of an earlier save cannot undo it.
  const lastSave = useRef({ id: '', at: 0 });

  // Another view may change this answer; take its value unless it is older than
  // our own last change, or the person is typing in the note.
  useEffect(() => {
    const mine = lastSave.current;
    if (mine.id === question.id && (!answer || answer.updatedAt < mine.at)) return;
    setStatus(answer?.status ?? 'not-asked');
    if (document.activeElement !== noteRef.current) setNote(answer?.note ?? '');
  }, [question.id, answer?.status, answer?.note, answer?.updatedAt]);

  const save = (nextStatus: AnswerStatus, nextNote: string) => {
    setStatus(nextStatus);
    setNote(nextNote);
    const previous = lastSave.current;
    const at = Math.max(Date.now(), previous.id === question.id ? previous.at + 1 : 0);
    lastSave.current = { id: question.id, at };
    void saveAnswer(clinicId, question.id, makeAnswer(nextStatus, nextNote, at));
  };
  const move = (step: -1 | 1) => {
    onMove(step);
    // Keyboard and screen-reader users land on the new question.
    requestAnimationFrame(() => headingRef.current?.focus());
  };

  const name = `answer-${question.id}`;
  return (
    <section class="cl-step" aria-labelledby="cl-question">
      <p class="cl-progress">
        <span>{i18n.t('checklist.step.progress', { number: index + 1, total })}</span>
        <span>{i18n.t('checklist.step.answered', { count: answered })}</span>
      </p>
      <progress class="cl-progress__bar" max={total} value={answered} aria-label={i18n.t('checklist.step.progressLabel', { answered, total })} />
      <p class="cl-section-name">
        {question.id} · {sectionById(question.section).title}
      </p>
      {quotes.length > 0 && (
        <p class="cl-quote">
          {richText(i18n.t('checklist.step.quote', { quotes: '{quotes}' }), {
            quotes: quotes.map((q, i) => (
              <span key={q}>
                {i > 0 && ` ${i18n.t('common.and')} `}
                <q class="cl-quote__text">{q}</q>
              </span>
            )),
          })}
        </p>
      )}
      <h2 id="cl-question" class="cl-question" tabIndex={-1} ref={headingRef}>
        {question.question}
      </h2>
      <details class="cl-why">
        <summary>{i18n.t('checklist.step.why')}</summary>
        <dl>
          <dt>{i18n.t('checklist.step.whyItMatters')}</dt>
          <dd>{question.whyItMatters}</dd>
          <dt>{i18n.t('checklist.step.reassuring')}</dt>
          <dd>{question.reassuring}</dd>
          <dt>{i18n.t('checklist.step.redFlag')}</dt>
          <dd>{question.redFlag}</dd>
        </dl>
      </details>
      <fieldset class="cl-status">
        <legend>{i18n.t('checklist.step.legend')}</legend>
        {ANSWER_STATUSES.map((s) => (
          <label key={s} class={`cl-status__option cl-status__option--${s}`}>
            <input type="radio" name={name} value={s} checked={status === s} onChange={() => save(s, note)} />
            {statusLabel(s)}
          </label>
        ))}
      </fieldset>
      <label class="cl-note-label" for="cl-note">
        {i18n.t('checklist.step.notesLabel')}
      </label>
      <textarea id="cl-note" class="cl-note" rows={3} maxLength={LIMITS.note} ref={noteRef} value={note} onInput={(e) => save(status, e.currentTarget.value)} />
      <p class="cl-hint">{i18n.t('checklist.step.savedHint')}</p>
      <div class="cl-nav">
        <button type="button" onClick={() => move(-1)} disabled={index === 0}>
          {i18n.t('checklist.step.previous')}
        </button>
        {index < total - 1 ? (
          <button type="button" onClick={() => move(1)}>
            {i18n.t('checklist.step.next')}
          </button>
        ) : (
          <button type="button" onClick={onFinish}>
            {i18n.t('checklist.step.finish')}
          </button>
        )}
      </div>
    </section>
  );
}
