import { describe, expect, test, vi } from 'vitest';
import { detect, pageSignals } from '../../lib/detect/index.ts';
import { toWireText } from '../../lib/messages/detect.ts';
import { loopback } from './detect-loopback.ts';
import { portDetectService } from './detect-port.ts';

// Texts written for this test.
const A = { text: 'Our stem cell facial gives permanent results.', blocks: [{ start: 0, end: 45 }] };
const B = { text: 'We inject the cells. No side effects!', blocks: [{ start: 0, end: 37 }] };
const page = pageSignals(`${A.text}\n\n${B.text}`);

describe('portDetectService', () => {
  test('a full scan: texts go as they are read, findings come back per text with their quotes', async () => {
    const wire = loopback();
    const service = portDetectService(wire.connect);
    service.begin();
    service.prepare(A);
    service.prepare(B);
    const { found, signals, replyMs, replyLongestMs } = await service.decide();
    expect(signals).toEqual(page);
    // What taking the answer in cost the page, for the scan's main-thread time.
    expect(replyMs).toBeGreaterThan(0);
    expect(replyLongestMs).toBeGreaterThan(0);
    expect(replyLongestMs).toBeLessThanOrEqual(replyMs!);
    expect(found).toEqual([detect(A.text, { blocks: A.blocks, page }), detect(B.text, { blocks: B.blocks, page })]);
    expect(found[0]!.map((f) => f.quote)).toContain('permanent results');
    expect(wire.connects()).toBe(1);
  });

  test('a rescan is decided under the signals it sends', async () => {
    const service = portDetectService(loopback().connect);
    const given = { invasive: true, editorial: true, clinical: true };
    const { found, signals } = await service.detect([A], given);
    expect(signals).toEqual(given);
    expect(found).toEqual([detect(A.text, { blocks: A.blocks, page: given })]);
  });

  test('a worker stopped mid-scan: the texts are sent again on a new port and the scan completes', async () => {
    const wire = loopback();
    const service = portDetectService(wire.connect);
    service.begin();
    service.prepare(A);
    service.prepare(B); // A goes now; B, the newest, waits for the decide
    await new Promise((r) => setTimeout(r, 5));
    wire.stop();
    await new Promise((r) => setTimeout(r, 5));
    const { found } = await service.decide();
    expect(found).toEqual([detect(A.text, { blocks: A.blocks, page }), detect(B.text, { blocks: B.blocks, page })]);
    expect(wire.connects()).toBe(2);
    expect(wire.sent.map((m) => (m as { kind: string }).kind)).toEqual(['prepare', 'prepare', 'decide']);
  });

  test('a small page is one message each way: the decide carries the last text, done the findings', async () => {
    const wire = loopback();
    const service = portDetectService(wire.connect);
    service.begin();
    service.prepare(A);
    const { found } = await service.decide();
    expect(found).toEqual([detect(A.text, { blocks: A.blocks })]);
    expect(wire.sent).toEqual([{ kind: 'decide', id: 1, last: toWireText(A) }]);
  });

  test('a request whose port closes before the answer is sent once more, then given up', async () => {
    const wire = loopback();
    const service = portDetectService(wire.connect);
    const answer = service.detect([A], undefined);
    wire.stop(); // closes before the background's answer is delivered
    await expect(answer).resolves.toMatchObject({ found: [detect(A.text, { blocks: A.blocks })] });
    const twice = service.detect([A], undefined);
    wire.stop();
    // The moment the request has gone again on a new port, that port closes too.
    while (wire.connects() < 3) await new Promise((r) => setImmediate(r));
    wire.stop();
    await expect(twice).rejects.toThrow(/stopped answering/);
  });

  test('a new full scan drops the texts of one given up half-way', async () => {
    const wire = loopback();
    const service = portDetectService(wire.connect);
    service.begin();
    service.prepare(B);
    service.begin();
    service.prepare(A);
    const { found } = await service.decide();
    expect(found).toHaveLength(1);
    // B was never sent (held back), so there is nothing to reset.
    expect(wire.sent).toEqual([{ kind: 'decide', id: 1, last: toWireText(A) }]);
    service.begin();
    service.prepare(A);
    service.prepare(B);
    service.begin();
    service.prepare(B);
    await service.decide();
    expect(wire.sent.slice(1).map((m) => (m as { kind: string }).kind)).toEqual(['prepare', 'reset', 'decide']);
  });

  test('answers that are not valid replies are ignored; dispose rejects what is waiting', async () => {
    const listeners: Array<(m: unknown) => void> = [];
    const disconnect = vi.fn();
    const service = portDetectService(() => ({
      postMessage: () => undefined,
      disconnect,
      onMessage: { addListener: (l) => listeners.push(l) },
      onDisconnect: { addListener: () => undefined },
    }));
    const answer = service.detect([A], undefined);
    listeners.forEach((l) => l({ kind: 'done', id: 1, texts: 1, signals: { invasive: 'maybe' } }));
    listeners.forEach((l) => l({ kind: 'found', id: 1, from: 0, found: [[{ start: 0, end: 3, termId: '<b>', category: 'NOPE' }]] }));
    service.dispose();
    await expect(answer).rejects.toThrow(/stopped/);
    expect(disconnect).toHaveBeenCalledTimes(1);
  });

  test('an answer for a different number of texts is refused', async () => {
    const listeners: Array<(m: unknown) => void> = [];
    const service = portDetectService(() => ({
      postMessage: () => undefined,
      disconnect: () => undefined,
      onMessage: { addListener: (l) => listeners.push(l) },
      onDisconnect: { addListener: () => undefined },
    }));
    const answer = service.detect([A, B], undefined);
    listeners.forEach((l) => l({ kind: 'done', id: 1, texts: 1, signals: page }));
    await expect(answer).rejects.toThrow(/other texts/);
  });
});

describe('one message instead of a port', () => {
  test("a page whose text is one message is decided over runtime.sendMessage, and opens no port", async () => {
    const wire = loopback();
    const service = portDetectService(wire.connect, wire.sendOnce);
    service.begin();
    service.prepare(A);
    const { found, signals, replyMs } = await service.decide();
    expect(found).toEqual([detect(A.text, { blocks: A.blocks })]);
    expect(signals).toEqual(pageSignals(A.text));
    expect(replyMs).toBeGreaterThan(0);
    expect(wire.sentOnce.map((m) => m.request.kind)).toEqual(['decide']);
    expect(wire.connects()).toBe(0);
    // A rescan too, while no port is open.
    const again = await service.detect([B], signals);
    expect(again.found).toEqual([detect(B.text, { blocks: B.blocks, page: signals })]);
    expect(wire.connects()).toBe(0);
  });

  test('a page of several texts streams them over the port', async () => {
    const wire = loopback();
    const service = portDetectService(wire.connect, wire.sendOnce);
    service.begin();
    service.prepare(A);
    service.prepare(B);
    await service.decide();
    expect(wire.sentOnce).toEqual([]);
    expect(wire.connects()).toBe(1);
  });

  test('when the message fails, the request goes over the port', async () => {
    const wire = loopback();
    wire.onceFails();
    const service = portDetectService(wire.connect, wire.sendOnce);
    service.begin();
    service.prepare(A);
    const { found } = await service.decide();
    expect(found).toEqual([detect(A.text, { blocks: A.blocks })]);
    expect(wire.connects()).toBe(1);
  });
});
