import { useEffect, useState } from 'react';
import { ApiError } from '../api/api-error';

/** A lookup beside a form: nothing to ask yet, asking, its answer, or why it failed. */
export type LookupState<Answer> =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'loaded'; answer: Answer }
  | { kind: 'failed'; message: string };

/**
 * Asks `ask` once the user has paused typing for `pauseMs` — one request per pause, not per
 * keystroke — and shows only the answer to the latest input (an earlier one arriving late
 * is dropped). `key` names the input asked about; `ask` is null while there is nothing worth
 * asking. Input the API refuses (BAD_USER_INPUT: a number still being typed, text too long)
 * leaves the lookup idle: it is the form's to say, on submit. While a new answer is on its
 * way the last one stays shown.
 */
export function useLookupWhileTyping<Answer>(
  key: string,
  ask: (() => Promise<Answer>) | null,
  pauseMs: number,
  failure: string,
): LookupState<Answer> {
  const [state, setState] = useState<LookupState<Answer>>({ kind: 'idle' });
  const asking = ask !== null;
  useEffect(() => {
    if (!ask) {
      setState({ kind: 'idle' });
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      setState((previous) => (previous.kind === 'loaded' ? previous : { kind: 'loading' }));
      ask().then(
        (answer) => current && setState({ kind: 'loaded', answer }),
        (error: unknown) =>
          current &&
          setState(
            error instanceof ApiError && error.code === 'BAD_USER_INPUT'
              ? { kind: 'idle' }
              : { kind: 'failed', message: error instanceof ApiError ? error.message : failure },
          ),
      );
    }, pauseMs);
    return () => {
      current = false;
      clearTimeout(timer);
    };
    // `key` says what `ask` asks about: a new function for the same input asks nothing new.
  }, [key, asking, pauseMs, failure]);
  return state;
}
