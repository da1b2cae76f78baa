/**
 * "Ask the clinic": the open questions as plain text to copy, or as a
 * drafted e-mail the person sends themselves (a mailto: link, nothing sent).
 */
import type { QuestionId } from '../lexicon/types.ts';
import type { Clinic } from './model.ts';
import { questionById } from './questions.ts';

/** Mail programs and browsers truncate or refuse long mailto: links around 2,000 characters. */
export const MAILTO_MAX_LENGTH = 1900;

/** The open questions as a numbered list with a greeting, ready to paste. */
export function askText(clinic: Clinic, ids: readonly QuestionId[]): string {
  const lines = ids.map((id, i) => `${i + 1}. ${questionById(id)?.question ?? id}`);
  if (!lines.length) return `I have no open questions for ${clinic.name}.`;
  return [
    `Hello,`,
    ``,
    `Before deciding on treatment at ${clinic.name}, I would like written answers to these questions:`,
    ``,
    ...lines,
    ``,
    `Thank you.`,
  ].join('\n');
}

/** The e-mail subject for a clinic. */
export function askSubject(clinic: Clinic): string {
  return `Questions before treatment at ${clinic.name}`.slice(0, 200);
}

/**
 * A `mailto:` URL (no recipient; the person fills it in) whose body lists as
 * many open questions as fit in `maxLength` characters once URL-encoded; the
 * rest are counted in a closing line. Returns the URL and how many fitted.
 */
export function mailtoDraft(
  clinic: Clinic,
  ids: readonly QuestionId[],
  maxLength = MAILTO_MAX_LENGTH,
): { url: string; included: number } {
  const build = (n: number) => {
    let body = askText(clinic, ids.slice(0, n));
    if (n < ids.length) body += `\n\n(${ids.length - n} more questions to follow.)`;
    return `mailto:?subject=${encodeURIComponent(askSubject(clinic))}&body=${encodeURIComponent(body)}`;
  };
  for (let n = ids.length; n > 0; n--) {
    const url = build(n);
    if (url.length <= maxLength) return { url, included: n };
  }
  // Not even one question fits (an extreme limit): the subject alone.
  return { url: `mailto:?subject=${encodeURIComponent(askSubject(clinic))}`, included: 0 };
}
