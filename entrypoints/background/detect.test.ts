import { expect, test, vi } from 'vitest';
import { DETECT_ONCE, DETECT_PORT, DETECT_WAKE, toWireText, type DetectReply, type WireChunk } from '../../lib/messages/detect.ts';
import { answerDetectMessage, answerDetectOnce, serveDetectPort, warmUpEngine, warmUpIfScanning, type DetectPort } from './detect.ts';

function port(name = DETECT_PORT, senderId = 'me') {
  const replies: DetectReply[] = [];
  let listener: (message: unknown) => void = () => undefined;
  const p: DetectPort = {
    name,
    sender: { id: senderId },
    postMessage: (m) => replies.push(m),
    onMessage: { addListener: (l) => (listener = l) },
  };
  return { p, replies, send: (m: unknown) => listener(m) };
}

// Written for this test: one claim per paragraph.
const PARAGRAPH = 'Our stem cell facial gives permanent results.';

test('serves only its own extension, on the detection port', () => {
  expect(serveDetectPort(port('other').p, 'me')).toBe(false);
  expect(serveDetectPort(port(DETECT_PORT, 'someone-else').p, 'me')).toBe(false);
  expect(serveDetectPort(port().p, 'me')).toBe(true);
});

test('a long page is answered in chunks, without quotes, then done', () => {
  const { p, replies, send } = port();
  serveDetectPort(p, 'me');
  const text = Array.from({ length: 300 }, () => PARAGRAPH).join('\n\n');
  // start, end, heading per block.
  const blocks = Array.from({ length: 300 }, (_, i) => [i * 47, i * 47 + 45, 0]).flat();
  // 300 findings a text: 16 texts are more than one message's 1,000.
  for (let i = 0; i < 16; i++) send({ kind: 'prepare', text, blocks });
  send({ kind: 'decide', id: 9 });
  const found = replies.filter((r) => r.from !== undefined) as WireChunk[];
  expect(found.length).toBeGreaterThan(1);
  expect(found.map((r) => r.from)).toEqual([...found.keys()].map((k) => found.slice(0, k).reduce((n, r) => n + r.found.length, 0)));
  const all = found.flatMap((r) => r.found);
  expect(all).toHaveLength(16);
  // start, end and kind per finding: no quotes, and each kind sent once per message.
  expect(all.every((list) => list.length >= 3 * 300)).toBe(true);
  expect(found.every((r) => r.kinds.length < 10)).toBe(true);
  expect(found[0]!.kinds[0]).not.toHaveProperty('quote');
  // The last chunk comes with done.
  expect(replies.at(-1)).toMatchObject({ kind: 'done', id: 9, texts: 16, from: found.at(-1)!.from });
});

test('a decide may carry the last text of the scan', () => {
  const { p, replies, send } = port();
  serveDetectPort(p, 'me');
  send({ kind: 'decide', id: 2, last: { text: PARAGRAPH, blocks: [0, PARAGRAPH.length, 0] } });
  expect(replies).toHaveLength(1);
  expect(replies[0]).toMatchObject({ kind: 'done', id: 2, texts: 1, from: 0 });
  const last = replies[0] as WireChunk;
  expect(last.kinds.map((k) => k.termId)).toContain('PERM-01');
  expect(last.found[0]!.length % 3).toBe(0);
});

test('invalid requests are ignored', () => {
  const { p, replies, send } = port();
  serveDetectPort(p, 'me');
  send({ kind: 'prepare', text: PARAGRAPH, blocks: [0, 999, 0] });
  send('decide');
  send({ kind: 'decide', id: 1 });
  expect(replies).toEqual([{ kind: 'done', id: 1, texts: 0, signals: expect.any(Object), ms: expect.any(Number) }]);
});

test('the warm-up runs the engine without error, one step per task', async () => {
  const error = vi.spyOn(console, 'error');
  let between = 0;
  const counting = setInterval(() => between++, 0);
  await warmUpEngine(4);
  clearInterval(counting);
  expect(error).not.toHaveBeenCalled();
  // Other tasks ran between the steps.
  expect(between).toBeGreaterThan(0);
});

test('no warm-up when scanning is switched off (no page will ask); warm-up when on or unreadable', async () => {
  expect(await warmUpIfScanning(() => Promise.resolve({ enabled: false, pausedSites: [] }))).toBe(false);
  expect(await warmUpIfScanning(() => Promise.resolve({ enabled: true, pausedSites: [] }))).toBe(true);
  expect(await warmUpIfScanning(() => Promise.reject(new Error('storage')))).toBe(true);
});

test('a one-off request is answered with every finding in one done, for this extension only and only when it checks out', () => {
  const last = toWireText({ text: PARAGRAPH, blocks: [{ start: 0, end: PARAGRAPH.length }] });
  const message = { type: DETECT_ONCE, request: { kind: 'decide', id: 7, last } };
  const reply = answerDetectOnce(message, { id: 'me' }, 'me');
  expect(reply).toMatchObject({ kind: 'done', id: 7, texts: 1, from: 0 });
  expect((reply as WireChunk).found[0]!.length).toBeGreaterThanOrEqual(6); // two findings, three numbers each
  expect(answerDetectOnce(message, { id: 'someone-else' }, 'me')).toBeUndefined();
  for (const bad of [
    { type: DETECT_ONCE, request: { kind: 'decide', id: 7 } }, // a decide with no text: a port's session holds none here
    { type: DETECT_ONCE, request: { kind: 'prepare', ...last } },
    { type: DETECT_ONCE, request: { kind: 'decide', id: 7, last: { text: PARAGRAPH, blocks: [0, 999, 0] } } },
    { type: 'cliniccheck:badge', count: 3 },
  ]) expect(answerDetectOnce(bad, { id: 'me' }, 'me')).toBeUndefined();
});

test("a content script's wake message is answered (the worker is up), only from this extension; other messages are not detection's", () => {
  expect(answerDetectMessage({ type: DETECT_WAKE }, { id: 'me' }, 'me')).toBe(true);
  expect(answerDetectMessage({ type: DETECT_WAKE }, { id: 'someone-else' }, 'me')).toBeUndefined();
  expect(answerDetectMessage({ type: 'cliniccheck:badge', count: 2 }, { id: 'me' }, 'me')).toBeUndefined();
  const text = toWireText({ text: PARAGRAPH, blocks: [{ start: 0, end: PARAGRAPH.length }] });
  expect(answerDetectMessage({ type: DETECT_ONCE, request: { kind: 'detect', id: 3, texts: [text] } }, { id: 'me' }, 'me')).toMatchObject({ kind: 'done', id: 3 });
});
