import { cpSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { startCityNode } from '@city-ops/city';
import {
  ConfigError,
  DEMO_FEDERATION,
  createLogger,
  logLevel,
  parseEnvironment,
  port,
  runService,
} from '@city-ops/kernel';
import {
  feedParentOf,
  isFeedChild,
  dumpPgliteSeed,
  migrateNodeDatabase,
  openDatabase,
  parseNodeEnvironment,
} from '@city-ops/core';
import type { RunningNode } from '@city-ops/core';
import { parseGatewayEnvironment, startGateway } from '@city-ops/gateway';
import { loadRealmExport, startIdentityServer } from '@city-ops/identity';
import { startMinistryNode } from '@city-ops/ministry';
import { startProvinceNode } from '@city-ops/province';
import { findDivision } from '@city-ops/schema';
import { seedDemoTickets } from './demo/seed-demo-tickets.js';
import { buildConsoleIfStale } from './demo/console-build.js';

/**
 * `pnpm start`: the whole demo federation in one process — the dev identity
 * provider, 1 ministry, 2 provinces, 4 cities and the gateway — each on its own
 * port and embedded database under .data/, talking real HTTP. One process because
 * each embedded PostgreSQL costs ~250 MB; seven of them fit the 2.5 GB budget only
 * without seven Node runtimes on top.
 */
const environment = parseEnvironment(
  {
    DEMO_DATA_DIR: z.string().default('.data'),
    GATEWAY_PORT: port.default(4000),
    IDENTITY_PORT: port.default(8080),
    DEMO_TICKETS_PER_CITY: z.coerce.number().int().min(0).max(10_000).default(40),
    LOG_LEVEL: logLevel.default('warn'),
  },
  process.env,
);

const layout = DEMO_FEDERATION;
const starters = { city: startCityNode, province: startProvinceNode, ministry: startMinistryNode };

/** The demo nodes a node pulls changes from: its children and its parent (docs/ARCHITECTURE.md "Tier sync"). */
function syncSourcesOf(entry: (typeof layout)[number]): string {
  return layout
    .filter(
      (other) =>
        isFeedChild(entry, other.division) ||
        feedParentOf(entry.tier, entry.division) === other.division,
    )
    .map((other) => `${other.division}=http://127.0.0.1:${other.port}/graphql`)
    .join(',');
}

/**
 * An empty, migrated PGlite folder. initdb and the migrations run in memory (about
 * half the time of initdb on disk here) and the result is written out once; it is
 * built beside its final place and renamed, so a crash leaves no half template.
 */
async function createTemplateDataDir(template: string): Promise<void> {
  const building = `${template}.building`;
  rmSync(building, { recursive: true, force: true });
  const seed = await dumpPgliteSeed(async (db) => void (await migrateNodeDatabase(db)));
  const database = await openDatabase({ url: `pglite:${building}`, pgliteSeed: seed });
  await database.close();
  renameSync(building, template);
}

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

runService('demo federation', async () => {
  const began = performance.now();
  const dataDir = resolve(environment.DEMO_DATA_DIR);
  mkdirSync(dataDir, { recursive: true });
  const consoleDir = fileURLToPath(new URL('../console', import.meta.url));
  const consoleBuilding = performance.now();
  const consoleBuilt = buildConsoleIfStale(consoleDir);
  const stops: (() => Promise<void>)[] = [];
  const close = async () => {
    for (const stop of stops.reverse()) await stop();
  };
  try {
    const identity = await startIdentityServer({
      port: environment.IDENTITY_PORT,
      keyFile: join(dataDir, 'identity-signing-key.pem'),
    });
    stops.push(() => identity.close());
    const realm = loadRealmExport();

    // A fresh node's database is a copy of one migrated template folder: building it costs
    // ~7 s, a folder copy and an open ~1.5 s, so seven nodes pay initdb once.
    const template = join(dataDir, '.template');
    const phases: string[] = consoleBuilt
      ? [`console build ${((performance.now() - consoleBuilding) / 1000).toFixed(1)} s`]
      : [];
    const nodes: { entry: (typeof layout)[number]; node: RunningNode; seeded: number }[] = [];
    for (const entry of layout) {
      const folder = join(dataDir, `${entry.tier}-${entry.division}`);
      if (!existsSync(folder)) {
        if (!existsSync(template)) {
          const building = performance.now();
          await createTemplateDataDir(template);
          phases.push(`template database ${((performance.now() - building) / 1000).toFixed(1)} s`);
        }
        cpSync(template, folder, { recursive: true });
      }
      const nodeStarted = performance.now();
      let seeded = 0;
      const node = await starters[entry.tier]({
        config: parseNodeEnvironment({
          NODE_TIER: entry.tier,
          NODE_DIVISION: entry.division,
          PORT: String(entry.port),
          DATABASE_URL: `pglite:${folder}`,
          KEYCLOAK_URL: identity.url,
          LOG_LEVEL: environment.LOG_LEVEL,
          // The gateway runs on loopback beside the nodes: its X-Forwarded-For names the client.
          TRUSTED_PROXIES: '127.0.0.1,::1',
          // Sources that are not up yet are retried with backoff until they are.
          SYNC_SOURCES: syncSourcesOf(entry),
          SYNC_CLIENT_SECRET: realm.clients.find(
            (client) => client.clientId === `node-${entry.division}`,
          )?.secret,
        }),
        logger: createLogger(`${entry.tier}-${entry.division}`, environment.LOG_LEVEL),
        afterMigrate: async (runtime) => {
          const agent = realm.users.find((user) => user.username === `agent.${entry.division}`);
          if (entry.tier === 'city' && agent)
            seeded = await seedDemoTickets(runtime, agent, environment.DEMO_TICKETS_PER_CITY);
        },
      });
      stops.push(() => node.close());
      nodes.push({ entry, node, seeded });
      phases.push(`${entry.division} ${((performance.now() - nodeStarted) / 1000).toFixed(1)} s`);
    }

    const gateway = await startGateway(
      parseGatewayEnvironment({
        PORT: String(environment.GATEWAY_PORT),
        KEYCLOAK_URL: identity.url,
        LOG_LEVEL: environment.LOG_LEVEL,
        CONSOLE_DIR: join(consoleDir, 'dist'),
        GATEWAY_NODES: JSON.stringify(
          nodes.map(({ entry, node }) => ({
            tier: entry.tier,
            division: entry.division,
            url: node.graphqlUrl,
          })),
        ),
      }),
    );
    stops.push(() => gateway.close());
    // First on the way down: every consumer stops pulling, so no node is asked for changes
    // by a sibling while it closes (they would only be retried and logged).
    stops.push(async () => {
      await Promise.all(nodes.map(({ node }) => node.sync?.stop() ?? Promise.resolve()));
    });

    const seconds = ((performance.now() - began) / 1000).toFixed(1);
    const memory = Math.round(process.memoryUsage().rss / 1024 / 1024);
    say('');
    say(
      `一网统管 demo federation ready in ${seconds} s (resident memory ${memory} MB; data in ${dataDir})`,
    );
    say(`  (${phases.join(', ')})`);
    say('');
    say(`  web console        ${gateway.url}/   (console/README.md)`);
    say(`  gateway            ${gateway.graphqlUrl}   (GraphiQL: open it in a browser)`);
    say(`  identity provider  ${identity.realmUrl}`);
    for (const { entry, node, seeded } of nodes) {
      const name = findDivision(entry.division)?.name ?? '';
      say(
        `  ${`${entry.tier} ${entry.division} ${name}`.padEnd(18)} ${node.graphqlUrl}${seeded ? `   (${seeded} demo tickets logged)` : ''}`,
      );
    }
    say('');
    say(
      '  Get a token (another terminal):  pnpm token agent.320100        password of every demo user: demo',
    );
    say(
      '  Demo users: agent.<city>, dispatcher.<city>, supervisor.<province>, analyst.000000 … (services/identity/README.md)',
    );
    say(
      `  Try:  curl -s ${gateway.graphqlUrl} -H "authorization: Bearer $(pnpm -s token supervisor.320000)" \\`,
    );
    say(
      `          -H 'content-type: application/json' -d '{"query":"{ tickets(first: 5) { nodes { number title division { name } } } }"}'`,
    );
    say('');
    say('  Ctrl-C stops everything; data stays in .data/ (delete it for a fresh start).');
    return { close };
  } catch (error) {
    await close();
    if (error instanceof Error && 'code' in error && error.code === 'EADDRINUSE') {
      throw new ConfigError([
        `a port is already in use (${error.message}); stop the other process or set GATEWAY_PORT / IDENTITY_PORT`,
      ]);
    }
    throw error;
  }
});
