/**
 * Puts first the questions that the current page's claims point to, each
 * with the claim quoted ("This page says 'permanent results'. Ask: ...").
 */
import { categoryByCode, termById } from '../lexicon/index.ts';
import type { CategoryCode, QuestionId, Severity } from '../lexicon/types.ts';
import { QUESTIONS, type ChecklistQuestion } from './questions.ts';

/** The part of a page finding the ordering needs (a `FindingSummary` fits). */
export interface PageClaim {
  termId: string;
  category: CategoryCode;
  severity: Severity;
  quote: string;
  status: 'active' | 'suppressed';
}

export interface OrderedQuestion {
  question: ChecklistQuestion;
  /** Distinct quotes from the page that lead to this question, strongest first (at most 3). */
  quotes: string[];
}

const RANK: Record<Severity, number> = { high: 3, medium: 2, low: 1 };
const MAX_QUOTES = 3;
const MAX_QUOTE_LENGTH = 120;

/** The questions a claim points to: its lexicon term's, else its category's. */
function questionsFor(claim: PageClaim): readonly QuestionId[] {
  const term = termById(claim.termId);
  if (term) return term.ask;
  try {
    return categoryByCode(claim.category).ask;
  } catch {
    return [];
  }
}

/** One line of page text, shortened at a word boundary. */
export function shortQuote(quote: string): string {
  const flat = quote.replace(/\s+/g, ' ').trim();
  if (flat.length <= MAX_QUOTE_LENGTH) return flat;
  const cut = flat.slice(0, MAX_QUOTE_LENGTH);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 60 ? cut.lastIndexOf(' ') : MAX_QUOTE_LENGTH)}…`;
}

/**
 * All 28 questions: first those the page's active claims point to (more
 * severe, then more often pointed to, then checklist order), then the rest in
 * checklist order. Suppressed findings (negated, hedged...) do not count.
 */
export function orderQuestions(claims: readonly PageClaim[]): OrderedQuestion[] {
  const hits = new Map<QuestionId, { score: number; count: number; quotes: Array<{ text: string; rank: number }> }>();
  for (const claim of claims) {
    if (claim.status !== 'active') continue;
    const rank = RANK[claim.severity] ?? 1;
    for (const id of new Set(questionsFor(claim))) {
      const hit = hits.get(id) ?? { score: 0, count: 0, quotes: [] };
      hit.score = Math.max(hit.score, rank);
      hit.count++;
      const text = shortQuote(claim.quote);
      if (text && !hit.quotes.some((q) => q.text.toLowerCase() === text.toLowerCase())) hit.quotes.push({ text, rank });
      hits.set(id, hit);
    }
  }
  const position = (q: ChecklistQuestion) => QUESTIONS.indexOf(q);
  const pointed = QUESTIONS.filter((q) => hits.has(q.id)).sort((a, b) => {
    const ha = hits.get(a.id)!;
    const hb = hits.get(b.id)!;
    return hb.score - ha.score || hb.count - ha.count || position(a) - position(b);
  });
  const rest = QUESTIONS.filter((q) => !hits.has(q.id));
  return [
    ...pointed.map((question) => ({
      question,
      quotes: hits
        .get(question.id)!
        .quotes.sort((x, y) => y.rank - x.rank)
        .slice(0, MAX_QUOTES)
        .map((q) => q.text),
    })),
    ...rest.map((question) => ({ question, quotes: [] })),
  ];
}

/** "This page says 'permanent results'. Ask: …" for a question with quotes. */
export function askWithQuote(item: OrderedQuestion): string {
  if (!item.quotes.length) return item.question.question;
  const says = item.quotes.map((q) => `'${q}'`).join(' and ');
  return `This page says ${says}. Ask: ${item.question.question}`;
}
