/**
 * Gives the page's own work a turn. `scheduler.yield()` where it exists,
 * otherwise a message-channel task: unlike setTimeout, neither is throttled
 * to once a second in background tabs.
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
