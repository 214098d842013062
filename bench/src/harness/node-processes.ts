import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { TierName } from '@city-ops/kernel';
import type { BenchPostgres } from './postgres.js';

/** A node to run as its own process, and the planned nodes it pulls changes from. */
export interface ProcessPlan {
  tier: TierName;
  division: string;
  /** Divisions of other planned nodes: SYNC_SOURCES, with the node's realm sync account. */
  syncSources?: readonly string[];
}

/**
 * Nodes as they are deployed: each its own process (`services/<tier>/src/main.ts`, configured
 * only by environment variables, stopped by SIGTERM), each on its own database of the bench's
 * server. Ports are reserved for the whole plan first, so every node's SYNC_SOURCES can name
 * its sources before they run, and a node can be started later than the others (a province
 * coming back after an outage).
 */
export interface NodeProcesses {
  graphqlUrl(division: string): string;
  databaseUrl(division: string): string;
  /** Starts the named nodes (all at once) and waits until each answers /readyz. */
  start(divisions: readonly string[]): Promise<void>;
  close(): Promise<void>;
}

const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const mainOf = (tier: TierName) =>
  fileURLToPath(new URL(`../../../services/${tier}/src/main.ts`, import.meta.url));

/** Free loopback ports, reserved together (so distinct) and released for the nodes to take. */
export async function reservePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<ReturnType<typeof createServer>>((resolve, reject) => {
          const server = createServer();
          server.once('error', reject);
          server.listen(0, '127.0.0.1', () => resolve(server));
        }),
    ),
  );
  const ports = servers.map((server) => {
    const address = server.address();
    if (!address || typeof address === 'string') throw new Error('no port was reserved');
    return address.port;
  });
  await Promise.all(
    servers.map((server) => new Promise<void>((resolve) => server.close(() => resolve()))),
  );
  return ports;
}

interface Planned extends ProcessPlan {
  port: number;
  databaseUrl: string;
  child?: ChildProcess;
  /** The last lines it printed, for the error when it fails. */
  output: string[];
}

async function waitUntilReady(node: Planned, limitMs: number): Promise<void> {
  const deadline = Date.now() + limitMs;
  for (;;) {
    if (node.child && node.child.exitCode !== null) {
      throw new Error(
        `${node.tier} node ${node.division} exited before it was ready:\n${node.output.join('')}`,
      );
    }
    try {
      const response = await fetch(`http://127.0.0.1:${node.port}/readyz`, {
        signal: AbortSignal.timeout(2000),
      });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      throw new Error(
        `${node.tier} node ${node.division} was not ready after ${limitMs / 1000} s:\n${node.output.join('')}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

function stop(node: Planned): Promise<void> {
  const child = node.child;
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

export async function planNodeProcesses(
  postgres: BenchPostgres,
  identityUrl: string,
  plan: readonly ProcessPlan[],
): Promise<NodeProcesses> {
  const ports = await reservePorts(plan.length);
  const nodes = new Map<string, Planned>();
  for (const [index, entry] of plan.entries()) {
    nodes.set(entry.division, {
      ...entry,
      port: ports[index] as number,
      databaseUrl: await postgres.createNodeDatabase(`${entry.tier}_${entry.division}`),
      output: [],
    });
  }
  const nodeOf = (division: string) => {
    const node = nodes.get(division);
    if (!node) throw new Error(`${division} is not in the plan`);
    return node;
  };
  const graphqlUrl = (division: string) => `http://127.0.0.1:${nodeOf(division).port}/graphql`;
  // A harness that dies must not leave nodes behind (the PostgreSQL server has its own watchdog).
  const killAll = () => {
    for (const node of nodes.values()) node.child?.kill('SIGKILL');
  };
  process.once('exit', killAll);

  const startOne = async (node: Planned) => {
    if (node.child) throw new Error(`${node.division} was already started`);
    const sources = node.syncSources ?? [];
    node.child = spawn(process.execPath, ['--import', tsxLoader, mainOf(node.tier)], {
      env: {
        ...process.env,
        NODE_TIER: node.tier,
        NODE_DIVISION: node.division,
        HOST: '127.0.0.1',
        PORT: String(node.port),
        KEYCLOAK_URL: identityUrl,
        DATABASE_URL: node.databaseUrl,
        LOG_LEVEL: 'warn',
        ...(sources.length > 0
          ? {
              SYNC_SOURCES: sources.map((source) => `${source}=${graphqlUrl(source)}`).join(','),
              SYNC_CLIENT_SECRET: `node-${node.division}-secret`,
            }
          : {}),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const keep = (chunk: Buffer) => {
      node.output.push(chunk.toString());
      if (node.output.length > 40) node.output.shift();
    };
    node.child.stdout?.on('data', keep);
    node.child.stderr?.on('data', keep);
    await waitUntilReady(node, 120_000);
  };

  return {
    graphqlUrl,
    databaseUrl: (division) => nodeOf(division).databaseUrl,
    start: async (divisions) => {
      await Promise.all(divisions.map((division) => startOne(nodeOf(division))));
    },
    close: async () => {
      await Promise.all([...nodes.values()].map(stop));
      process.removeListener('exit', killAll);
    },
  };
}
