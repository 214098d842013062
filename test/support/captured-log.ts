import { createLogger } from '@city-ops/kernel';
import type { Logger } from '@city-ops/kernel';

/** One JSON log line as pino writes it. */
export interface LogLine {
  level: number;
  msg: string;
  [field: string]: unknown;
}

/** pino's number for warn. */
export const WARN = 40;

/** A real logger whose lines a test can read. */
export function capturedLog(name: string, level = 'info'): { logger: Logger; lines: LogLine[] } {
  const lines: LogLine[] = [];
  const logger = createLogger(name, level, {
    write: (line) => lines.push(JSON.parse(line) as LogLine),
  });
  return { logger, lines };
}
