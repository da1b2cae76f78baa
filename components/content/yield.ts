/**
 * Gives the page's own work a turn between scan slices, as an ordinary task
 * (a message-channel post): the page's timers, input and rendering run
 * in between. Not `scheduler.yield()`, whose continuation jumps ahead of the
 * page's timers and starved them for the whole scan; not `setTimeout`, which
 * background tabs throttle to once a second.
 */
export function yieldToMain(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
