import { pino } from 'pino';
import type { Logger } from 'pino';

export type { Logger };

/** Where log lines go instead of stdout (a test reading what was logged, for instance). */
export interface LogDestination {
  write(line: string): void;
}

/** JSON lines on stdout, one logger per service, named so merged demo output stays readable. */
export function createLogger(name: string, level = 'info', destination?: LogDestination): Logger {
  const options = { name, level, base: { service: name } };
  return destination ? pino(options, destination) : pino(options);
}
