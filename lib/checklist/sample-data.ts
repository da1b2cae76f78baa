/**
 * Sample clinics for tests (unit and real-browser): one site clinic whose
 * notes hold every hostile text, one clinic added by hand.
 */
import { HOSTILE_TEXTS } from '../export/hostile-samples.ts';
import type { QuestionId } from '../lexicon/types.ts';
import { ANSWER_STATUSES } from './model.ts';
import type { ClinicWithAnswers } from './format.ts';

export const SAMPLE_TIME = Date.UTC(2026, 10, 1, 9, 30, 0, 123);

/** Two clinics with answers; all times are whole milliseconds after SAMPLE_TIME. */
export function sampleClinics(): ClinicWithAnswers[] {
  const hostile: ClinicWithAnswers = {
    clinic: {
      id: 'site:example-clinic.com',
      name: `=cmd|' /C calc'!A0 "Glow" <b>Clinic</b> مرحبا 💉`,
      domain: 'example-clinic.com',
      createdFrom: 'site',
      createdAt: SAMPLE_TIME,
      updatedAt: SAMPLE_TIME + 5,
    },
    answers: {},
  };
  HOSTILE_TEXTS.forEach((note, i) => {
    hostile.answers[`Q${i + 1}` as QuestionId] = { status: ANSWER_STATUSES[i % 3]!, note, updatedAt: SAMPLE_TIME + i };
  });
  const manual: ClinicWithAnswers = {
    clinic: {
      id: 'manual:0f8c2d9e-1b2a-4c3d-9e8f-7a6b5c4d3e2f',
      name: 'Dr Sánchez, phone call',
      domain: '',
      createdFrom: 'manual',
      createdAt: SAMPLE_TIME + 1000,
      updatedAt: SAMPLE_TIME + 1000,
    },
    answers: { Q20: { status: 'red-flag', note: 'Said "no side effects at all".', updatedAt: SAMPLE_TIME + 2000 } },
  };
  return [hostile, manual];
}
