import { z } from 'zod';
import { TokenRequestError, requestToken } from './token-client.js';

// `pnpm -s token <name>` prints only the token, so `TOKEN=$(pnpm -s token agent.320100)` works.
const envSchema = z.object({
  IDENTITY_URL: z.url().default('http://127.0.0.1:8080'),
  IDENTITY_REALM: z.string().min(1).default('city-ops'),
  TOKEN_PASSWORD: z.string().default('demo'),
  TOKEN_SECRET: z.string().min(1).optional(),
});

function fail(message: string): never {
  process.stderr.write(`pnpm token: ${message}\n`);
  process.exit(1);
}

const name = process.argv[2];
if (!name || name.startsWith('-')) {
  fail('usage: pnpm -s token <username | node-<division>>   e.g. pnpm -s token agent.320100');
}
const parsed = envSchema.safeParse(process.env);
if (!parsed.success) {
  fail(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
}

const env = parsed.data;
try {
  const token = await requestToken({
    issuerUrl: env.IDENTITY_URL,
    realm: env.IDENTITY_REALM,
    name,
    password: env.TOKEN_PASSWORD,
    ...(env.TOKEN_SECRET !== undefined && { secret: env.TOKEN_SECRET }),
  });
  process.stdout.write(`${token}\n`);
} catch (err) {
  fail(err instanceof TokenRequestError ? err.message : String(err));
}
