/**
 * Gives the page's own work a turn between scan slices, as an ordinary task
 * (a message-channel post): the page's timers, input and rendering run
 * in between. Not `scheduler.yield()`, whose continuation jumps ahead of the
 * page's timers and starved them for the whole scan; not `setTimeout`, which
 * background tabs throttle to once a second. One channel serves every yield
 * (a new channel per yield cost about a third of a millisecond each).
 */
let channel: MessageChannel | undefined;
const waiting: Array<() => void> = [];
const wake = () => waiting.shift()?.();

export function yieldToMain(): Promise<void> {
  channel ??= new MessageChannel();
  // Set on every yield (it costs nothing), so a wrapper installed since, such
  // as the benchmark's slice recorder (tests/bench/harness.ts), sees each one.
  channel.port1.onmessage = wake;
  const { port2 } = channel;
  return new Promise((resolve) => {
    waiting.push(resolve);
    port2.postMessage(null);
  });
}
