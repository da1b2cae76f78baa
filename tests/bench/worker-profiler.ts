/**
 * The CPU profiler of the extension's service worker, for profile.ts.
 * Playwright gives no DevTools session for a service worker, so this attaches
 * to its target from the browser's session and talks to it through
 * Target.sendMessageToTarget.
 */
import type { BrowserContext } from 'playwright-core';
import type { Profile } from './profile.ts';

export interface WorkerProfiler {
  /** The profile since start(), or undefined when the worker was not running (or stopped meanwhile). */
  stop(): Promise<Profile | undefined>;
}

/** Starts sampling the extension's running service worker (100 µs interval). */
export async function startWorkerProfiler(context: BrowserContext, extensionId: string): Promise<WorkerProfiler> {
  const browser = await context.browser()!.newBrowserCDPSession();
  const { targetInfos } = (await browser.send('Target.getTargets')) as { targetInfos: Array<{ type: string; url: string; targetId: string }> };
  const target = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`));
  if (!target) return { stop: async () => undefined };
  const { sessionId } = await browser.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
  const pending = new Map<number, (message: { result?: unknown; error?: unknown }) => void>();
  browser.on('Target.receivedMessageFromTarget', (event) => {
    const message = JSON.parse(event.message) as { id?: number; result?: unknown; error?: unknown };
    if (message.id !== undefined) pending.get(message.id)?.(message);
    pending.delete(message.id!);
  });
  let id = 0;
  const send = (method: string, params: object = {}) =>
    new Promise<{ result?: unknown; error?: unknown }>((done) => {
      pending.set(++id, done);
      void browser.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) }).catch(() => done({ error: 'detached' }));
    });
  await send('Profiler.enable');
  await send('Profiler.setSamplingInterval', { interval: 100 });
  await send('Profiler.start');
  return {
    async stop() {
      const answer = await Promise.race([send('Profiler.stop'), new Promise<{ error: string }>((ok) => setTimeout(() => ok({ error: 'timeout' }), 5_000))]);
      await browser.detach().catch(() => undefined);
      return (answer as { result?: { profile?: Profile } }).result?.profile;
    },
  };
}
