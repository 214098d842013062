import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import {
  exportPrivateKeyPem,
  generateSigningKey,
  signingKeyFromPem,
  type SigningKey,
} from './jwt.js';

/**
 * Persists the signing key so a restarted demo issuer publishes the same kid and tokens handed
 * out before the restart keep validating on every node.
 */
export async function loadOrCreateSigningKey(keyFile: string): Promise<SigningKey> {
  const existing = await readKeyFile(keyFile);
  if (existing !== undefined) return signingKeyFromPem(existing);

  const key = generateSigningKey();
  await mkdir(dirname(keyFile), { recursive: true });
  try {
    // 'wx' so two issuers started together cannot overwrite each other's key.
    await writeFile(keyFile, exportPrivateKeyPem(key), { flag: 'wx', mode: 0o600 });
    return key;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    const winner = await readKeyFile(keyFile);
    if (winner === undefined) throw err;
    return signingKeyFromPem(winner);
  }
}

async function readKeyFile(keyFile: string): Promise<string | undefined> {
  try {
    return await readFile(keyFile, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}
