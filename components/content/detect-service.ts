/**
 * What the scanner asks of detection. In the extension it is the
 * background, over a port (detect-port.ts); in unit tests an in-process
 * session (testing.ts localDetector). Both answer with findings per text,
 * offsets into that text, quotes filled in.
 */
import type { Decided as Answer } from '../../lib/detect/session.ts';
import type { PageSignals } from '../../lib/detect/types.ts';
import type { DetectText } from '../../lib/messages/detect.ts';

export type { DetectText } from '../../lib/messages/detect.ts';

/** Detection's answer, and what taking it in cost this page. */
export interface Decided extends Answer {
  /**
   * Main-thread time this page spent on the answer's messages (checking
   * them, adding the quotes), in tasks of their own while the scan waited,
   * and the longest of those: the scan counts them as its own work.
   */
  replyMs?: number;
  replyLongestMs?: number;
}

export interface DetectService {
  /** Starts a full scan, dropping texts prepared for one given up half-way. */
  begin(): void;
  /** Sends one text of the full scan (detection starts on it while the page reads on). */
  prepare(text: DetectText): void;
  /** Findings of every text prepared since `begin`, in order, under the page's signals. */
  decide(): Promise<Decided>;
  /** Findings of `texts` (a rescan) under `signals`, or under their own when there are none. */
  detect(texts: DetectText[], signals: PageSignals | undefined): Promise<Decided>;
  /** Closes the connection (the session stops). */
  dispose(): void;
}
