/**
 * Adapts a message handler that answers with a promise (or with undefined:
 * not its message) to the sendResponse protocol, which every browser
 * supports natively: the content script runs without webextension-polyfill
 * (wxt.config.ts), and Chromium long ignored a promise returned by a
 * listener. Returning true keeps the channel open until the answer is sent.
 */
export function answering(handle: (message: unknown) => Promise<unknown> | undefined) {
  return (message: unknown, _sender: unknown, sendResponse: (response?: unknown) => void): true | undefined => {
    const answer = handle(message);
    if (!answer) return undefined;
    answer.then(sendResponse, () => sendResponse(undefined));
    return true;
  };
}
