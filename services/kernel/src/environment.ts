import { z } from 'zod';
import { isKnownDivision } from '@city-ops/schema';

/** A configuration problem; `main` prints every issue and exits non-zero. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses `env` with `shape`, naming each bad variable; the only place a service reads process.env. */
export function parseEnvironment<T extends z.ZodRawShape>(
  shape: T,
  env: Record<string, string | undefined>,
): z.infer<z.ZodObject<T>> {
  // An empty variable (PORT=) means "not set": take the default rather than coercing '' to 0.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const result = z.object(shape).safeParse(present);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map(
        (issue) => `${issue.path.join('.') || '(environment)'}: ${issue.message}`,
      ),
    );
  }
  return result.data;
}

export const divisionCode = z
  .string()
  .regex(/^\d{6}$/, 'must be a six-digit GB/T 2260 division code')
  .refine(isKnownDivision, 'is not a division in the registry');

export const tierName = z.enum(['city', 'province', 'ministry']);
export type TierName = z.infer<typeof tierName>;

/** A tier as the SDL's NodeTier enum spells it. */
export const TIER_ENUM = {
  city: 'CITY',
  province: 'PROVINCE',
  ministry: 'MINISTRY',
} as const satisfies Record<TierName, string>;

export const port = z.coerce.number().int().min(0).max(65535);

export const logLevel = z
  .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  .default('info');
