/**
 * Test helper: a content-side port wired to the background's detection
 * (entrypoints/background/detect.ts serveDetectPort) in the same process,
 * messages JSON-copied and delivered a task later, as the browser does.
 * `stop()` closes every open port the way a stopped service worker does.
 * `sendOnce` is runtime.sendMessage to the background's one-off handler
 * (answerDetectOnce); `onceFails()` makes it fail as with no listener there.
 */
import { answerDetectOnce, serveDetectPort, type DetectPort } from '../../entrypoints/background/detect.ts';
import type { DetectOnceMessage } from '../../lib/messages/detect.ts';
import type { Port, SendOnce } from './detect-port.ts';

type Listener = (message: unknown) => void;

export function loopback(extensionId = 'cliniccheck') {
  const open = new Set<() => void>();
  const sent: unknown[] = [];
  const sentOnce: DetectOnceMessage[] = [];
  let connects = 0;
  let onceWorks = true;
  const later = (fn: () => void) => setTimeout(fn, 0);
  const copy = (message: unknown) => JSON.parse(JSON.stringify(message)) as unknown;

  function connect(name: string): Port {
    connects++;
    const toContent: Listener[] = [];
    const toBackground: Listener[] = [];
    const onDisconnect: Array<() => void> = [];
    let alive = true;
    const background: DetectPort = {
      name,
      sender: { id: extensionId },
      postMessage: (message) => alive && later(() => alive && toContent.forEach((l) => l(copy(message)))),
      onMessage: { addListener: (l) => toBackground.push(l) },
    };
    serveDetectPort(background, extensionId);
    const close = () => {
      alive = false;
      open.delete(close);
      later(() => onDisconnect.forEach((l) => l()));
    };
    open.add(close);
    return {
      postMessage(message) {
        if (!alive) throw new Error('Attempting to use a disconnected port object');
        sent.push(message);
        later(() => alive && toBackground.forEach((l) => l(copy(message))));
      },
      disconnect: () => {
        alive = false;
        open.delete(close);
      },
      onMessage: { addListener: (l) => toContent.push(l) },
      onDisconnect: { addListener: (l) => onDisconnect.push(l) },
    };
  }

  const sendOnce: SendOnce = (message) => {
    sentOnce.push(message);
    return new Promise((resolve, reject) =>
      later(() => (onceWorks ? resolve(copy(answerDetectOnce(copy(message), { id: extensionId }, extensionId) ?? null)) : reject(new Error('Could not establish connection')))),
    );
  };

  return {
    connect,
    sendOnce,
    sent,
    sentOnce,
    onceFails: () => void (onceWorks = false),
    connects: () => connects,
    /** Every open port closes, as when the browser stops the service worker. */
    stop: () => [...open].forEach((close) => close()),
  };
}
