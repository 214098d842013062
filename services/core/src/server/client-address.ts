import { BlockList, isIP } from 'node:net';

/** One entry of TRUSTED_PROXIES: an address, or a range in CIDR notation. */
export interface TrustedProxyEntry {
  address: string;
  prefix?: number;
}

const familyOf = (address: string) => (isIP(address) === 6 ? 'ipv6' : 'ipv4');

/**
 * TRUSTED_PROXIES' text: addresses or CIDR ranges, comma-separated, or `none`. Returns the
 * entries, or a problem naming the first bad one.
 */
export function parseTrustedProxies(text: string): TrustedProxyEntry[] | string {
  if (text.trim() === 'none') return [];
  const entries: TrustedProxyEntry[] = [];
  for (const part of text
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)) {
    const [address = '', prefixText] = part.split('/');
    const family = isIP(address);
    const prefix = prefixText === undefined ? undefined : Number(prefixText);
    const widest = family === 6 ? 128 : 32;
    if (
      family === 0 ||
      (prefix !== undefined && (!/^\d{1,3}$/.test(prefixText ?? '') || prefix > widest))
    ) {
      return `"${part}" must be an IP address or a CIDR range (127.0.0.1, ::1, 10.0.0.0/8), or the list must be "none"`;
    }
    entries.push(prefix === undefined ? { address } : { address, prefix });
  }
  return entries;
}

/** TRUSTED_PROXIES as a set addresses are checked against (IPv4-mapped IPv6 matches its IPv4). */
export function trustedProxySet(entries: readonly TrustedProxyEntry[]): BlockList {
  const set = new BlockList();
  for (const { address, prefix } of entries) {
    if (prefix === undefined) set.addAddress(address, familyOf(address));
    else set.addSubnet(address, prefix, familyOf(address));
  }
  return set;
}

/**
 * The address a request came from, as the audit log records it. The socket's peer, unless
 * that peer is a trusted proxy (the gateway beside the node): then `X-Forwarded-For` is read
 * from its right end, each hop vouching for the one before it, and the first address not
 * itself a trusted proxy is the client. Anyone else's `X-Forwarded-For` is ignored — it
 * would let a caller put any address in the audit log — and so is everything left of an
 * entry that is not an IP address.
 */
export function clientAddressOf(
  forwardedFor: string | null,
  peer: string | undefined,
  trusted: BlockList,
): string | null {
  if (peer === undefined || peer === '') return null;
  let client = peer;
  if (!forwardedFor || isIP(peer) === 0 || !trusted.check(peer, familyOf(peer))) return client;
  const hops = forwardedFor.split(',').map((hop) => hop.trim());
  for (let index = hops.length - 1; index >= 0; index -= 1) {
    const hop = hops[index]!;
    if (isIP(hop) === 0) break;
    client = hop;
    if (!trusted.check(hop, familyOf(hop))) break;
  }
  return client;
}
