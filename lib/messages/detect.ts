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
 * with the last chunk (a small page's answer is one message).
 */
import type { Block, Finding, PageSignals } from '../detect/types.ts';
import { hasFindingFacts, isCount, isObject, isShortString, type Message } from './guards.ts';

export const DETECT_PORT = 'cliniccheck:detect';

/** A text of the page: runs joined with "\n\n", and the block each run is. */
export interface DetectText {
  text: string;
  blocks: Block[];
}

export type DetectRequest =
  | ({ kind: 'prepare' } & DetectText)
  | { kind: 'decide'; id: number; last?: DetectText }
  | { kind: 'detect'; id: number; texts: DetectText[]; signals?: PageSignals }
  | { kind: 'reset' };

/** A finding as it travels: its quote is the content script's own text, so it is not sent back. */
export type WireFinding = Omit<Finding, 'quote'>;

export type DetectReply =
  /** Findings of texts `from`, `from + 1`, … of request `id`. */
  | { kind: 'found'; id: number; from: number; found: WireFinding[][] }
  /**
   * Request `id` is answered: `texts` texts, decided under `signals`; `ms`,
   * the background's working time for them (prepare and decide), for the
   * benchmark's account of where a scan's time goes.
   */
  | { kind: 'done'; id: number; texts: number; signals: PageSignals; ms?: number; from?: number; found?: WireFinding[][] };

/** Longest text one message may carry (a scan sends a long page in many). */
export const MAX_TEXT = 1 << 21;
/** Most texts one rescan sends. */
const MAX_TEXTS = 10_000;
const MAX_RULE = 200;

function isBlock(value: unknown, length: number): value is Block {
  return (
    isObject(value) &&
    isCount(value.start) &&
    isCount(value.end) &&
    value.start <= value.end &&
    value.end <= length &&
    (value.heading === undefined || typeof value.heading === 'boolean')
  );
}

function isDetectText(value: unknown): value is DetectText {
  if (!isObject(value) || typeof value.text !== 'string' || value.text.length > MAX_TEXT) return false;
  const { text, blocks } = value;
  return Array.isArray(blocks) && blocks.length <= text.length + 1 && blocks.every((b) => isBlock(b, text.length));
}

export function isPageSignals(value: unknown): value is PageSignals {
  return isObject(value) && typeof value.invasive === 'boolean' && typeof value.editorial === 'boolean' && typeof value.clinical === 'boolean';
}

/** Checks a content script's request; undefined when it is not one. */
export function parseDetectRequest(value: unknown): DetectRequest | undefined {
  if (!isObject(value)) return undefined;
  switch (value.kind) {
    case 'prepare':
      return isDetectText(value) ? { kind: 'prepare', text: value.text, blocks: value.blocks } : undefined;
    case 'decide':
      if (!isCount(value.id) || !(value.last === undefined || isDetectText(value.last))) return undefined;
      return { kind: 'decide', id: value.id, ...(value.last ? { last: { text: value.last.text, blocks: value.last.blocks } } : {}) };
    case 'detect':
      if (!isCount(value.id) || !Array.isArray(value.texts) || value.texts.length > MAX_TEXTS) return undefined;
      if (!value.texts.every(isDetectText) || !(value.signals === undefined || isPageSignals(value.signals))) return undefined;
      return { kind: 'detect', id: value.id, texts: value.texts, ...(value.signals ? { signals: value.signals } : {}) };
    case 'reset':
      return { kind: 'reset' };
    default:
      return undefined;
  }
}

function isWireFinding(value: unknown): value is WireFinding {
  return (
    isObject(value) &&
    isCount(value.start) &&
    isCount(value.end) &&
    value.start < value.end &&
    isShortString(value.rule, MAX_RULE) &&
    hasFindingFacts(value as Message, MAX_RULE)
  );
}

/** Findings for texts `from`, `from + 1`, … */
function isChunk(value: Message): value is Message & { from: number; found: WireFinding[][] } {
  const { found } = value;
  return isCount(value.from) && Array.isArray(found) && found.every((list) => Array.isArray(list) && list.every(isWireFinding));
}

/** Checks the background's reply; undefined when it is not one. Offsets are checked against the text when placed. */
export function parseDetectReply(value: unknown): DetectReply | undefined {
  if (!isObject(value) || !isCount(value.id)) return undefined;
  if (value.kind === 'found') {
    return isChunk(value) ? { kind: 'found', id: value.id, from: value.from, found: value.found } : undefined;
  }
  if (value.kind === 'done' && isCount(value.texts) && isPageSignals(value.signals)) {
    const ms = typeof value.ms === 'number' && value.ms >= 0 && value.ms < 1e9 ? { ms: value.ms } : {};
    const last = value.found === undefined && value.from === undefined ? {} : isChunk(value) ? { from: value.from, found: value.found } : undefined;
    return last && { kind: 'done', id: value.id, texts: value.texts, signals: value.signals, ...ms, ...last };
  }
  return undefined;
}

/** A wire finding with its quote taken from the text it was found in. */
export function withQuote(finding: WireFinding, text: string): Finding {
  return { ...finding, quote: text.slice(finding.start, finding.end) };
}
