import { expect, test } from 'vitest';
import { makeAnswer } from './model.ts';
import { openQuestionIds, summarise } from './summary.ts';

test('an empty clinic has everything still to ask', () => {
  expect(summarise({})).toEqual({ total: 28, answered: 0, reassuring: 0, redFlags: 0, unclear: 0, toAsk: 28, redFlagIds: [] });
});

test('counts each status', () => {
  const s = summarise({
    Q1: makeAnswer('reassuring', '', 1),
    Q5: makeAnswer('red-flag', '', 1),
    Q3: makeAnswer('red-flag', '', 1),
    Q7: makeAnswer('unclear', '', 1),
    Q9: makeAnswer('not-asked', 'later', 1),
  });
  expect(s).toEqual({ total: 28, answered: 4, reassuring: 1, redFlags: 2, unclear: 1, toAsk: 24, redFlagIds: ['Q3', 'Q5'] });
});

test('open questions are the unasked and the unclear, in the given order', () => {
  const answers = { Q1: makeAnswer('reassuring', '', 1), Q2: makeAnswer('unclear', '', 1), Q3: makeAnswer('red-flag', '', 1) };
  expect(openQuestionIds(answers, ['Q3', 'Q2', 'Q4', 'Q1'])).toEqual(['Q2', 'Q4']);
  expect(openQuestionIds(answers)).toHaveLength(26);
});
