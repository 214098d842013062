import { createPublicKey, generateKeyPairSync, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  decodeJwtUnverified,
  exportPrivateKeyPem,
  exportPublicJwk,
  generateSigningKey,
  keyIdOf,
  signJwt,
  signingKeyFromPem,
} from './jwt.js';

const key = generateSigningKey();

const verifies = (token: string, publicKey: Parameters<typeof verify>[2]) => {
  const [header, payload, signature] = token.split('.');
  return verify(
    'sha256',
    Buffer.from(`${header}.${payload}`),
    publicKey,
    Buffer.from(signature ?? '', 'base64url'),
  );
};

describe('signJwt', () => {
  it('produces an RS256 JWT with the kid in the header, verifiable with the published JWK', () => {
    const token = signJwt({ sub: 'x', n: 1 }, key.privateKey, key.kid);
    expect(decodeJwtUnverified(token)).toEqual({
      header: { alg: 'RS256', typ: 'JWT', kid: key.kid },
      claims: { sub: 'x', n: 1 },
    });
    const jwk = exportPublicJwk(key);
    expect(Object.keys(jwk).sort()).toEqual(['alg', 'e', 'kid', 'kty', 'n', 'use']);
    expect(jwk).toMatchObject({ kty: 'RSA', use: 'sig', alg: 'RS256', kid: key.kid, e: 'AQAB' });
    expect(verifies(token, createPublicKey({ key: { ...jwk }, format: 'jwk' }))).toBe(true);
  });

  it('accepts a PEM string as the key and encodes as unpadded base64url', () => {
    const token = signJwt({ s: '城管?>>' }, exportPrivateKeyPem(key), 'k');
    expect(token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(verifies(token, key.publicKey)).toBe(true);
  });

  it('does not verify under another key', () => {
    const other = generateSigningKey();
    expect(verifies(signJwt({}, other.privateKey, key.kid), key.publicKey)).toBe(false);
  });
});

describe('signing keys', () => {
  it('keeps its kid through a PEM round trip (RFC 7638 thumbprint)', () => {
    const reloaded = signingKeyFromPem(exportPrivateKeyPem(key));
    expect(reloaded.kid).toBe(key.kid);
    expect(keyIdOf(reloaded.publicKey)).toBe(key.kid);
    expect(key.kid).toMatch(/^[\w-]{43}$/);
    expect(generateSigningKey().kid).not.toBe(key.kid);
  });

  it('generates 2048-bit RSA keys and refuses non-RSA PEM', () => {
    expect(key.publicKey.asymmetricKeyDetails?.modulusLength).toBe(2048);
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
    expect(() => signingKeyFromPem(ec.export({ type: 'pkcs8', format: 'pem' }).toString())).toThrow(
      /must be RSA/,
    );
  });

  it('decodeJwtUnverified rejects non-JWTs', () => {
    expect(() => decodeJwtUnverified('abc')).toThrow(/three/);
  });
});
