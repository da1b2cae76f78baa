/**
 * Detection in the extension's background, over a runtime port
 * (lib/messages/detect.ts; served by entrypoints/background/detect.ts).
 * The engine stays loaded there across pages, and works off this page's
 * main thread: the content script only reads the page and places findings.
 *
 * The background's service worker may stop between scans (the browser
 * stops idle workers): the port is opened again on the next request, and a
 * request whose port closed before its answer is sent again once, with the
 * full scan's texts, which are kept until they are decided.
 *
 * A page whose text is one message (most pages), and a rescan on a page
 * that has no port open, send their one request with `sendOnce` instead
 * (`runtime.sendMessage`, DETECT_ONCE): opening a port costs the page more
 * than the request itself. If that request fails, it goes over the port.
 * The requests waiting for answers, and how an answer is put together from
 * its reply messages: detect-requests.ts.
 */
import type { PageSignals } from '../../lib/detect/types.ts';
import { DETECT_ONCE, DETECT_PORT, toWireText, type DetectOnceMessage, type DetectRequest, type DetectText } from '../../lib/messages/detect.ts';
import { PendingRequests } from './detect-requests.ts';
import type { Decided, DetectService } from './detect-service.ts';

/** The slice of a runtime Port this module uses. */
export interface Port {
  postMessage(message: DetectRequest): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

/** Sends one message to the background and resolves with its answer (`runtime.sendMessage`). */
export type SendOnce = (message: DetectOnceMessage) => Promise<unknown>;

export function portDetectService(connect: (name: string) => Port, sendOnce?: SendOnce): DetectService {
  let port: Port | undefined;
  let nextId = 1;
  /** Texts of the full scan since `begin`, in order: needed for the quotes, and to send again. */
  let scanTexts: DetectText[] = [];
  /**
   * The newest text, held back until the next text or the decide, which
   * carries it: a small page's scan is then one message each way.
   */
  let held: DetectText | undefined;
  /** How many of `scanTexts` went as `prepare` messages (all but a held or decide-carried last one). */
  let sent = 0;
  /** The port that has those `sent` texts (the background's session for it holds them). */
  let preparedOn: Port | undefined;
  const pending = new PendingRequests();

  function open(): Port {
    if (port) return port;
    const p = connect(DETECT_PORT);
    port = p;
    p.onMessage.addListener(pending.onReply);
    p.onDisconnect.addListener(() => {
      if (port === p) port = undefined;
      resend();
    });
    return p;
  }

  /** Sends a request, after the scan's texts when the port is new to them (a decide needs them there). */
  function send(request: DetectRequest) {
    const p = open();
    if (request.kind === 'decide' && preparedOn !== p) replay(p);
    p.postMessage(request);
  }

  function replay(p: Port) {
    for (const text of scanTexts.slice(0, sent)) p.postMessage({ kind: 'prepare', ...toWireText(text) });
    preparedOn = p;
  }

  /** Sends the held text as a `prepare`. */
  function sendHeld() {
    const text = held;
    if (!text) return;
    held = undefined;
    sent++;
    try {
      const p = open();
      if (preparedOn === p) p.postMessage({ kind: 'prepare', ...toWireText(text) });
      else replay(p);
    } catch {
      // Sent again with the decide, on a new port.
      port = undefined;
    }
  }

  /** The port closed: requests waiting on it are sent once more on a new one, then given up. */
  function resend() {
    for (const request of pending.all()) {
      if (request.retried) {
        pending.fail(request, new Error('ClinicCheck: the background stopped answering'));
        continue;
      }
      request.retried = true;
      request.found = [];
      try {
        send(request.request);
      } catch (error) {
        pending.fail(request, asError(error));
      }
    }
  }

  function ask(build: (id: number) => DetectRequest, texts: readonly DetectText[]): Promise<Decided> {
    const id = nextId++;
    const request = build(id);
    return pending.add(id, request, texts, (entry) => {
      const overPort = () => {
        if (!pending.waiting(entry)) return;
        try {
          send(request);
        } catch (error) {
          // A port that closed under us throws: the next request opens a new one.
          port = undefined;
          pending.fail(entry, asError(error));
        }
      };
      const once = request.kind === 'detect' || (request.kind === 'decide' && request.last !== undefined && sent === 0);
      if (!sendOnce || port || !once) return overPort();
      // An answer that does not check out resolves nothing here: the port then asks again.
      sendOnce({ type: DETECT_ONCE, request }).then(pending.onReply, () => undefined).finally(overPort);
    });
  }

  return {
    begin() {
      if (sent && port && preparedOn === port) port.postMessage({ kind: 'reset' });
      scanTexts = [];
      held = undefined;
      sent = 0;
      preparedOn = port;
    },
    prepare(text) {
      sendHeld();
      scanTexts.push(text);
      held = text;
    },
    async decide() {
      const texts = scanTexts;
      const last = held;
      held = undefined;
      try {
        return await ask((id) => ({ kind: 'decide', id, ...(last ? { last: toWireText(last) } : {}) }), texts);
      } finally {
        if (scanTexts === texts) {
          scanTexts = [];
          sent = 0;
        }
      }
    },
    detect: (texts: DetectText[], signals: PageSignals | undefined) =>
      ask((id) => ({ kind: 'detect', id, texts: texts.map(toWireText), ...(signals ? { signals } : {}) }), texts),
    dispose() {
      for (const request of pending.all()) pending.fail(request, new Error('ClinicCheck: detection stopped'));
      const p = port;
      port = undefined;
      p?.disconnect();
    },
  };
}

const asError = (error: unknown) => (error instanceof Error ? error : new Error(String(error)));
