import { expect, test, vi } from 'vitest';
import { answering } from './answer.ts';

test('a promised answer goes out through sendResponse, and the channel is kept open', async () => {
  const sendResponse = vi.fn();
  const listener = answering((m) => (m === 'ping' ? Promise.resolve('pong') : undefined));
  expect(listener('ping', {}, sendResponse)).toBe(true);
  await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledWith('pong'));
});

test('a message that is not the handler\'s gets no answer and leaves the channel to others', () => {
  const sendResponse = vi.fn();
  expect(answering(() => undefined)('other', {}, sendResponse)).toBeUndefined();
  expect(sendResponse).not.toHaveBeenCalled();
});

test('a failed answer still closes the channel (with nothing)', async () => {
  const sendResponse = vi.fn();
  expect(answering(() => Promise.reject(new Error('x')))('ping', {}, sendResponse)).toBe(true);
  await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledWith(undefined));
});
