/**
 * Keycloak's redirect URI check (RedirectUtils.verifyRedirectUri), for absolute patterns: a
 * pattern ending in `*` matches any URI starting with what precedes the `*` (query and fragment
 * of the URI ignored), or that prefix without its trailing slash; any other pattern matches only
 * the identical URI. The URI's host is compared lower-cased, as Keycloak normalises it.
 *
 * Returns the URI to redirect to, or undefined when it must be refused: the caller then shows an
 * error page and never redirects, so an attacker cannot bounce a code to a URI of their own.
 */
export function matchRedirectUri(
  redirectUri: string,
  patterns: readonly string[],
): string | undefined {
  const normalised = normaliseRedirectUri(redirectUri);
  if (normalised === undefined) return undefined;
  for (const pattern of patterns) {
    if (pattern.endsWith('*') && !pattern.includes('?')) {
      const cut = normalised.search(/[?#]/);
      const withoutQuery = cut < 0 ? normalised : normalised.slice(0, cut);
      const prefix = pattern.slice(0, -1);
      if (withoutQuery.startsWith(prefix)) return normalised;
      if (prefix.endsWith('/') && withoutQuery === prefix.slice(0, -1)) return normalised;
    } else if (pattern === normalised) {
      return normalised;
    }
  }
  return undefined;
}

/**
 * The URI as matched and redirected to, or undefined when it is not a URI a browser should be
 * sent to with a code: not absolute http(s), carrying credentials or a fragment (RFC 6749
 * §3.1.2), or a path with dot segments that would let a prefix pattern reach another path
 * (Keycloak refuses these too).
 */
function normaliseRedirectUri(redirectUri: string): string | undefined {
  let url: URL;
  try {
    url = new URL(redirectUri);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (url.username !== '' || url.password !== '' || redirectUri.includes('#')) return undefined;
  // URL() resolves "/a/../b" silently, so look at the raw text (encoded dots included).
  if (/(^|\/)(\.|%2e){1,2}(\/|$|\?)/i.test(rawPath(redirectUri))) return undefined;
  if (/%2f|%5c|\\/i.test(rawPath(redirectUri))) return undefined;
  // Only the host is lower-cased; the rest is compared as sent, like Keycloak.
  const authority = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i.exec(redirectUri)?.[0] ?? '';
  return `${url.protocol}//${url.host}${redirectUri.slice(authority.length)}`;
}

function rawPath(uri: string): string {
  const afterAuthority = uri.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, '');
  const cut = afterAuthority.search(/[?#]/);
  return cut < 0 ? afterAuthority : afterAuthority.slice(0, cut);
}
