/**
 * The detection requests a page is waiting on (detect-port.ts sends them):
 * each one's texts, its answer put together from the background's reply
 * messages (`found` chunks, then `done`), what taking those in cost the page,
 * and a time limit. A reply is checked (lib/messages/detect.ts) before it
 * touches a request; one for no waiting request is ignored.
 */
import { parseDetectReply, unpackFindings, type DetectRequest, type DetectText } from '../../lib/messages/detect.ts';
import type { Decided } from './detect-service.ts';

/** No answer in this long means the background is gone without closing the port. */
const ANSWER_TIMEOUT_MS = 60_000;

export interface Pending {
  id: number;
  texts: readonly DetectText[];
  /** The request, to send again on a new port. */
  request: DetectRequest;
  found: Decided['found'];
  /** Time spent handling this request's reply messages so far, and the longest one. */
  replyMs: number;
  replyLongestMs: number;
  resolve(decided: Decided): void;
  reject(error: Error): void;
  /** Whether it was sent again already, after its port closed. */
  retried: boolean;
  timer: ReturnType<typeof setTimeout>;
}

export class PendingRequests {
  private readonly pending = new Map<number, Pending>();

  /** Waits for request `id`'s answer; `send` sends it (the request is waited on before that, so no reply is missed). */
  add(id: number, request: DetectRequest, texts: readonly DetectText[], send: (entry: Pending) => void): Promise<Decided> {
    return new Promise<Decided>((resolve, reject) => {
      const entry: Pending = { id, texts, request, found: [], replyMs: 0, replyLongestMs: 0, resolve, reject, retried: false, timer: undefined as never };
      entry.timer = setTimeout(() => this.fail(entry, new Error('ClinicCheck: detection timed out')), ANSWER_TIMEOUT_MS);
      this.pending.set(id, entry);
      send(entry);
    });
  }

  /** Whether `entry` still waits for its answer. */
  waiting(entry: Pending): boolean {
    return this.pending.get(entry.id) === entry;
  }

  /** The requests still waiting, as a list (safe to fail them while going through it). */
  all(): Pending[] {
    return [...this.pending.values()];
  }

  fail(entry: Pending, error: Error): void {
    clearTimeout(entry.timer);
    this.pending.delete(entry.id);
    entry.reject(error);
  }

  /** Takes in one reply message: a chunk of findings, or the answer's end, which resolves its request. */
  readonly onReply = (message: unknown): void => {
    const started = performance.now();
    const reply = parseDetectReply(message);
    const request = reply && this.pending.get(reply.id);
    if (!reply || !request) return;
    const took = () => {
      const ms = performance.now() - started;
      request.replyMs += ms;
      request.replyLongestMs = Math.max(request.replyLongestMs, ms);
    };
    if (reply.from !== undefined) {
      const { from, kinds } = reply;
      reply.found.forEach((list, i) => {
        const text = request.texts[from + i];
        if (text) request.found[from + i] = unpackFindings(list, kinds, text.text);
      });
    }
    if (reply.kind === 'found') return took();
    clearTimeout(request.timer);
    this.pending.delete(reply.id);
    if (reply.texts !== request.texts.length) return request.reject(new Error('ClinicCheck: detection answered for other texts'));
    const found = request.texts.map((_, i) => request.found[i] ?? []);
    took();
    const { replyMs, replyLongestMs } = request;
    request.resolve({ found, signals: reply.signals, replyMs, replyLongestMs, ...(reply.ms !== undefined ? { workMs: reply.ms } : {}) });
  };
}
