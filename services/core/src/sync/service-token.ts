/**
 * A node's own service-account token (client credentials grant against the realm's
 * token endpoint), cached until shortly before it expires.
 */
export interface ServiceAccount {
  keycloakUrl: string;
  realm: string;
  clientId: string;
  clientSecret: string;
}

export function serviceTokenSource(account: ServiceAccount): () => Promise<string> {
  let cached: { token: string; renewAt: number } | undefined;
  return async () => {
    if (cached && Date.now() < cached.renewAt) return cached.token;
    const endpoint = `${account.keycloakUrl.replace(/\/$/, '')}/realms/${encodeURIComponent(account.realm)}/protocol/openid-connect/token`;
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: account.clientId,
        client_secret: account.clientSecret,
      }),
      signal: AbortSignal.timeout(10_000),
    });
    const body = (await response.json().catch(() => ({}))) as {
      access_token?: string;
      expires_in?: number;
      error_description?: string;
      error?: string;
    };
    if (!response.ok || !body.access_token) {
      throw new Error(
        `the identity server refused the sync account ${account.clientId}: ${body.error_description ?? body.error ?? `HTTP ${response.status}`}`,
      );
    }
    const lifetime = (body.expires_in ?? 60) * 1000;
    cached = { token: body.access_token, renewAt: Date.now() + lifetime * 0.8 };
    return body.access_token;
  };
}
