import { z } from 'zod';
import { divisionLevel, isKnownDivision, owningCityOf } from '@city-ops/schema';
import { deadlineRulesFileProblems } from './calendar/deadline-rules.js';
import { parseWorkingHours } from './calendar/working-hours.js';
import { feedParentOf, isFeedChild } from './sync/feed-peers.js';
import { parseTrustedProxies } from './server/client-address.js';
import {
  ConfigError,
  divisionCode,
  logLevel,
  parseEnvironment,
  NODE_QUERY_LIMITS,
  port,
  queryLimitsEnvironmentShape,
  tierName,
} from '@city-ops/kernel';

export const databaseUrl = z
  .string()
  .refine(
    (value) => /^postgres(ql)?:\/\//.test(value) || value.startsWith('pglite:'),
    'must be postgres://… (a PostgreSQL server) or pglite:<folder> (embedded); leave it unset for an in-memory PGlite',
  )
  .optional();

/** Variables every node reads (services/*\/README.md has the table). */
export const nodeEnvironmentShape = {
  NODE_TIER: tierName,
  NODE_DIVISION: divisionCode,
  HOST: z.string().default('127.0.0.1'),
  PORT: port.default(4000),
  DATABASE_URL: databaseUrl,
  KEYCLOAK_URL: z.url('must be the Keycloak server URL, e.g. http://127.0.0.1:8080'),
  KEYCLOAK_REALM: z.string().min(1).default('city-ops'),
  KEYCLOAK_CLIENT_ID: z.string().min(1).default('city-ops-api'),
  /** Local calendar for ticket numbers and (later) working-day deadlines. */
  TIME_ZONE: z
    .string()
    .default('Asia/Shanghai')
    .refine((zone) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: zone });
        return true;
      } catch {
        return false;
      }
    }, 'must be an IANA time zone such as Asia/Shanghai'),
  /** The periods of a working day; unset = 09:00-12:00,13:00-17:30 (calendar/working-hours.ts). */
  WORKING_HOURS: z
    .string()
    .transform((text, context) => {
      try {
        return parseWorkingHours(text);
      } catch (error) {
        context.addIssue({ code: 'custom', message: (error as Error).message });
        return z.NEVER;
      }
    })
    .optional(),
  /** A JSON file of deadline rules replacing the defaults; checked here so a bad file stops the node. */
  DEADLINE_RULES_FILE: z
    .string()
    .superRefine((path, context) => {
      for (const problem of deadlineRulesFileProblems(path)) {
        context.addIssue({ code: 'custom', message: problem });
      }
    })
    .optional(),
  LOG_LEVEL: logLevel,
  /** The nodes this node pulls changes from: `division=url` pairs, comma-separated (sync/README.md). */
  SYNC_SOURCES: z
    .string()
    .transform((text, context) => {
      const sources = [];
      for (const entry of text
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean)) {
        const match = /^(\d{6})=(https?:\/\/\S+)$/.exec(entry);
        if (!match?.[1] || !match[2] || !isKnownDivision(match[1])) {
          context.addIssue({
            code: 'custom',
            message: `"${entry}" must be <division>=<GraphQL URL of that node>, e.g. 320100=http://127.0.0.1:4111/graphql`,
          });
          return z.NEVER;
        }
        sources.push({ division: match[1], url: match[2] });
      }
      return sources;
    })
    .optional(),
  /** The node's sync service account (client credentials); the client id defaults to node-<NODE_DIVISION>. */
  SYNC_CLIENT_ID: z.string().min(1).optional(),
  SYNC_CLIENT_SECRET: z.string().min(1).optional(),
  /** How long a caught-up consumer's long poll waits for a change (0: poll every second instead). */
  SYNC_WAIT_SECONDS: z.coerce.number().int().min(0).max(30).default(20),
  SYNC_BATCH_SIZE: z.coerce.number().int().min(1).max(1000).default(500),
  /**
   * The largest file attachToRecord takes, in bytes (records/attachments); at most 20 MB, so
   * that a multipart upload stays under the 25 MB request body every server here accepts.
   */
  ATTACHMENT_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(20_000_000)
    .default(10 * 1024 * 1024),
  /** The most files one record may carry. */
  ATTACHMENTS_PER_RECORD: z.coerce.number().int().min(1).max(1000).default(20),
  /**
   * How often an open inbox stream looks for tickets that fell due soon (inboxChanged's
   * DUE_SOON): a due-soon horizon moves with the clock, not with a write, so no write
   * signals it. A minute by default: a warning a minute late still comes hours early.
   */
  DUE_SOON_CHECK_MS: z.coerce.number().int().min(50).max(3_600_000).default(60_000),
  /**
   * The peers whose X-Forwarded-For names the client (server/client-address.ts): the
   * gateway's address, as addresses or CIDR ranges, comma-separated, or `none`. None by
   * default: the audit log records the socket's peer, and nobody can write another address
   * into it by sending a header.
   */
  TRUSTED_PROXIES: z
    .string()
    .transform((text, context) => {
      const entries = parseTrustedProxies(text);
      if (typeof entries === 'string') {
        context.addIssue({ code: 'custom', message: entries });
        return z.NEVER;
      }
      return entries;
    })
    .default([]),
  /** A listener of its own serving /metrics without a token (server/metrics-listener.ts); unset: none. */
  METRICS_PORT: port.optional(),
  /** Where that listener is bound; only with METRICS_PORT. */
  METRICS_HOST: z.string().min(1).optional(),
  /** MAX_DEPTH, MAX_ALIASES, MAX_TOKENS, MAX_DIRECTIVES, MAX_COST: the limits on one operation. */
  ...queryLimitsEnvironmentShape(NODE_QUERY_LIMITS),
};

export type NodeEnvironment = z.infer<z.ZodObject<typeof nodeEnvironmentShape>>;

/** Also checks that the tier and the division agree (a city node serves a city code…). */
export function parseNodeEnvironment(env: Record<string, string | undefined>): NodeEnvironment {
  const config = parseEnvironment(nodeEnvironmentShape, env);
  const expected = { city: 'CITY', province: 'PROVINCE', ministry: 'NATIONAL' }[config.NODE_TIER];
  const actual = divisionLevel(config.NODE_DIVISION);
  // A municipality (北京, 上海…) is a province whose node is also its city node.
  const municipality =
    config.NODE_TIER === 'city' && owningCityOf(config.NODE_DIVISION) === config.NODE_DIVISION;
  if (actual !== expected && !municipality) {
    throw new ConfigError([
      `NODE_DIVISION: ${config.NODE_DIVISION} is a ${actual.toLowerCase()} code; a ${config.NODE_TIER} node needs a ${expected.toLowerCase()} code`,
    ]);
  }
  const strangers = (config.SYNC_SOURCES ?? []).filter(
    (source) =>
      !isFeedChild({ tier: config.NODE_TIER, division: config.NODE_DIVISION }, source.division) &&
      feedParentOf(config.NODE_TIER, config.NODE_DIVISION) !== source.division,
  );
  if (strangers.length > 0) {
    throw new ConfigError(
      strangers.map(
        (source) =>
          `SYNC_SOURCES: ${source.division} is neither a child nor the parent of the ${config.NODE_TIER} node ${config.NODE_DIVISION}`,
      ),
    );
  }
  if (config.METRICS_HOST !== undefined && config.METRICS_PORT === undefined) {
    throw new ConfigError([
      'METRICS_HOST: set METRICS_PORT too (the metrics listener is opened only when METRICS_PORT is set)',
    ]);
  }
  if (config.SYNC_SOURCES?.length && !config.SYNC_CLIENT_SECRET) {
    throw new ConfigError([
      "SYNC_CLIENT_SECRET: required when SYNC_SOURCES is set (the secret of this node's sync client in the realm)",
    ]);
  }
  return config;
}
