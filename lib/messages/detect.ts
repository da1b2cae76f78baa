/**
 * The detection port between a content script and the background
 * (entrypoints/background/detect.ts, components/content/detect-port.ts).
 * Detection runs in the background, where the engine stays loaded and warm
 * across pages and works off the page's main thread; the content script
 * sends its page's text and places the findings that come back. The text
 * stays on the device: the port is the extension's own messaging.
 *
 * Content → background: `prepare` each text of a full scan, then `decide`
 * (which carries the scan's last text: one message fewer to wait for);
 * `detect` a few texts of a rescan under signals kept from the full scan;
 * `reset` to give up a full scan. Background → content: `found` (findings
 * for a run of texts, in chunks so no one message is large), then `done`
 * with the last chunk (a small page's answer is one message). A page whose
 * text is one message sends it on its own instead (DETECT_ONCE, below), with
 * no port. Texts and findings travel as flat lists of numbers: detect-wire.ts.
 */
import type { PageSignals } from '../detect/types.ts';
import { fromWireText, isWireChunk, type DetectText, type WireChunk, type WireText } from './detect-wire.ts';
import { isCount, isObject } from './guards.ts';

export { MAX_TEXT, toWireText, unpackFindings, type DetectText, type WireChunk, type WireText } from './detect-wire.ts';

export const DETECT_PORT = 'cliniccheck:detect';

/** A request with its texts as `T`: as sent (WireText, detect-wire.ts), or as checked and rebuilt (DetectText). */
type Request<T> =
  | ({ kind: 'prepare' } & T)
  | { kind: 'decide'; id: number; last?: T }
  | { kind: 'detect'; id: number; texts: T[]; signals?: PageSignals }
  | { kind: 'reset' };

/** What a content script sends. */
export type DetectRequest = Request<WireText>;
/** A content script's request as the background takes it, once checked. */
export type ParsedDetectRequest = Request<DetectText>;

export type DetectReply =
  /** Findings of texts `from`, `from + 1`, … of request `id`. */
  | ({ kind: 'found'; id: number } & WireChunk)
  /**
   * Request `id` is answered: `texts` texts, decided under `signals`; `ms`,
   * the background's working time for them (prepare and decide), for the
   * benchmark's account of where a scan's time goes.
   */
  | ({ kind: 'done'; id: number; texts: number; signals: PageSignals; ms?: number } & (WireChunk | { from?: undefined }));

/**
 * A request sent on its own (`runtime.sendMessage`), answered with one
 * `done` holding every finding: a page whose text is one message (most
 * pages) opens no port, whose setup costs the page more than the request.
 * Only a `decide` carrying its text, or a `detect`.
 */
export const DETECT_ONCE = 'cliniccheck:detect-once';
export interface DetectOnceMessage {
  type: typeof DETECT_ONCE;
  request: Extract<DetectRequest, { kind: 'decide' | 'detect' }>;
}

/** Checks a one-off request; undefined when it is not one. */
export function parseDetectOnce(value: unknown): Extract<ParsedDetectRequest, { kind: 'decide' | 'detect' }> | undefined {
  if (!isObject(value) || value.type !== DETECT_ONCE) return undefined;
  const request = parseDetectRequest(value.request);
  if (request?.kind === 'detect' || (request?.kind === 'decide' && request.last)) return request;
  return undefined;
}

/**
 * Sent by a content script that is about to scan: it starts the
 * background's service worker, if the browser stopped it, while the
 * scanner loads and reads the page, instead of when the page's text is
 * ready. Answered with `true`.
 */
export const DETECT_WAKE = 'cliniccheck:detect-wake';
export interface DetectWakeMessage {
  type: typeof DETECT_WAKE;
}

export function isDetectWake(value: unknown): value is DetectWakeMessage {
  return isObject(value) && value.type === DETECT_WAKE;
}

/** Most texts one rescan sends. */
const MAX_TEXTS = 10_000;

export function isPageSignals(value: unknown): value is PageSignals {
  return isObject(value) && typeof value.invasive === 'boolean' && typeof value.editorial === 'boolean' && typeof value.clinical === 'boolean';
}

/** Checks a content script's request; undefined when it is not one. */
export function parseDetectRequest(value: unknown): ParsedDetectRequest | undefined {
  if (!isObject(value)) return undefined;
  switch (value.kind) {
    case 'prepare': {
      const text = fromWireText(value);
      return text && { kind: 'prepare', ...text };
    }
    case 'decide': {
      if (!isCount(value.id)) return undefined;
      if (value.last === undefined) return { kind: 'decide', id: value.id };
      const last = fromWireText(value.last);
      return last && { kind: 'decide', id: value.id, last };
    }
    case 'detect': {
      if (!isCount(value.id) || !Array.isArray(value.texts) || value.texts.length > MAX_TEXTS) return undefined;
      if (!(value.signals === undefined || isPageSignals(value.signals))) return undefined;
      const texts: DetectText[] = [];
      for (const wire of value.texts as unknown[]) {
        const text = fromWireText(wire);
        if (!text) return undefined;
        texts.push(text);
      }
      return { kind: 'detect', id: value.id, texts, ...(value.signals ? { signals: value.signals } : {}) };
    }
    case 'reset':
      return { kind: 'reset' };
    default:
      return undefined;
  }
}

/** The chunk of a checked message (new object: only the known fields). */
const chunkOf = (value: WireChunk): WireChunk => ({ from: value.from, kinds: value.kinds, found: value.found });

/** Checks the background's reply; undefined when it is not one. Offsets are checked against the text when placed. */
export function parseDetectReply(value: unknown): DetectReply | undefined {
  if (!isObject(value) || !isCount(value.id)) return undefined;
  if (value.kind === 'found') return isWireChunk(value) ? { kind: 'found', id: value.id, ...chunkOf(value) } : undefined;
  if (value.kind === 'done' && isCount(value.texts) && isPageSignals(value.signals)) {
    const ms = typeof value.ms === 'number' && value.ms >= 0 && value.ms < 1e9 ? { ms: value.ms } : {};
    const bare = value.found === undefined && value.from === undefined && value.kinds === undefined;
    const last = bare ? {} : isWireChunk(value) ? chunkOf(value) : undefined;
    return last && { kind: 'done', id: value.id, texts: value.texts, signals: value.signals, ...ms, ...last };
  }
  return undefined;
}
