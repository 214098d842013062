import { Repeater } from 'graphql-yoga';

/**
 * A node's stream as the gateway passes it on, ended early when `signal` fires (the gateway
 * is closing): without it an open subscription would hold the gateway's server open until
 * its grace time runs out. Ending either way returns the node's stream, which closes the
 * request to the node, so the node stops reading for it too.
 */
export function streamUntil<T>(source: AsyncIterable<T>, signal: AbortSignal): AsyncIterable<T> {
  return new Repeater<T>(async (push, stop) => {
    const iterator = source[Symbol.asyncIterator]();
    const end = () => stop();
    if (signal.aborted) end();
    signal.addEventListener('abort', end, { once: true });
    const stopped = stop.then(() => ({ done: true as const, value: undefined }));
    try {
      for (;;) {
        const next = await Promise.race([iterator.next(), stopped]);
        if (next.done) break;
        await push(next.value);
      }
      stop();
    } catch (error) {
      stop(error);
    } finally {
      signal.removeEventListener('abort', end);
      await iterator.return?.();
    }
  });
}
