import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** What the console's build reads: a change to any of them makes console/dist stale. */
const SOURCES = ['src', 'public', 'index.html', 'vite.config.ts', 'package.json'];

function newestModification(path: string): number {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return readdirSync(path).reduce(
    (newest, entry) => Math.max(newest, newestModification(join(path, entry))),
    info.mtimeMs,
  );
}

/**
 * Builds the web console into `<consoleDir>/dist` when it is missing or older than its
 * sources, so `pnpm start` serves the console as checked out. Vite is run with this Node
 * directly: the README's first command runs through npx, with no pnpm on the PATH.
 * Returns false when the console was current.
 */
export function buildConsoleIfStale(consoleDir: string): boolean {
  const built = join(consoleDir, 'dist', 'index.html');
  const builtAt = existsSync(built) ? statSync(built).mtimeMs : 0;
  const changedAt = Math.max(...SOURCES.map((path) => newestModification(join(consoleDir, path))));
  if (builtAt > changedAt) return false;
  const vite = join(
    dirname(createRequire(join(consoleDir, 'package.json')).resolve('vite/package.json')),
    'bin',
    'vite.js',
  );
  const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
    cwd: consoleDir,
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    throw new Error(`building the console failed (vite exit ${result.status ?? result.signal})`);
  }
  return true;
}
