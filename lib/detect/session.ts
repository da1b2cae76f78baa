/**
 * Detection for one page, fed a text at a time: what the extension's
 * background does for a content script (entrypoints/background/detect.ts),
 * and what unit tests run in-process. A full scan `prepare`s every text of
 * the page (tokenize + match, the expensive pass), then `decide`s them all
 * under the page's signals, added up from the texts' tallies. A rescan
 * `detect`s a few texts under signals the caller kept from the full scan,
 * so the session holds nothing between scans.
 */
import { addTally, decide, emptyTally, prepare, signalsFromTally, type Prepared } from './index.ts';
import type { Block, Finding, PageSignals } from './types.ts';

/** The engine as a session drives it (lib/detect's, or a stand-in in tests). */
export interface DetectEngine {
  prepare(text: string, blocks: Block[]): Prepared;
  /** The page's signals from all of its prepared texts. */
  signals(prepared: readonly Prepared[]): PageSignals;
  decide(prepared: Prepared, page: PageSignals): Finding[];
}

/** lib/detect's prepare/decide: signals from the added tallies. */
export const libEngine: DetectEngine = {
  prepare,
  decide,
  signals: (list) => signalsFromTally(list.reduce((sum, p) => addTally(sum, p.tally), emptyTally())),
};

/** One text of a page and its blocks (runs joined with "\n\n"). */
export interface BlockText {
  text: string;
  blocks: Block[];
}

/** Findings per text, in the order the texts came, and the signals they were decided under. */
export interface Decided {
  found: Finding[][];
  signals: PageSignals;
  /** Where detection ran elsewhere: its working time on these texts, in ms. */
  workMs?: number;
}

export class DetectSession {
  /** Undefined where the engine failed on a text: it gives no findings, the others still do. */
  private prepared: Array<Prepared | undefined> = [];

  constructor(
    private readonly engine: DetectEngine = libEngine,
    private readonly onError: (error: unknown) => void = () => undefined,
  ) {}

  /** Texts prepared and waiting for `decide`. */
  get waiting(): number {
    return this.prepared.length;
  }

  /** Prepares one text of a full scan. */
  prepare(text: string, blocks: Block[]): void {
    this.prepared.push(this.safely(() => this.engine.prepare(text, blocks)));
  }

  /** Decides every text prepared since the last decide or reset, under their page's signals, and forgets them. */
  decide(): Decided {
    const list = this.prepared;
    this.prepared = [];
    return this.decideAll(list, undefined);
  }

  /** Prepares and decides `texts` under `signals` (a rescan), or under their own when there are none. */
  detect(texts: readonly BlockText[], signals?: PageSignals): Decided {
    const list = texts.map(({ text, blocks }) => this.safely(() => this.engine.prepare(text, blocks)));
    return this.decideAll(list, signals);
  }

  /** Drops prepared texts (a full scan given up half-way). */
  reset(): void {
    this.prepared = [];
  }

  private decideAll(list: Array<Prepared | undefined>, given: PageSignals | undefined): Decided {
    const signals = given ?? this.safely(() => this.engine.signals(list.filter((p) => p !== undefined))) ?? NO_SIGNALS;
    const found = list.map((p) => (p ? (this.safely(() => this.engine.decide(p, signals)) ?? []) : []));
    return { found, signals };
  }

  /** An engine error costs its text's findings, not the page's (the caller reports it). */
  private safely<T>(call: () => T): T | undefined {
    try {
      return call();
    } catch (error) {
      this.onError(error);
      return undefined;
    }
  }
}

/** Signals when they cannot be computed: a plain page, the rules' default reading. */
const NO_SIGNALS: PageSignals = { invasive: false, editorial: false, clinical: false };
