import { z } from 'zod';
import { logLevel, parseEnvironment, port } from '@city-ops/kernel';

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
  MAX_DEPTH: z.coerce.number().int().min(2).default(12),
  MAX_ALIASES: z.coerce.number().int().min(1).default(30),
  LOG_LEVEL: logLevel,
  /**
   * Send an operation whose root fields all go to one node to that node unchanged
   * (use-forwarding.ts); `off` executes everything by stitching (for comparison).
   */
  GATEWAY_FORWARDING: z.enum(['on', 'off']).default('on'),
};

export type GatewayEnvironment = z.infer<z.ZodObject<typeof gatewayEnvironmentShape>>;

export function parseGatewayEnvironment(
  env: Record<string, string | undefined>,
): GatewayEnvironment {
  return parseEnvironment(gatewayEnvironmentShape, env);
}
