import { browser } from 'wxt/browser';
import { DetectSession, type Decided } from '../../lib/detect/session.ts';
import { DETECT_PORT, isDetectWake, parseDetectOnce, parseDetectRequest, type DetectReply } from '../../lib/messages/detect.ts';
import { packFindings } from '../../lib/messages/detect-wire.ts';
import { settingsItem, type Settings } from '../../components/storage/settings.ts';
import { WARM_UP_TEXT } from './warm-up-text.ts';

/** The slice of a runtime Port this module uses (tests pass a stand-in). */
export interface DetectPort {
  name: string;
  sender?: { id?: string };
  postMessage(message: DetectReply): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
}

/**
 * Findings per `found` message: a long page's answer arrives in several
 * messages, each a task of its own on the page (checking the numbers,
 * building each finding with its quote). At 4,000 a message, one such task
 * took up to 56 ms on the 5 MB page; at 1,000 the 1 MB page's answer is
 * four messages of a few ms each.
 */
const CHUNK_FINDINGS = 1000;

let reported = false;
function report(error: unknown) {
  if (!reported) console.error('ClinicCheck: detection failed', error);
  reported = true;
}

/** Sends a session's answer to request `id`: findings in chunks, the last one with `done`. */
function reply(port: DetectPort, id: number, { found, signals }: Decided, ms: number): void {
  const done = { kind: 'done' as const, id, texts: found.length, signals, ms: Math.round(ms * 100) / 100 };
  let from = 0;
  let size = 0;
  found.forEach((list, i) => {
    size += list.length;
    if (size >= CHUNK_FINDINGS && i < found.length - 1) {
      port.postMessage({ kind: 'found', id, ...packFindings(from, found.slice(from, i + 1)) });
      from = i + 1;
      size = 0;
    }
  });
  port.postMessage(from < found.length ? { ...done, ...packFindings(from, found.slice(from)) } : done);
}

/**
 * Answers a one-off request (DETECT_ONCE, from an extension page or content
 * script of this extension) in a session of its own: every finding in one
 * `done`. Undefined for anything else.
 */
export function answerDetectOnce(message: unknown, sender: { id?: string }, extensionId: string): DetectReply | undefined {
  if (sender.id !== extensionId) return undefined;
  const request = parseDetectOnce(message);
  if (!request) return undefined;
  const started = performance.now();
  const session = new DetectSession(undefined, report);
  let decided: Decided;
  if (request.kind === 'detect') decided = session.detect(request.texts, request.signals);
  else {
    session.prepare(request.last!.text, request.last!.blocks);
    decided = session.decide();
  }
  const ms = Math.round((performance.now() - started) * 100) / 100;
  return { kind: 'done', id: request.id, texts: decided.found.length, signals: decided.signals, ms, ...packFindings(0, decided.found) };
}

/**
 * Answers this extension's one-off messages to detection: DETECT_WAKE with
 * `true` (the worker was started to receive it, which was its point), and
 * DETECT_ONCE (see answerDetectOnce). Undefined for anything else.
 */
export function answerDetectMessage(message: unknown, sender: { id?: string }, extensionId: string): DetectReply | true | undefined {
  if (isDetectWake(message)) return sender.id === extensionId || undefined;
  return answerDetectOnce(message, sender, extensionId);
}

/**
 * Serves one content script's detection port: a DetectSession per port, so
 * pages never see each other's texts, and it goes when the page does.
 * Requests that fail validation are ignored.
 */
export function serveDetectPort(port: DetectPort, extensionId: string): boolean {
  if (port.name !== DETECT_PORT || port.sender?.id !== extensionId) return false;
  const session = new DetectSession(undefined, report);
  /** Working time on the full scan's texts so far. */
  let preparing = 0;
  port.onMessage.addListener((message) => {
    const started = performance.now();
    const request = parseDetectRequest(message);
    if (!request) return;
    if (request.kind === 'prepare') {
      session.prepare(request.text, request.blocks);
      preparing += performance.now() - started;
    } else if (request.kind === 'decide') {
      if (request.last) session.prepare(request.last.text, request.last.blocks);
      const decided = session.decide();
      reply(port, request.id, decided, preparing + performance.now() - started);
      preparing = 0;
    } else if (request.kind === 'detect') {
      reply(port, request.id, session.detect(request.texts, request.signals), performance.now() - started);
    } else {
      session.reset();
      preparing = 0;
    }
  });
  return true;
}

/** The warm-up text repeated into a page of about 8 K characters, one block per repeat. */
function warmUpPage() {
  const parts = Array.from({ length: Math.ceil(8000 / WARM_UP_TEXT.length) }, () => WARM_UP_TEXT);
  let at = 0;
  const blocks = parts.map((part) => ({ start: at, end: (at += part.length + 2) - 2 }));
  return { text: parts.join('\n\n'), blocks };
}

/** Warm-up steps: about 100 K characters in all, enough for the engine's hot loops to be optimised. */
const WARM_UP_STEPS = 12;

/**
 * Loads the engine and runs it over a made-up page a dozen times, so the
 * worker's first real page finds it loaded and its code optimised (cold, a
 * 10 KB page took 5-7 ms here; warm, under 1). One step per task: a page's
 * request that arrives meanwhile is answered between two steps, not after all.
 */
export function warmUpEngine(steps = WARM_UP_STEPS): Promise<void> {
  const session = new DetectSession(undefined, report);
  const page = warmUpPage();
  return new Promise((done) => {
    const step = (left: number) => {
      session.detect([page]);
      if (left > 1) setTimeout(() => step(left - 1), 0);
      else done();
    };
    setTimeout(() => step(steps), 0);
  });
}

/** Detection for content scripts: they send page text over a port, findings come back. */
export function startDetect(): void {
  browser.runtime.onConnect.addListener((port) => void serveDetectPort(port as unknown as DetectPort, browser.runtime.id));
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const reply = answerDetectMessage(message, sender, browser.runtime.id);
    return reply && Promise.resolve(reply);
  });
  void warmUpIfScanning();
}

/**
 * Warms the engine up unless scanning is switched off: the worker starts on
 * most navigations after an idle spell, and with scanning off no page will
 * ask it for detection. Resolves to whether it warmed up.
 */
export async function warmUpIfScanning(read: () => Promise<Settings> = () => settingsItem.getValue()): Promise<boolean> {
  const enabled = await read().then(
    (settings) => settings.enabled,
    () => true,
  );
  if (enabled) await warmUpEngine();
  return enabled;
}
