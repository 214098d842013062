import { ConfigError } from '../environment.js';

export interface Stoppable {
  close(): Promise<void>;
}

/**
 * The shape of every service's main: start, print configuration problems and exit 1,
 * stop cleanly on SIGTERM/SIGINT (a second signal forces the exit).
 */
export function runService(name: string, start: () => Promise<Stoppable>): void {
  let stopping = false;
  start().then(
    (service) => {
      const stop = (signal: string) => {
        if (stopping) process.exit(1);
        stopping = true;
        process.stderr.write(`${name}: ${signal} received, shutting down\n`);
        service.close().then(
          () => process.exit(0),
          (error: unknown) => {
            process.stderr.write(`${name}: error during shutdown: ${String(error)}\n`);
            process.exit(1);
          },
        );
      };
      process.once('SIGTERM', () => stop('SIGTERM'));
      process.once('SIGINT', () => stop('SIGINT'));
    },
    (error: unknown) => {
      const text =
        error instanceof ConfigError
          ? error.message
          : error instanceof Error
            ? (error.stack ?? error.message)
            : String(error);
      process.stderr.write(`${name} could not start.\n${text}\n`);
      process.exit(1);
    },
  );
}
