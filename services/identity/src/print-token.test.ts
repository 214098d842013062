import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startIdentityServer, type IdentityServer } from './identity-server.js';
import { decodeJwtUnverified } from './jwt.js';

const script = fileURLToPath(new URL('./print-token.ts', import.meta.url));

function printToken(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
      env: { ...process.env, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

let issuer: IdentityServer;
beforeAll(async () => {
  issuer = await startIdentityServer({ port: 0 });
});
afterAll(async () => {
  await issuer.close();
});

describe('pnpm token', () => {
  it('prints only a user token, obtained with the password grant', async () => {
    const { code, stdout, stderr } = await printToken(['inspector.330100'], {
      IDENTITY_URL: issuer.url,
    });
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+\n$/);
    expect(decodeJwtUnverified(stdout.trim()).claims).toMatchObject({
      preferred_username: 'inspector.330100',
      grid: '330100-g001',
    });
  });

  it('uses client credentials for node-* names', async () => {
    const { code, stdout } = await printToken(['node-330200'], { IDENTITY_URL: issuer.url });
    expect(code).toBe(0);
    expect(decodeJwtUnverified(stdout.trim()).claims).toMatchObject({
      azp: 'node-330200',
      realm_access: { roles: ['node-sync'] },
    });
  });

  it('explains a refused login on one stderr line and exits 1', async () => {
    const result = await printToken(['agent.320100'], {
      IDENTITY_URL: issuer.url,
      TOKEN_PASSWORD: 'wrong',
    });
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'pnpm token: token request for agent.320100 refused (invalid_grant: Invalid user credentials)\n',
    });
    const secret = await printToken(['node-320100'], {
      IDENTITY_URL: issuer.url,
      TOKEN_SECRET: 'wrong',
    });
    expect(secret.code).toBe(1);
    expect(secret.stderr).toMatch(/unauthorized_client/);
  });

  it('says to run pnpm start when the issuer is not running', async () => {
    const { code, stdout, stderr } = await printToken(['agent.320100'], {
      IDENTITY_URL: 'http://127.0.0.1:9',
    });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(
      /^pnpm token: identity issuer not reachable at http:\/\/127\.0\.0\.1:9 .*`pnpm start`\n$/,
    );
    expect(stderr.split('\n')).toHaveLength(2);
  });

  it('prints usage without a name', async () => {
    const { code, stderr } = await printToken([], { IDENTITY_URL: issuer.url });
    expect(code).toBe(1);
    expect(stderr).toMatch(/usage: pnpm -s token/);
  });
});
