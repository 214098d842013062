import { z } from 'zod';
import {
  GATEWAY_QUERY_LIMITS,
  logLevel,
  parseEnvironment,
  port,
  queryLimitsEnvironmentShape,
} from '@city-ops/kernel';

/** Every variable the gateway reads (gateway/README.md has the table). */
export const gatewayEnvironmentShape = {
  HOST: z.string().default('127.0.0.1'),
  PORT: port.default(4000),
  /** The node registry as JSON: [{ "tier": "city", "division": "320100", "url": "http://…/graphql" }, …]. */
  GATEWAY_NODES: z.string().optional(),
  /** Or a file holding that JSON. */
  GATEWAY_NODES_FILE: z.string().optional(),
  KEYCLOAK_URL: z.url('must be the Keycloak server URL, e.g. http://127.0.0.1:8080'),
  KEYCLOAK_REALM: z.string().min(1).default('city-ops'),
  KEYCLOAK_CLIENT_ID: z.string().min(1).default('city-ops-api'),
  /** How long a node may take before it counts as unavailable. */
  NODE_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  /** MAX_DEPTH, MAX_ALIASES, MAX_TOKENS, MAX_DIRECTIVES, MAX_COST: the limits on one operation. */
  ...queryLimitsEnvironmentShape(GATEWAY_QUERY_LIMITS),
  LOG_LEVEL: logLevel,
  /**
   * Send an operation whose root fields all go to one node to that node unchanged
   * (forwarding-front.ts); `off` executes everything by stitching (for comparison).
   */
  GATEWAY_FORWARDING: z.enum(['on', 'off']).default('on'),
  /**
   * The origins (`https://console.example.gov.cn`, comma-separated) whose browser pages may
   * call the gateway from another origin (cors-policy.ts); none by default, so only pages of
   * the gateway's own origin can.
   */
  /**
   * The built web console (console/dist) to serve at `/`; unset, the gateway serves the API
   * only (console-files.ts).
   */
  CONSOLE_DIR: z.string().min(1).optional(),
  /** The public OIDC client the console signs in as. */
  CONSOLE_CLIENT_ID: z.string().min(1).default('city-ops-console'),
  /** The Keycloak URL as browsers reach it, when not KEYCLOAK_URL (the gateway's own view). */
  CONSOLE_KEYCLOAK_URL: z.url('must be the Keycloak server URL browsers reach').optional(),
  GATEWAY_CORS_ORIGINS: z
    .string()
    .default('')
    .transform((text, context) => {
      const origins: string[] = [];
      for (const entry of text
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean)) {
        let origin: string | undefined;
        try {
          const url = new URL(entry);
          if (url.protocol === 'http:' || url.protocol === 'https:') origin = url.origin;
        } catch {
          origin = undefined;
        }
        if (origin !== entry) {
          context.addIssue({
            code: 'custom',
            message: `"${entry}" must be an origin: scheme, host and port only, e.g. https://console.example.gov.cn`,
          });
          return z.NEVER;
        }
        origins.push(origin);
      }
      return origins;
    }),
};

export type GatewayEnvironment = z.infer<z.ZodObject<typeof gatewayEnvironmentShape>>;

export function parseGatewayEnvironment(
  env: Record<string, string | undefined>,
): GatewayEnvironment {
  return parseEnvironment(gatewayEnvironmentShape, env);
}
