/**
 * The claim detection engine (pure: no DOM, no browser APIs).
 *
 * 1. tokenize.ts: one pass over the text into integer tokens with UTF-16
 *    offsets into the original; case, accents, apostrophes, soft hyphens and
 *    zero-width characters folded, hyphens and block boundaries split words,
 *    inflections folded by stem.ts, sentences and headings marked.
 * 2. matcher.ts: every lexicon variant, free-wording claim pattern
 *    (claim-patterns.ts) and context cue (cues.ts) compiled once into one
 *    matcher; one pass over the tokens finds them all.
 * 3. context.ts: the rules of the domain reference (section 1.2, R1–R8)
 *    decide for each match: active, suppressed with a reason, or no claim.
 * 4. decide.ts: overlapping findings are resolved into one per claim.
 *
 * Steps 1–2 are `prepare`, 3–4 `decide`: the scanner prepares a page's texts
 * first, adds their signal tallies (tally.ts) into the page's signals, then
 * decides each text, so page signals cost no second pass.
 */
import type { Compiled } from './compile.ts';
import { sortMatches, type ClaimMatch, type CueSpans } from './context.ts';
import { findingsOf, type Matched } from './decide.ts';
import { loadEngine } from './engine.ts';
import { signalsFromTally, signalsOf, tallyOf, type SignalTally } from './tally.ts';
import { tokenize, type Tokens } from './tokenize.ts';
import type { Block, Finding, PageSignals } from './types.ts';

export type { Block, Finding, PageSignals, SuppressionReason } from './types.ts';
export { addTally, emptyTally, signalsFromTally, type SignalTally } from './tally.ts';

/**
 * Lexicon, claim patterns and cues in one matcher, made on first use (not at
 * import, so a paused site or a page that never scans pays nothing): restored
 * from the build's snapshot in the extension, compiled elsewhere (snapshot.ts).
 */
let compiled: Compiled | undefined;
const engine = () => (compiled ??= loadEngine());

export interface DetectOptions {
  /** Paragraphs, headings and list items: claims never run across them. */
  blocks?: Block[];
  /** Facts about the whole page (see `pageSignals`); computed from `text` when absent. */
  page?: PageSignals;
}

/** One text tokenized and matched, before context rules. Opaque apart from `text` and `tally`. */
export interface Prepared {
  readonly text: string;
  readonly tally: SignalTally;
}

/** What `prepare` returns: the matches stay inside for `decide`. */
class PreparedText implements Prepared, Matched {
  constructor(
    readonly text: string,
    readonly tally: SignalTally,
    readonly tokens: Tokens,
    readonly claims: ClaimMatch[],
    readonly cues: CueSpans,
  ) {}
}

/**
 * Tokenizes and matches `text` (blocks as in `detect`): the expensive pass,
 * done once per text. Its `tally` adds up with other texts' into the page's
 * signals (`addTally`, `signalsFromTally`).
 */
export function prepare(text: string, blocks?: Block[]): Prepared {
  const { vocab, matcher, entries } = engine();
  const tokens = tokenize(text, vocab, blocks);
  const { claims, cues } = sortMatches(matcher.run(tokens), entries);
  return new PreparedText(text, tallyOf(tokens.count, claims, cues), tokens, claims, cues);
}

/** Applies the context rules to a prepared text under the page's signals; findings as `detect` returns them. */
export function decide(prepared: Prepared, page: PageSignals): Finding[] {
  if (!(prepared instanceof PreparedText)) throw new TypeError('decide() takes what prepare() returned');
  return findingsOf(prepared, page);
}

/**
 * Finds claims in `text` in one pass over its tokens for the whole lexicon,
 * then applies the context rules. Suppressed matches are returned too, with
 * the reason, so the interface can say why they were not flagged.
 */
export function detect(text: string, options: DetectOptions = {}): Finding[] {
  const prepared = prepare(text, options.blocks);
  return decide(prepared, options.page ?? signalsOf(prepared.tally, true));
}

/** Page-level signals: compute once per page and pass to every `detect` call on its parts. */
export function pageSignals(text: string): PageSignals {
  return signalsFromTally(prepare(text).tally);
}
