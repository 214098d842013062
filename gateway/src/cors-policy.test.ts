import { describe, expect, it } from 'vitest';
import { ConfigError } from '@city-ops/kernel';
import { corsPolicy } from './cors-policy.js';
import { parseGatewayEnvironment } from './environment.js';

const environment = (origins?: string) =>
  parseGatewayEnvironment({
    KEYCLOAK_URL: 'http://127.0.0.1:8080',
    GATEWAY_NODES: '[]',
    ...(origins === undefined ? {} : { GATEWAY_CORS_ORIGINS: origins }),
  });

describe('GATEWAY_CORS_ORIGINS and the CORS policy', () => {
  it('lists no origin by default, and origins only', () => {
    expect(environment().GATEWAY_CORS_ORIGINS).toEqual([]);
    expect(
      environment(' https://ops.example.gov.cn, http://127.0.0.1:5173 ').GATEWAY_CORS_ORIGINS,
    ).toEqual(['https://ops.example.gov.cn', 'http://127.0.0.1:5173']);
    for (const wrong of ['https://ops.example.gov.cn/', 'ops.example.gov.cn', '*', 'ftp://x.cn']) {
      expect(() => environment(wrong)).toThrow(ConfigError);
    }
  });

  it('answers a listed origin by name and any other with no CORS headers, on both paths', () => {
    const policy = corsPolicy(['https://ops.example.gov.cn']);
    const request = (origin?: string) =>
      new Request('http://gateway/graphql', origin ? { headers: { origin } } : {});
    expect(policy.headersFor('https://ops.example.gov.cn')).toEqual({
      'access-control-allow-origin': 'https://ops.example.gov.cn',
    });
    expect(policy.yogaOptions(request('https://ops.example.gov.cn'))).toEqual({
      origin: 'https://ops.example.gov.cn',
      credentials: false,
    });
    for (const other of ['https://elsewhere.example.com', undefined]) {
      expect(policy.headersFor(other)).toEqual({});
      expect(policy.yogaOptions(request(other))).toBe(false);
    }
  });
});
