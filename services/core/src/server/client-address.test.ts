import { describe, expect, it } from 'vitest';
import { clientAddressOf, parseTrustedProxies, trustedProxySet } from './client-address.js';

const loopback = trustedProxySet([{ address: '127.0.0.1' }, { address: '::1' }]);

describe('clientAddressOf', () => {
  it("records the socket's peer when it is not a trusted proxy, whatever X-Forwarded-For says", () => {
    expect(clientAddressOf('203.0.113.9', '198.51.100.4', loopback)).toBe('198.51.100.4');
    expect(clientAddressOf('1.1.1.1, 127.0.0.1', '198.51.100.4', loopback)).toBe('198.51.100.4');
    expect(clientAddressOf(null, '198.51.100.4', loopback)).toBe('198.51.100.4');
  });

  it('takes the client a trusted proxy names, from the right end of the list', () => {
    expect(clientAddressOf('203.0.113.9', '127.0.0.1', loopback)).toBe('203.0.113.9');
    expect(clientAddressOf('203.0.113.9', '::1', loopback)).toBe('203.0.113.9');
    expect(clientAddressOf('203.0.113.9', '::ffff:127.0.0.1', loopback)).toBe('203.0.113.9');
    // What the client itself wrote on the left is not vouched for by anyone.
    expect(clientAddressOf('6.6.6.6, 203.0.113.9', '127.0.0.1', loopback)).toBe('203.0.113.9');
  });

  it('walks through a chain of trusted proxies to the first untrusted hop', () => {
    const proxies = trustedProxySet([{ address: '127.0.0.1' }, { address: '10.0.0.0', prefix: 8 }]);
    expect(clientAddressOf('6.6.6.6, 203.0.113.9, 10.1.2.3', '127.0.0.1', proxies)).toBe(
      '203.0.113.9',
    );
    expect(clientAddressOf('10.9.9.9, 10.1.2.3', '127.0.0.1', proxies)).toBe('10.9.9.9');
  });

  it('stops at an entry that is not an IP address', () => {
    expect(clientAddressOf('<script>', '127.0.0.1', loopback)).toBe('127.0.0.1');
    expect(clientAddressOf('203.0.113.9:4711', '127.0.0.1', loopback)).toBe('127.0.0.1');
    expect(clientAddressOf('203.0.113.9, unknown', '127.0.0.1', loopback)).toBe('127.0.0.1');
  });

  it('trusts nobody with TRUSTED_PROXIES=none', () => {
    expect(clientAddressOf('203.0.113.9', '127.0.0.1', trustedProxySet([]))).toBe('127.0.0.1');
  });

  it('is null without a socket', () => {
    expect(clientAddressOf('203.0.113.9', undefined, loopback)).toBeNull();
  });
});

describe('parseTrustedProxies', () => {
  it('reads addresses and ranges of both families, or none', () => {
    expect(parseTrustedProxies('127.0.0.1, ::1,10.0.0.0/8,fd00::/8')).toEqual([
      { address: '127.0.0.1' },
      { address: '::1' },
      { address: '10.0.0.0', prefix: 8 },
      { address: 'fd00::', prefix: 8 },
    ]);
    expect(parseTrustedProxies('none')).toEqual([]);
  });

  it('names the first entry that is neither', () => {
    expect(parseTrustedProxies('127.0.0.1,gateway')).toMatch(/^"gateway" must be an IP address/);
    expect(parseTrustedProxies('10.0.0.0/33')).toMatch(/^"10.0.0.0\/33"/);
    expect(parseTrustedProxies('10.0.0.0/')).toMatch(/^"10.0.0.0\/"/);
  });
});
