import { Repeater } from 'graphql-yoga';
import type { NodeRuntime } from '../node-context.js';

/** What a stream's loop is given: where to send an event, and the signal that it must end. */
export interface StreamTurns<Event> {
  push: (event: Event) => Promise<unknown>;
  ending: AbortSignal;
}

/**
 * A subscription's stream at a node, whatever it follows: `run` loops while `ending` has not
 * fired, and the stream ends when the client returns the iterator, `signal` fires (the
 * client went away) or the node closes. When `run` returns the stream completes; when it
 * throws the stream ends with its error (masked like any other), and the client resumes
 * from its last position.
 */
export function nodeStream<Event>(
  node: NodeRuntime,
  signal: AbortSignal | undefined,
  run: (turns: StreamTurns<Event>) => Promise<void>,
): Repeater<Event> {
  return new Repeater<Event>(async (push, stop) => {
    const ending = new AbortController();
    const end = () => ending.abort();
    void stop.then(end);
    const signals = [signal, node.closing].filter(
      (each): each is AbortSignal => each !== undefined,
    );
    for (const each of signals) {
      if (each.aborted) end();
      each.addEventListener('abort', end, { once: true });
    }
    try {
      await run({ push, ending: ending.signal });
      stop();
    } catch (error) {
      stop(error);
    } finally {
      for (const each of signals) each.removeEventListener('abort', end);
    }
  });
}
