/** Counts per clinic: what was answered, what worried, what is still to ask. */
import type { QuestionId } from '../lexicon/types.ts';
import type { AnswerMap, AnswerStatus } from './model.ts';
import { QUESTIONS } from './questions.ts';

export interface ClinicSummary {
  total: number;
  /** Reassuring, red flag or unclear. */
  answered: number;
  reassuring: number;
  redFlags: number;
  unclear: number;
  /** Not asked yet (no answer, or status not-asked). */
  toAsk: number;
  /** Ids of red-flag questions, in checklist order. */
  redFlagIds: QuestionId[];
}

/** The status of a question in `answers` (not-asked when there is none). */
export function statusOf(answers: AnswerMap, id: QuestionId): AnswerStatus {
  return answers[id]?.status ?? 'not-asked';
}

/** Summarises one clinic's answers over all 28 questions. */
export function summarise(answers: AnswerMap): ClinicSummary {
  const counts: Record<AnswerStatus, number> = { reassuring: 0, 'red-flag': 0, unclear: 0, 'not-asked': 0 };
  const redFlagIds: QuestionId[] = [];
  for (const q of QUESTIONS) {
    const status = statusOf(answers, q.id);
    counts[status]++;
    if (status === 'red-flag') redFlagIds.push(q.id);
  }
  return {
    total: QUESTIONS.length,
    answered: counts.reassuring + counts['red-flag'] + counts.unclear,
    reassuring: counts.reassuring,
    redFlags: counts['red-flag'],
    unclear: counts.unclear,
    toAsk: counts['not-asked'],
    redFlagIds,
  };
}

/** Questions still open: not asked yet, or answered unclearly (worth asking again). */
export function openQuestionIds(answers: AnswerMap, order: readonly QuestionId[] = QUESTIONS.map((q) => q.id)) {
  return order.filter((id) => {
    const status = statusOf(answers, id);
    return status === 'not-asked' || status === 'unclear';
  });
}
