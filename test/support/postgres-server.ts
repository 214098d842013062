import { execFile, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { chown, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';

export type PostgresServer = {
  /** Connection string for the `postgres` maintenance database. */
  url: string;
  port: number;
  /** `server_version` exactly as the running server reports it, e.g. `15.14 (Debian 15.14-1.pgdg12+1)`. */
  version: string;
  /** Temporary folder holding the data directory, socket and log; removed by `stop()`. */
  directory: string;
  databaseUrl(name: string): string;
  /**
   * Fault injection: stops the server as a crash would (`pg_ctl stop -m immediate`),
   * keeping its data, so that `startAgain` brings it back on the same port.
   */
  stopImmediately(): Promise<void>;
  /** Starts a server stopped by `stopImmediately` again, on the same port and data. */
  startAgain(): Promise<void>;
  /** Idempotent: later calls wait for the first one. */
  stop(): Promise<void>;
};

export type StartPostgresServerOptions = {
  /** Wanted major version (e.g. 15); by default the highest one found is used. */
  version?: number;
};

export const POSTGRES_BINARIES_NOT_FOUND =
  'PostgreSQL server binaries not found: install them (apt-get install -y postgresql) or set PG_BIN to the folder holding initdb and pg_ctl';

const DEBIAN_POSTGRES_ROOT = '/usr/lib/postgresql';
const START_ATTEMPTS = 3;
const LOG_TAIL_LINES = 40;
// Unix socket paths are limited to 107 bytes on Linux; keep headroom for `/.s.PGSQL.<port>`.
const MAX_SOCKET_DIR_LENGTH = 90;

type CommandResult = { stdout: string; stderr: string };

function runCommand(file: string, args: readonly string[], cwd?: string): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    execFile(
      file,
      args,
      { cwd, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) {
          // error.message repeats the whole command line; say how it ended and show its own output instead.
          const ending = error.signal
            ? `was killed by ${error.signal}`
            : typeof error.code === 'number'
              ? `exited with code ${error.code}`
              : `could not run (${error.code ?? error.message})`;
          const output = [stderr.trim(), stdout.trim()].filter(Boolean).join('\n');
          reject(
            new Error(`${[file, ...args].join(' ')} ${ending}${output ? `:\n${output}` : ''}`),
          );
          return;
        }
        resolve({ stdout, stderr });
      },
    );
  });
}

function isRoot(): boolean {
  return process.getuid?.() === 0;
}

/** initdb and postgres refuse to run as root, so as root they run as the `postgres` OS user. */
function runPostgresBinary(
  binDir: string,
  name: string,
  args: readonly string[],
  cwd: string,
): Promise<CommandResult> {
  const binary = path.join(binDir, name);
  return isRoot()
    ? runCommand('runuser', ['-u', 'postgres', '--', binary, ...args], cwd)
    : runCommand(binary, args, cwd);
}

function hasServerBinaries(dir: string): boolean {
  return (
    existsSync(path.join(dir, 'initdb')) &&
    existsSync(path.join(dir, 'pg_ctl')) &&
    existsSync(path.join(dir, 'postgres'))
  );
}

async function binaryMajorVersion(binDir: string): Promise<number | undefined> {
  try {
    // Prints e.g. "postgres (PostgreSQL) 15.14 (Debian 15.14-1.pgdg12+1)".
    const { stdout } = await runCommand(path.join(binDir, 'postgres'), ['--version']);
    const match = /\(PostgreSQL\)\s+(\d+)/.exec(stdout);
    return match?.[1] === undefined ? undefined : Number(match[1]);
  } catch {
    return undefined;
  }
}

async function debianBinDirs(): Promise<string[]> {
  let entries: string[];
  try {
    entries = await readdir(DEBIAN_POSTGRES_ROOT);
  } catch {
    return [];
  }
  return entries
    .filter((entry) => /^\d+$/.test(entry))
    .sort((a, b) => Number(b) - Number(a))
    .map((entry) => path.join(DEBIAN_POSTGRES_ROOT, entry, 'bin'))
    .filter(hasServerBinaries);
}

async function pgConfigBinDir(): Promise<string | undefined> {
  try {
    const { stdout } = await runCommand('pg_config', ['--bindir']);
    const dir = stdout.trim();
    return dir && hasServerBinaries(dir) ? dir : undefined;
  } catch {
    // pg_config not on PATH (or broken): just one fewer place to look.
    return undefined;
  }
}

/** Order: PG_BIN, highest /usr/lib/postgresql/<major>/bin, `pg_config --bindir`. */
export async function findPostgresBinDir(version?: number): Promise<string> {
  const envDir = process.env['PG_BIN'];
  if (envDir) {
    // An explicit setting that is wrong should fail loudly rather than silently use other binaries.
    if (!hasServerBinaries(envDir)) {
      throw new Error(
        `${POSTGRES_BINARIES_NOT_FOUND} (PG_BIN=${envDir} holds no initdb, pg_ctl and postgres)`,
      );
    }
    if (version === undefined || (await binaryMajorVersion(envDir)) === version) return envDir;
  }

  const debianDirs = await debianBinDirs();
  const debianDir =
    version === undefined
      ? debianDirs[0]
      : debianDirs.find((dir) => dir === path.join(DEBIAN_POSTGRES_ROOT, String(version), 'bin'));
  if (debianDir) return debianDir;

  const configDir = await pgConfigBinDir();
  if (configDir && (version === undefined || (await binaryMajorVersion(configDir)) === version))
    return configDir;

  throw new Error(
    version === undefined
      ? POSTGRES_BINARIES_NOT_FOUND
      : `${POSTGRES_BINARIES_NOT_FOUND} (wanted major version ${version})`,
  );
}

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : undefined;
      server.close(() =>
        port ? resolve(port) : reject(new Error('could not determine a free port')),
      );
    });
  });
}

async function postgresUserIds(): Promise<{ uid: number; gid: number }> {
  try {
    const [uid, gid] = await Promise.all([
      runCommand('id', ['-u', 'postgres']),
      runCommand('id', ['-g', 'postgres']),
    ]);
    return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
  } catch (error) {
    throw new Error(
      `running as root, so PostgreSQL must run as the "postgres" OS user, which was not found (install the postgresql package or run tests as a non-root user): ${String(error)}`,
    );
  }
}

/** pg_ctl hands -o to /bin/sh, so paths inside it must be shell-quoted. */
function shellQuote(value: string): string {
  return `'${value.replaceAll("'", `'\\''`)}'`;
}

async function logTail(logFile: string): Promise<string> {
  try {
    const lines = (await readFile(logFile, 'utf8')).trimEnd().split('\n');
    return lines.slice(-LOG_TAIL_LINES).join('\n');
  } catch {
    return '(no server log was written)';
  }
}

function isProcessAlive(pid: number): boolean {
  try {
    // A zombie still answers signal 0, and PID 1 in a container may never reap it, so check its state too.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    return state !== 'Z' && state !== 'X';
  } catch {
    // No /proc (not Linux) or the process is gone; fall back to the portable probe.
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function killQuietly(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch {
    // Already gone.
  }
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isProcessAlive(pid)) {
    if (Date.now() > deadline) return false;
    await sleep(25);
  }
  return true;
}

async function readPostmasterPid(dataDir: string): Promise<number | undefined> {
  try {
    const firstLine = (await readFile(path.join(dataDir, 'postmaster.pid'), 'utf8')).split('\n')[0];
    const pid = Number(firstLine);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

async function queryServerVersion(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query<{ server_version: string }>('SHOW server_version');
    const version = result.rows[0]?.server_version;
    if (!version) throw new Error('SHOW server_version returned no row');
    return version;
  } finally {
    await client.end();
  }
}

// Runs detached (own session, no pipes to us) so it outlives this process however that ends:
// a crash, SIGKILL, or a test runner killing its worker. 'exit' handlers miss all of those and
// would leave a postgres running and its temp dir behind.
const WATCHDOG_SCRIPT = [
  'owner="$1"; directory="$2"; data="$3"; shift 3',
  'while kill -0 "$owner" 2>/dev/null; do sleep 1; done',
  'pid=$(head -n 1 "$data/postmaster.pid" 2>/dev/null)',
  '"$@" stop -D "$data" -m immediate -w -t 15 >/dev/null 2>&1',
  'if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill -KILL "$pid"; fi',
  'rm -rf "$directory"',
].join('\n');

function startWatchdog(binDir: string, directory: string, dataDir: string): ChildProcess {
  const pgCtl = path.join(binDir, 'pg_ctl');
  const stopCommand = isRoot() ? ['runuser', '-u', 'postgres', '--', pgCtl] : [pgCtl];
  const watchdog = spawn(
    'sh',
    [
      '-c',
      WATCHDOG_SCRIPT,
      'city-ops-pg-watchdog',
      String(process.pid),
      directory,
      dataDir,
      ...stopCommand,
    ],
    { cwd: '/', detached: true, stdio: 'ignore' },
  );
  // Without a listener a failed spawn would crash the test process; stop() still cleans up.
  watchdog.on('error', () => undefined);
  // Must not keep the test process alive.
  watchdog.unref();
  return watchdog;
}

export async function startPostgresServer(
  options: StartPostgresServerOptions = {},
): Promise<PostgresServer> {
  const binDir = await findPostgresBinDir(options.version);
  const owner = isRoot() ? await postgresUserIds() : undefined;

  let baseDir = tmpdir();
  if (baseDir.length + '/city-ops-pg-abcdef/socket'.length > MAX_SOCKET_DIR_LENGTH)
    baseDir = '/tmp';
  const directory = await mkdtemp(path.join(baseDir, 'city-ops-pg-'));
  const dataDir = path.join(directory, 'data');
  const socketDir = path.join(directory, 'socket');
  const logFile = path.join(directory, 'postgres.log');

  let postmasterPid: number | undefined;
  let stopping: Promise<void> | undefined;

  const watchdog = startWatchdog(binDir, directory, dataDir);

  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      // We are cleaning up ourselves now; the watchdog must not race us on the same directory.
      watchdog.kill('SIGKILL');
      try {
        await runPostgresBinary(
          binDir,
          'pg_ctl',
          ['stop', '-D', dataDir, '-m', 'immediate', '-w', '-t', '15'],
          directory,
        );
      } catch {
        // Fall through to signalling the postmaster directly.
      }
      if (postmasterPid !== undefined && isProcessAlive(postmasterPid)) {
        killQuietly(postmasterPid, 'SIGQUIT');
        if (!(await waitForExit(postmasterPid, 5_000))) {
          killQuietly(postmasterPid, 'SIGKILL');
          await waitForExit(postmasterPid, 5_000);
        }
      }
      await rm(directory, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    })();
    return stopping;
  };

  try {
    await mkdir(dataDir, { mode: 0o700 });
    await mkdir(socketDir, { mode: 0o700 });
    await writeFile(logFile, '');
    if (owner) {
      for (const target of [directory, dataDir, socketDir, logFile])
        await chown(target, owner.uid, owner.gid);
    }

    // --no-sync: the cluster is thrown away after the run, durability buys nothing.
    await runPostgresBinary(
      binDir,
      'initdb',
      [
        '-D',
        dataDir,
        '--auth=trust',
        '-U',
        'postgres',
        '--encoding=UTF8',
        // C collation (byte order, like the C-collated keys the code compares), but a UTF-8
        // ctype so pg_trgm treats Chinese characters as word characters, as PGlite does.
        '--lc-collate=C',
        '--lc-ctype=C.UTF-8',
        '--no-sync',
      ],
      directory,
    );

    let lastError: unknown;
    for (let attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
      // Another process can grab the port between our probe closing and postgres binding it; retry on a new one.
      const port = await findFreePort();
      const serverOptions = [
        '-c listen_addresses=127.0.0.1',
        `-p ${port}`,
        `-k ${shellQuote(socketDir)}`,
        '-c max_connections=200',
        '-c fsync=off',
        '-c synchronous_commit=off',
        '-c full_page_writes=off',
      ].join(' ');
      try {
        await runPostgresBinary(
          binDir,
          'pg_ctl',
          ['start', '-D', dataDir, '-l', logFile, '-w', '-t', '60', '-o', serverOptions],
          directory,
        );
      } catch (error) {
        lastError = error;
        const log = await logTail(logFile);
        if (attempt < START_ATTEMPTS && /could not bind|address already in use/i.test(log)) {
          await writeFile(logFile, '');
          continue;
        }
        throw error;
      }

      postmasterPid = await readPostmasterPid(dataDir);
      const databaseUrl = (name: string): string =>
        `postgres://postgres@127.0.0.1:${port}/${encodeURIComponent(name)}`;
      const url = databaseUrl('postgres');
      const version = await queryServerVersion(url);
      const stopImmediately = async () => {
        await runPostgresBinary(
          binDir,
          'pg_ctl',
          ['stop', '-D', dataDir, '-m', 'immediate', '-w', '-t', '15'],
          directory,
        );
      };
      const startAgain = async () => {
        await runPostgresBinary(
          binDir,
          'pg_ctl',
          ['start', '-D', dataDir, '-l', logFile, '-w', '-t', '60', '-o', serverOptions],
          directory,
        );
        postmasterPid = await readPostmasterPid(dataDir);
      };
      return { url, port, version, directory, databaseUrl, stopImmediately, startAgain, stop };
    }
    throw lastError;
  } catch (error) {
    const log = await logTail(logFile);
    await stop().catch(() => undefined);
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `failed to start PostgreSQL from ${binDir}: ${reason}\n--- tail of ${logFile} ---\n${log}`,
      { cause: error },
    );
  }
}
