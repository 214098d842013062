import type { Logger } from './logger.js';

/** Logs a warning for `key`, at most one line per key per interval (see rateLimitedWarn). */
export type RateLimitedWarn = (
  key: string,
  fields: Record<string, unknown>,
  message: string,
) => void;

export interface RateLimitedWarnOptions {
  /** At most one line per key per this many milliseconds; 10 s by default. */
  intervalMs?: number;
}

interface Window {
  until: number;
  suppressed: number;
  last?: { fields: Record<string, unknown>; message: string };
  timer?: NodeJS.Timeout;
}

/**
 * Warnings that come in floods (every request while a node or a database is down)
 * without flooding the log: the first of a key is logged at once; the ones after it
 * within the interval are counted, and when the interval ends the last of them is
 * logged once with `suppressed` (how many were not), which opens the next interval.
 * A key that stays quiet for an interval is logged at once again.
 */
export function rateLimitedWarn(
  logger: Pick<Logger, 'warn'>,
  options: RateLimitedWarnOptions = {},
): RateLimitedWarn {
  const intervalMs = options.intervalMs ?? 10_000;
  const windows = new Map<string, Window>();

  const flush = (key: string) => {
    const window = windows.get(key);
    if (!window?.last) return;
    const { fields, message } = window.last;
    logger.warn(
      { ...fields, suppressed: window.suppressed },
      `${message} (${window.suppressed} like it in the last ${intervalMs / 1000} s)`,
    );
    windows.set(key, { until: Date.now() + intervalMs, suppressed: 0 });
  };

  return (key, fields, message) => {
    const now = Date.now();
    const window = windows.get(key);
    if (!window || now >= window.until) {
      logger.warn({ ...fields, suppressed: 0 }, message);
      windows.set(key, { until: now + intervalMs, suppressed: 0 });
      return;
    }
    window.suppressed += 1;
    window.last = { fields, message };
    if (!window.timer) {
      window.timer = setTimeout(() => flush(key), window.until - now);
      // Never what keeps a stopping process alive.
      window.timer.unref();
    }
  };
}
