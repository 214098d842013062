/**
 * In-process wake-up for long polls: a node's writes signal its database object
 * once their transaction has ended, so a waiting feed request looks again at once
 * instead of on its next timer tick. Only a hint: the feed still reads the table.
 */
const signals = new WeakMap<object, EventTarget>();

function signalOf(db: object): EventTarget {
  let target = signals.get(db);
  if (!target) {
    target = new EventTarget();
    signals.set(db, target);
  }
  return target;
}

export function signalChanges(db: object): void {
  signals.get(db)?.dispatchEvent(new Event('change'));
}

/** Resolves on the next signal for `db`, after `ms`, or when `abort` fires, whichever is first. */
export function nextChangeSignal(db: object, ms: number, abort?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const target = signalOf(db);
    const done = () => {
      clearTimeout(timer);
      target.removeEventListener('change', done);
      abort?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    target.addEventListener('change', done, { once: true });
    abort?.addEventListener('abort', done, { once: true });
  });
}
