import { parseIdentityEnv } from './identity-env.js';
import { startIdentityServer, type IdentityServer } from './identity-server.js';

// Standalone dev issuer: `tsx services/identity/src/main.ts`. Never a production IdP.
let server: IdentityServer;
try {
  const env = parseIdentityEnv(process.env);
  server = await startIdentityServer({
    port: env.IDENTITY_PORT,
    host: env.IDENTITY_HOST,
    realm: env.IDENTITY_REALM,
    ...(env.IDENTITY_KEY_FILE !== undefined && { keyFile: env.IDENTITY_KEY_FILE }),
    ...(env.IDENTITY_PUBLIC_URL !== undefined && { publicUrl: env.IDENTITY_PUBLIC_URL }),
  });
} catch (err) {
  const code = (err as NodeJS.ErrnoException).code;
  const hint = code === 'EADDRINUSE' ? ' (port taken: set IDENTITY_PORT)' : '';
  process.stderr.write(`identity: failed to start: ${(err as Error).message}${hint}\n`);
  process.exit(1);
}

process.stdout.write(
  `identity issuer (dev stand-in for Keycloak) listening on ${server.url}\n` +
    `  realm ${server.realm}: ${server.realmUrl}\n`,
);

let stopping = false;
const stop = (signal: NodeJS.Signals) => {
  // A second Ctrl-C means the user is done waiting.
  if (stopping) process.exit(130);
  stopping = true;
  server.close().then(
    () => process.exit(0),
    (err: unknown) => {
      process.stderr.write(`identity: error while stopping on ${signal}: ${String(err)}\n`);
      process.exit(1);
    },
  );
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
