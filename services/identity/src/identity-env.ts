import { z } from 'zod';

// An exported-but-empty variable (IDENTITY_KEY_FILE=) means "not set", not "set to nothing".
const unsetIfBlank = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

const identityEnvSchema = z.object({
  IDENTITY_PORT: z.preprocess(
    unsetIfBlank,
    z.coerce.number().int().min(0).max(65535).default(8080),
  ),
  IDENTITY_HOST: z.preprocess(unsetIfBlank, z.string().default('127.0.0.1')),
  IDENTITY_REALM: z.preprocess(unsetIfBlank, z.string().default('city-ops')),
  IDENTITY_KEY_FILE: z.preprocess(unsetIfBlank, z.string().optional()),
  IDENTITY_PUBLIC_URL: z.preprocess(unsetIfBlank, z.url().optional()),
});

export type IdentityEnv = z.output<typeof identityEnvSchema>;

/** Reads the standalone issuer's configuration once, failing with every bad variable named. */
export function parseIdentityEnv(env: NodeJS.ProcessEnv): IdentityEnv {
  const parsed = identityEnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`invalid identity environment: ${problems.join('; ')}`);
  }
  return parsed.data;
}
