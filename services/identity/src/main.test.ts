import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseIdentityEnv } from './identity-env.js';

const script = fileURLToPath(new URL('./main.ts', import.meta.url));

describe('identity environment', () => {
  it('defaults to 127.0.0.1:8080, realm city-ops, no key file', () => {
    expect(parseIdentityEnv({})).toEqual({
      IDENTITY_PORT: 8080,
      IDENTITY_HOST: '127.0.0.1',
      IDENTITY_REALM: 'city-ops',
      IDENTITY_KEY_FILE: undefined,
      IDENTITY_PUBLIC_URL: undefined,
    });
  });

  it('coerces the port, treats blank as unset and names bad variables', () => {
    expect(parseIdentityEnv({ IDENTITY_PORT: '0', IDENTITY_KEY_FILE: '' })).toMatchObject({
      IDENTITY_PORT: 0,
      IDENTITY_KEY_FILE: undefined,
    });
    expect(() => parseIdentityEnv({ IDENTITY_PORT: 'eighty' })).toThrow(/IDENTITY_PORT/);
    expect(() => parseIdentityEnv({ IDENTITY_PORT: '70000' })).toThrow(/IDENTITY_PORT/);
  });
});

describe('standalone issuer', () => {
  it('prints its url, serves, and exits 0 on SIGTERM', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', script], {
      env: { ...process.env, IDENTITY_PORT: '0' },
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const url = await new Promise<string>((resolve, reject) => {
      let stdout = '';
      child.stdout.on('data', (d: Buffer) => {
        stdout += d.toString();
        const match = /listening on (http:\/\/\S+)/.exec(stdout);
        if (match?.[1]) resolve(match[1]);
      });
      child.on('exit', () => reject(new Error(`exited early: ${stderr}`)));
    });
    const res = await fetch(`${url}/realms/city-ops/.well-known/openid-configuration`);
    expect(((await res.json()) as { issuer: string }).issuer).toBe(`${url}/realms/city-ops`);
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stderr).toBe('');
  });

  it('exits 1 with a message on bad configuration', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', script], {
      env: { ...process.env, IDENTITY_PORT: 'nope' },
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /^identity: failed to start: invalid identity environment: IDENTITY_PORT/,
    );
  });
});
