/**
 * How texts and findings travel on the detection port (lib/messages/detect.ts):
 * as flat lists of numbers rather than an object per block or finding.
 * Extension messages are serialised on the sender's main thread and parsed
 * on the receiver's, and on a 1 MB page (4,800 blocks out, 3,600 findings
 * back) the objects were most of that cost on the page: in Chromium, blocks
 * as objects cost the page about 5 ms more to send than as numbers, and
 * findings as objects about 6 ms more to take in than as numbers with their
 * shared facts sent once per message. (Chromium 148's structured-clone
 * messaging, manifest key `message_serialization`, was tried in place of
 * JSON and gave no clear gain: commit cc7c73f.) The page's own types (Block, Finding)
 * are built on the background's side for texts and on the page's for findings.
 */
import type { Block, Finding } from '../detect/types.ts';
import { hasFindingFacts, isCount, isShortString, type Message } from './guards.ts';

/** A text of the page: runs joined with "\n\n", and the block each run is. */
export interface DetectText {
  text: string;
  blocks: Block[];
}

/** A text as it travels: `blocks` holds `start, end, heading` (1 or 0) for each block. */
export interface WireText {
  text: string;
  blocks: number[];
}

/** Longest text one message may carry (a scan sends a long page in many). */
export const MAX_TEXT = 1 << 21;

export function toWireText({ text, blocks }: DetectText): WireText {
  // Pushed, not preallocated: a preallocated array is "holey" to V8, and took longer to send.
  const flat: number[] = [];
  for (const b of blocks) flat.push(b.start, b.end, b.heading ? 1 : 0);
  return { text, blocks: flat };
}

/** Checks a text as it travels and rebuilds its blocks; undefined when it is not one. */
export function fromWireText(value: unknown): DetectText | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { text, blocks: flat } = value as Message;
  if (typeof text !== 'string' || text.length > MAX_TEXT || !Array.isArray(flat) || flat.length % 3 !== 0) return undefined;
  if (flat.length / 3 > text.length + 1) return undefined;
  const blocks: Block[] = [];
  for (let j = 0; j < flat.length; j += 3) {
    const start: unknown = flat[j];
    const end: unknown = flat[j + 1];
    const heading: unknown = flat[j + 2];
    if (!isCount(start) || !isCount(end) || start > end || end > text.length || (heading !== 0 && heading !== 1)) return undefined;
    blocks.push(heading ? { start, end, heading: true } : { start, end });
  }
  return { text, blocks };
}

/** What a finding says besides where it is: shared by many findings, so sent once per message. */
export type WireKind = Omit<Finding, 'quote' | 'start' | 'end'>;

/**
 * Findings of texts `from`, `from + 1`, …: for each text, `start, end, kind`
 * per finding, `kind` an index into `kinds`. No quotes: they are the page's own text.
 */
export interface WireChunk {
  from: number;
  kinds: WireKind[];
  found: number[][];
}

/** Packs findings of texts `from`, `from + 1`, … for sending. */
export function packFindings(from: number, found: readonly Finding[][]): WireChunk {
  const kinds: WireKind[] = [];
  const index = new Map<string, number>();
  const lists = found.map((list) => {
    const flat: number[] = [];
    for (const { start, end, termId, category, severity, rule, status, reason } of list) {
      const key = `${termId}\n${category}\n${severity}\n${rule}\n${status}\n${reason ?? ''}`;
      let kind = index.get(key);
      if (kind === undefined) {
        kind = kinds.push({ termId, category, severity, rule, status, ...(reason ? { reason } : {}) }) - 1;
        index.set(key, kind);
      }
      flat.push(start, end, kind);
    }
    return flat;
  });
  return { from, kinds, found: lists };
}

const MAX_RULE = 200;

function isKind(value: unknown): value is WireKind {
  return typeof value === 'object' && value !== null && isShortString((value as Message).rule, MAX_RULE) && hasFindingFacts(value as Message, MAX_RULE);
}

function isFlatFindings(list: unknown, kinds: number): list is number[] {
  if (!Array.isArray(list) || list.length % 3 !== 0) return false;
  for (let j = 0; j < list.length; j += 3) {
    const start: unknown = list[j];
    const end: unknown = list[j + 1];
    const kind: unknown = list[j + 2];
    if (!isCount(start) || !isCount(end) || start >= end || !isCount(kind) || kind >= kinds) return false;
  }
  return true;
}

/** Whether a message's `from`, `kinds` and `found` are a chunk of findings. Offsets are checked against the text when placed. */
export function isWireChunk(value: Message): value is Message & WireChunk {
  const { kinds, found } = value;
  return (
    isCount(value.from) &&
    Array.isArray(kinds) &&
    kinds.every(isKind) &&
    Array.isArray(found) &&
    found.every((list) => isFlatFindings(list, kinds.length))
  );
}

/** One text's findings from a checked chunk, with their quotes taken from the text they were found in. */
export function unpackFindings(flat: readonly number[], kinds: readonly WireKind[], text: string): Finding[] {
  const out: Finding[] = [];
  for (let j = 0; j < flat.length; j += 3) {
    const start = flat[j]!;
    const end = flat[j + 1]!;
    const k = kinds[flat[j + 2]!]!;
    const finding: Finding = { start, end, quote: text.slice(start, end), termId: k.termId, category: k.category, severity: k.severity, rule: k.rule, status: k.status };
    if (k.reason) finding.reason = k.reason;
    out.push(finding);
  }
  return out;
}
