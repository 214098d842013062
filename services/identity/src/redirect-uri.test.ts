import { describe, expect, it } from 'vitest';
import { matchRedirectUri } from './redirect-uri.js';

describe('matchRedirectUri (Keycloak semantics)', () => {
  const wildcard = ['http://127.0.0.1:4000/*'];

  it('matches a trailing-* pattern by prefix, ignoring the query, and its bare origin', () => {
    expect(matchRedirectUri('http://127.0.0.1:4000/', wildcard)).toBe('http://127.0.0.1:4000/');
    expect(matchRedirectUri('http://127.0.0.1:4000/a/b?x=1', wildcard)).toBe(
      'http://127.0.0.1:4000/a/b?x=1',
    );
    expect(matchRedirectUri('http://127.0.0.1:4000', wildcard)).toBe('http://127.0.0.1:4000');
  });

  it('lower-cases only the host', () => {
    expect(matchRedirectUri('HTTP://LOCALHOST:4000/Cb', ['http://localhost:4000/Cb'])).toBe(
      'http://localhost:4000/Cb',
    );
    expect(matchRedirectUri('http://localhost:4000/cb', ['http://localhost:4000/Cb'])).toBe(
      undefined,
    );
  });

  it('matches a pattern without * exactly', () => {
    const exact = ['http://localhost:4000/callback'];
    expect(matchRedirectUri('http://localhost:4000/callback', exact)).toBe(
      'http://localhost:4000/callback',
    );
    expect(matchRedirectUri('http://localhost:4000/callback/x', exact)).toBeUndefined();
    expect(matchRedirectUri('http://localhost:4000/callback?x=1', exact)).toBeUndefined();
  });

  it('refuses look-alikes and URIs a code must not travel to', () => {
    for (const uri of [
      'http://127.0.0.1:40000/',
      'http://127.0.0.1:4000.evil.example/',
      'http://127.0.0.1:4000@evil.example/',
      'http://user:pw@127.0.0.1:4000/',
      'http://127.0.0.1:4000/#x',
      'http://127.0.0.1:4000/a/../../b',
      'http://127.0.0.1:4000/%2E%2E/b',
      'http://127.0.0.1:4000/a%2fb',
      'https://127.0.0.1:4000/',
      'ftp://127.0.0.1:4000/',
      'not a uri',
    ]) {
      expect(matchRedirectUri(uri, wildcard), uri).toBeUndefined();
    }
    expect(matchRedirectUri('http://127.0.0.1:4000/', [])).toBeUndefined();
  });
});
