import { DATABASE_FAILURES } from './database-unavailable-error.js';
import { findDivision, narrowerScope } from '@city-ops/schema';
import { startAuditSealer } from '../audit/seal-audit-log.js';
import {
  createTokenVerifier,
  forbidden,
  createLogger,
  graphqlServerOptions,
  listen,
  requestIdOf,
  useRequestId,
  queryLimitsOf,
  languageOf,
} from '@city-ops/kernel';
import { loadDeadlineRules } from '../calendar/deadline-rules.js';
import { workingTimeOptionsOf } from '../calendar/working-time.js';
import { migrateNodeDatabase } from '../database/migrate.js';
import { openDatabase } from '../database/open-database.js';
import type { Database } from '../database/tables.js';
import type { NodeEnvironment } from '../environment.js';
import type { Logger } from '@city-ops/kernel';
import type { NodeRuntime, RequestContext, TierSpoke } from '../node-context.js';
import { buildNodeSchema } from '../node-schema.js';
import { useRequestWrites } from './use-request-writes.js';
import { useSyncMetrics } from './use-sync-metrics.js';
import { clientAddressOf, trustedProxySet } from './client-address.js';
import { startMetricsListener } from './metrics-listener.js';
import { useReportDownloads } from '../reports/use-report-downloads.js';
import { useChangeFeed } from '../sync/use-change-feed.js';
import { startChangeSealer } from '../sync/change-sealer.js';
import { SyncConsumer } from '../sync/sync-consumer.js';
import type { ApplyHooks } from '../sync/apply-batch.js';
import { serviceTokenSource } from '../sync/service-token.js';
import type { IncomingMessage } from 'node:http';
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { createYoga } from 'graphql-yoga';

export interface NodeServerOptions {
  config: NodeEnvironment;
  /** What the node's tier adds to the runtime every node runs (its package's spoke). */
  spoke: TierSpoke;
  /** Runs once after migration, e.g. to seed demo data. */
  afterMigrate?: (runtime: NodeRuntime) => Promise<void>;
  /** A dumped PGlite data folder to start an embedded database from (faster than initdb). */
  pgliteSeed?: Blob;
  logger?: Logger;
  /** Fault injection for tests (apply-batch.ts). */
  syncHooks?: ApplyHooks;
}

export interface RunningNode {
  runtime: NodeRuntime;
  /** Pulls the nodes of SYNC_SOURCES; undefined when there are none. */
  sync: SyncConsumer | undefined;
  url: string;
  graphqlUrl: string;
  port: number;
  /** `/metrics` without a token, when METRICS_PORT is set. */
  metricsUrl: string | undefined;
  close(): Promise<void>;
}

/**
 * A database belongs to one node for life: its change feed's sequence and epoch
 * mean nothing elsewhere. Claim it on first start and refuse to serve another node
 * from it.
 */
async function claimNodeIdentity(
  db: Kysely<Database>,
  tier: string,
  division: string,
): Promise<void> {
  await db
    .insertInto('node_identity')
    .values({ tier, division })
    .onConflict((conflict) => conflict.column('singleton').doNothing())
    .execute();
  const identity = await db
    .selectFrom('node_identity')
    .select(['tier', 'division'])
    .executeTakeFirstOrThrow();
  if (identity.tier !== tier || identity.division !== division) {
    throw new Error(
      `This database belongs to the ${identity.tier} node ${identity.division}; refusing to serve the ${tier} node ${division} from it. Point DATABASE_URL at that node's own database.`,
    );
  }
}

/** Starts a node: database (migrated), token checks, the shared schema, /healthz, /readyz. */
export async function startNodeServer(options: NodeServerOptions): Promise<RunningNode> {
  const { config, spoke } = options;
  if (spoke.tier !== config.NODE_TIER) {
    throw new Error(`a ${spoke.tier} node cannot serve NODE_TIER=${config.NODE_TIER}`);
  }
  const name = `${config.NODE_TIER}-${config.NODE_DIVISION}`;
  const logger = options.logger ?? createLogger(name, config.LOG_LEVEL);
  const database = await openDatabase({
    url: config.DATABASE_URL,
    pgliteSeed: options.pgliteSeed,
    onIdleConnectionError: (error) =>
      logger.warn(
        { err: error.message },
        'an idle database connection failed; it will be replaced',
      ),
  });
  try {
    const applied = await migrateNodeDatabase(database.db);
    await claimNodeIdentity(database.db, config.NODE_TIER, config.NODE_DIVISION);
    const closing = new AbortController();
    const runtime: NodeRuntime = {
      closing: closing.signal,
      tier: config.NODE_TIER,
      spoke,
      division: config.NODE_DIVISION,
      db: database.db,
      logger,
      timeZone: config.TIME_ZONE,
      workingTime: workingTimeOptionsOf(config),
      deadlineRules: loadDeadlineRules(config.DEADLINE_RULES_FILE),
      attachmentLimits: {
        maxBytes: config.ATTACHMENT_MAX_BYTES,
        perRecord: config.ATTACHMENTS_PER_RECORD,
      },
      dueSoonCheckMs: config.DUE_SOON_CHECK_MS,
      startedAt: new Date(),
    };
    await options.afterMigrate?.(runtime);

    const verifier = createTokenVerifier({
      authServerUrl: config.KEYCLOAK_URL,
      realm: config.KEYCLOAK_REALM,
      clientId: config.KEYCLOAK_CLIENT_ID,
    });
    const divisionName = findDivision(config.NODE_DIVISION)?.name ?? '';
    const trustedProxies = trustedProxySet(config.TRUSTED_PROXIES);
    // One context for GraphQL requests, file downloads, the change feed and /metrics alike.
    const requestContext = async (
      request: Request,
      req: IncomingMessage | undefined,
    ): Promise<RequestContext> => {
      const principal = await verifier.verifyAuthorization(request.headers.get('authorization'));
      // A caller whose division and this node's do not overlap has nothing to ask here.
      if (!narrowerScope(principal.division, config.NODE_DIVISION)) {
        throw forbidden({
          zh: `本节点服务于 ${config.NODE_DIVISION} ${divisionName}；您的行政区划 ${principal.division} 不在其范围内。`,
          en: `This node serves ${config.NODE_DIVISION} ${divisionName}; your division ${principal.division} is outside it.`,
        });
      }
      return {
        node: runtime,
        principal,
        requestId: requestIdOf(request),
        clientAddress: clientAddressOf(
          request.headers.get('x-forwarded-for'),
          req?.socket.remoteAddress,
          trustedProxies,
        ),
        language: languageOf(request.headers.get('accept-language')),
      };
    };

    const served = graphqlServerOptions({
      logger,
      knownFailures: DATABASE_FAILURES,
      queryLimits: queryLimitsOf(config),
      isReady: async () => {
        await sql`SELECT 1`.execute(database.db);
      },
    });
    const yoga = createYoga<{ req?: IncomingMessage }, RequestContext>({
      ...served,
      schema: buildNodeSchema(options.spoke.resolvers),
      plugins: [
        ...served.plugins,
        useRequestId(),
        useRequestWrites(),
        useSyncMetrics(runtime, { contextOf: requestContext, logger }),
        useReportDownloads({ contextOf: requestContext, logger }),
        useChangeFeed({ contextOf: requestContext, logger }),
      ],
      context: ({ request, req }) => requestContext(request, req),
    });

    const server = await listen(yoga, config.HOST, config.PORT);
    const metrics =
      config.METRICS_PORT === undefined
        ? undefined
        : await startMetricsListener(
            runtime,
            config.METRICS_HOST ?? '127.0.0.1',
            config.METRICS_PORT,
            logger,
          ).catch(async (error: unknown) => {
            await server.close();
            throw error;
          });
    const sync = config.SYNC_SOURCES?.length
      ? new SyncConsumer({
          node: runtime,
          sources: config.SYNC_SOURCES,
          token: serviceTokenSource({
            keycloakUrl: config.KEYCLOAK_URL,
            realm: config.KEYCLOAK_REALM,
            clientId: config.SYNC_CLIENT_ID ?? `node-${config.NODE_DIVISION}`,
            clientSecret: config.SYNC_CLIENT_SECRET ?? '',
          }),
          waitSeconds: config.SYNC_WAIT_SECONDS,
          batchSize: config.SYNC_BATCH_SIZE,
          hooks: options.syncHooks,
        })
      : undefined;
    await sync?.start();
    const background = spoke.background?.(runtime);
    const auditSealer = startAuditSealer(database.db, logger);
    const changeSealer = startChangeSealer(database.db, logger);
    logger.info(
      {
        url: `${server.url}/graphql`,
        database: database.location,
        engine: database.engine,
        migrationsApplied: applied,
      },
      `${config.NODE_TIER} node ${config.NODE_DIVISION} ${divisionName} ready`,
    );
    return {
      runtime,
      sync,
      url: server.url,
      graphqlUrl: `${server.url}/graphql`,
      port: server.port,
      metricsUrl: metrics ? `${metrics.url}/metrics` : undefined,
      close: async () => {
        closing.abort();
        await sync?.stop();
        await background?.stop();
        await metrics?.close();
        await server.close();
        await auditSealer.stop();
        await changeSealer.stop();
        await database.close();
        logger.info('stopped');
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
