import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';

/** An RS256 signing key with the `kid` under which its public half is published. */
export interface SigningKey {
  readonly privateKey: KeyObject;
  readonly publicKey: KeyObject;
  readonly kid: string;
}

/** The JWKS entry shape keycloak-connect (via jwk-to-pem) consumes. */
export interface PublicJwk {
  readonly kty: 'RSA';
  readonly kid: string;
  readonly use: 'sig';
  readonly alg: 'RS256';
  readonly n: string;
  readonly e: string;
}

export interface JwtHeader {
  readonly alg: 'RS256';
  readonly typ: 'JWT';
  readonly kid: string;
}

export function generateSigningKey(): SigningKey {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return signingKeyFrom(privateKey);
}

/** Accepts PKCS#8 or PKCS#1 PEM, so a key made by openssl works as well as ours. */
export function signingKeyFromPem(privateKeyPem: string): SigningKey {
  const privateKey = createPrivateKey(privateKeyPem);
  if (privateKey.asymmetricKeyType !== 'rsa') {
    throw new Error(`signing key must be RSA, got ${privateKey.asymmetricKeyType ?? 'unknown'}`);
  }
  return signingKeyFrom(privateKey);
}

export function exportPrivateKeyPem(key: SigningKey): string {
  return key.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
}

export function exportPublicJwk(key: SigningKey): PublicJwk {
  const { n, e } = rsaComponents(key.publicKey);
  return { kty: 'RSA', kid: key.kid, use: 'sig', alg: 'RS256', n, e };
}

/**
 * RFC 7638 thumbprint: derived from the key itself, so a key reloaded from a file keeps its kid
 * and verifiers that cached the JWKS keep matching old tokens.
 */
export function keyIdOf(publicKey: KeyObject): string {
  const { n, e } = rsaComponents(publicKey);
  const canonical = JSON.stringify({ e, kty: 'RSA', n });
  return createHash('sha256').update(canonical).digest('base64url');
}

/**
 * Signs whatever claims it is given, valid or not, so tests can mint deliberately bad tokens
 * (foreign key, expired, wrong issuer) as well as good ones.
 */
export function signJwt(
  claims: Readonly<Record<string, unknown>>,
  privateKey: KeyObject | string,
  kid: string,
): string {
  const header: JwtHeader = { alg: 'RS256', typ: 'JWT', kid };
  const signingInput = `${encodeSegment(header)}.${encodeSegment(claims)}`;
  const signature = sign('sha256', Buffer.from(signingInput), privateKey);
  return `${signingInput}.${signature.toString('base64url')}`;
}

/** Reads a JWT without verifying it — for tests and diagnostics, never for authorization. */
export function decodeJwtUnverified(token: string): {
  header: Record<string, unknown>;
  claims: Record<string, unknown>;
} {
  const [header, claims, signature] = token.split('.');
  if (header === undefined || claims === undefined || signature === undefined) {
    throw new Error('not a JWT: expected three dot-separated segments');
  }
  return { header: decodeSegment(header), claims: decodeSegment(claims) };
}

function signingKeyFrom(privateKey: KeyObject): SigningKey {
  const publicKey = createPublicKey(privateKey);
  return { privateKey, publicKey, kid: keyIdOf(publicKey) };
}

function rsaComponents(publicKey: KeyObject): { n: string; e: string } {
  const jwk = publicKey.export({ format: 'jwk' });
  if (jwk.kty !== 'RSA' || typeof jwk.n !== 'string' || typeof jwk.e !== 'string') {
    throw new Error('signing key must be RSA');
  }
  return { n: jwk.n, e: jwk.e };
}

function encodeSegment(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

function decodeSegment(segment: string): Record<string, unknown> {
  const value: unknown = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error('not a JWT: segment is not a JSON object');
  }
  return value as Record<string, unknown>;
}

/**
 * Claims of a token this issuer signed (RS256, its own key), or undefined when the signature or
 * the format is wrong. Expiry and `typ` are the caller's to check: logout accepts an expired
 * ID token as a hint, a refresh must not accept an expired refresh token.
 */
export function verifyOwnJwt(
  token: string,
  publicKey: KeyObject,
): Record<string, unknown> | undefined {
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  const [header, claims, signature] = parts as [string, string, string];
  try {
    if (decodeSegment(header)['alg'] !== 'RS256') return undefined;
    const valid = verify(
      'sha256',
      Buffer.from(`${header}.${claims}`),
      publicKey,
      Buffer.from(signature, 'base64url'),
    );
    return valid ? decodeSegment(claims) : undefined;
  } catch {
    return undefined;
  }
}
