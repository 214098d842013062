export interface TokenRequest {
  /** The auth-server-url, e.g. http://127.0.0.1:8080. */
  readonly issuerUrl: string;
  readonly realm: string;
  /** A username (password grant) or a node client id `node-<division>` (client credentials). */
  readonly name: string;
  readonly password: string;
  /** Client secret for `node-*`; default `<name>-secret`, the dev export's convention. */
  readonly secret?: string;
  readonly timeoutMs?: number;
}

export class TokenRequestError extends Error {
  override name = 'TokenRequestError';
}

const PASSWORD_CLIENT_ID = 'city-ops-web';

/** Fetches an access token over HTTP exactly as a client of the real realm would. */
export async function requestToken(request: TokenRequest): Promise<string> {
  const issuerUrl = request.issuerUrl.replace(/\/+$/, '');
  const endpoint = `${issuerUrl}/realms/${encodeURIComponent(request.realm)}/protocol/openid-connect/token`;
  const isServiceClient = request.name.startsWith('node-');
  const form = new URLSearchParams(
    isServiceClient
      ? { grant_type: 'client_credentials' }
      : {
          grant_type: 'password',
          client_id: PASSWORD_CLIENT_ID,
          username: request.name,
          password: request.password,
        },
  );
  const headers: Record<string, string> = { 'Content-Type': 'application/x-www-form-urlencoded' };
  if (isServiceClient) {
    const secret = request.secret ?? `${request.name}-secret`;
    const basic = `${encodeURIComponent(request.name)}:${encodeURIComponent(secret)}`;
    headers['Authorization'] = `Basic ${Buffer.from(basic).toString('base64')}`;
  }

  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers,
      body: form,
      signal: AbortSignal.timeout(request.timeoutMs ?? 5000),
    });
  } catch (err) {
    const cause = (err as { cause?: { code?: string } }).cause?.code ?? (err as Error).name;
    throw new TokenRequestError(
      `identity issuer not reachable at ${issuerUrl} (${cause}); is it running? Start it with \`pnpm start\``,
    );
  }

  const body = (await response.json().catch(() => undefined)) as
    { access_token?: unknown; error?: unknown; error_description?: unknown } | undefined;
  if (response.ok && typeof body?.access_token === 'string') return body.access_token;
  if (response.status === 404) {
    throw new TokenRequestError(
      `realm "${request.realm}" not found at ${issuerUrl} (is IDENTITY_URL/IDENTITY_REALM right?)`,
    );
  }
  const reason =
    typeof body?.error === 'string'
      ? `${body.error}${typeof body.error_description === 'string' ? `: ${body.error_description}` : ''}`
      : `HTTP ${response.status}`;
  throw new TokenRequestError(`token request for ${request.name} refused (${reason})`);
}
