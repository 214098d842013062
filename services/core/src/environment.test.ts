import { describe, expect, it } from 'vitest';
import { ConfigError } from '@city-ops/kernel';
import { parseNodeEnvironment } from './environment.js';

/** The smallest environment a city node starts with. */
const good = {
  NODE_TIER: 'city',
  NODE_DIVISION: '320100',
  KEYCLOAK_URL: 'http://127.0.0.1:8080',
} as const;

function configError(env: Record<string, string | undefined>): ConfigError {
  try {
    parseNodeEnvironment(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error('expected a ConfigError, but the environment was accepted');
}

describe('parseNodeEnvironment', () => {
  it('parses a good environment and fills in the defaults', () => {
    expect(parseNodeEnvironment({ ...good })).toEqual({
      NODE_TIER: 'city',
      NODE_DIVISION: '320100',
      HOST: '127.0.0.1',
      PORT: 4000,
      DATABASE_URL: undefined,
      KEYCLOAK_URL: 'http://127.0.0.1:8080',
      KEYCLOAK_REALM: 'city-ops',
      KEYCLOAK_CLIENT_ID: 'city-ops-api',
      TIME_ZONE: 'Asia/Shanghai',
      LOG_LEVEL: 'info',
      SYNC_WAIT_SECONDS: 20,
      SYNC_BATCH_SIZE: 500,
      TRUSTED_PROXIES: [],
      // A node's query limits: the gateway's plus room for what the gateway adds.
      MAX_DEPTH: 14,
      MAX_ALIASES: 40,
      MAX_TOKENS: 3000,
      MAX_DIRECTIVES: 20,
      MAX_COST: 40000,
      // Attachments: 10 MiB a file, 20 a record.
      ATTACHMENT_MAX_BYTES: 10_485_760,
      ATTACHMENTS_PER_RECORD: 20,
      DUE_SOON_CHECK_MS: 60_000,
    });
  });

  it('reads TRUSTED_PROXIES as addresses and CIDR ranges, or none, and names a bad entry', () => {
    expect(
      parseNodeEnvironment({ ...good, TRUSTED_PROXIES: '10.0.0.0/8, 192.168.1.7,fd00::/8' })
        .TRUSTED_PROXIES,
    ).toEqual([
      { address: '10.0.0.0', prefix: 8 },
      { address: '192.168.1.7' },
      { address: 'fd00::', prefix: 8 },
    ]);
    expect(parseNodeEnvironment({ ...good, TRUSTED_PROXIES: 'none' }).TRUSTED_PROXIES).toEqual([]);
    for (const bad of ['gateway.local', '10.0.0.0/33', '::1/129', '10.0.0.1/x']) {
      expect(configError({ ...good, TRUSTED_PROXIES: bad }).problems).toEqual([
        expect.stringMatching(/^TRUSTED_PROXIES: ".+" must be an IP address or a CIDR range/),
      ]);
    }
  });

  it('opens the metrics listener only with METRICS_PORT, on 127.0.0.1 unless METRICS_HOST says', () => {
    expect(parseNodeEnvironment({ ...good })).not.toHaveProperty('METRICS_PORT');
    expect(parseNodeEnvironment({ ...good, METRICS_PORT: '9464' })).toMatchObject({
      METRICS_PORT: 9464,
    });
    expect(
      parseNodeEnvironment({ ...good, METRICS_PORT: '9464', METRICS_HOST: '10.1.2.3' }),
    ).toMatchObject({ METRICS_PORT: 9464, METRICS_HOST: '10.1.2.3' });
    expect(configError({ ...good, METRICS_HOST: '0.0.0.0' }).problems).toEqual([
      expect.stringMatching(/^METRICS_HOST: set METRICS_PORT too/),
    ]);
  });

  it('reads the query limits and refuses one that is not a whole number in range', () => {
    expect(parseNodeEnvironment({ ...good, MAX_DEPTH: '20', MAX_COST: '1000' })).toMatchObject({
      MAX_DEPTH: 20,
      MAX_COST: 1000,
    });
    expect(() => parseNodeEnvironment({ ...good, MAX_ALIASES: '0' })).toThrow(/MAX_ALIASES/);
    expect(() => parseNodeEnvironment({ ...good, MAX_TOKENS: 'many' })).toThrow(/MAX_TOKENS/);
  });

  it('reads the sync sources and refuses ones that are neither child nor parent', () => {
    const province = { ...good, NODE_TIER: 'province', NODE_DIVISION: '320000' };
    expect(
      parseNodeEnvironment({
        ...province,
        SYNC_SOURCES: '320100=http://127.0.0.1:4111/graphql, 000000=http://127.0.0.1:4100/graphql',
        SYNC_CLIENT_SECRET: 'node-320000-secret',
      }).SYNC_SOURCES,
    ).toEqual([
      { division: '320100', url: 'http://127.0.0.1:4111/graphql' },
      { division: '000000', url: 'http://127.0.0.1:4100/graphql' },
    ]);
    expect(() =>
      parseNodeEnvironment({
        ...province,
        SYNC_SOURCES: '330100=http://127.0.0.1:4121/graphql',
        SYNC_CLIENT_SECRET: 's',
      }),
    ).toThrow(/330100 is neither a child nor the parent of the province node 320000/);
    expect(() =>
      parseNodeEnvironment({ ...province, SYNC_SOURCES: '320100', SYNC_CLIENT_SECRET: 's' }),
    ).toThrow(/SYNC_SOURCES: "320100" must be <division>=<GraphQL URL of that node>/);
    expect(() =>
      parseNodeEnvironment({ ...province, SYNC_SOURCES: '320100=http://127.0.0.1:4111/graphql' }),
    ).toThrow(/SYNC_CLIENT_SECRET: required when SYNC_SOURCES is set/);
  });

  it('takes the given values over the defaults, coercing PORT to a number', () => {
    const config = parseNodeEnvironment({
      ...good,
      HOST: '0.0.0.0',
      PORT: '4101',
      DATABASE_URL: 'postgresql://city:secret@db:5432/city_320100',
      KEYCLOAK_REALM: 'test',
      TIME_ZONE: 'Asia/Urumqi',
      LOG_LEVEL: 'debug',
    });
    expect(config).toMatchObject({
      HOST: '0.0.0.0',
      PORT: 4101,
      DATABASE_URL: 'postgresql://city:secret@db:5432/city_320100',
      KEYCLOAK_REALM: 'test',
      TIME_ZONE: 'Asia/Urumqi',
      LOG_LEVEL: 'debug',
    });
  });

  it('accepts a pglite: folder as DATABASE_URL', () => {
    expect(parseNodeEnvironment({ ...good, DATABASE_URL: 'pglite:.data/city' }).DATABASE_URL).toBe(
      'pglite:.data/city',
    );
  });

  it('accepts province and ministry nodes on their own codes', () => {
    expect(
      parseNodeEnvironment({ ...good, NODE_TIER: 'province', NODE_DIVISION: '320000' }),
    ).toMatchObject({
      NODE_TIER: 'province',
    });
    expect(
      parseNodeEnvironment({ ...good, NODE_TIER: 'ministry', NODE_DIVISION: '000000' }),
    ).toMatchObject({
      NODE_TIER: 'ministry',
    });
  });

  it('accepts a city node for a municipality (the province code is also the city)', () => {
    expect(
      parseNodeEnvironment({ ...good, NODE_TIER: 'city', NODE_DIVISION: '110000' }),
    ).toMatchObject({
      NODE_TIER: 'city',
      NODE_DIVISION: '110000',
    });
  });

  it.each([
    ['NODE_DIVISION', 'not six digits', { NODE_DIVISION: '3201' }],
    ['NODE_DIVISION', 'letters', { NODE_DIVISION: '32010a' }],
    ['NODE_DIVISION', 'not in the registry', { NODE_DIVISION: '999900' }],
    ['NODE_TIER', 'an unknown tier', { NODE_TIER: 'county' }],
    ['PORT', 'not a number', { PORT: 'http' }],
    ['PORT', 'out of range', { PORT: '70000' }],
    ['PORT', 'not an integer', { PORT: '4000.5' }],
    ['DATABASE_URL', 'a mysql URL', { DATABASE_URL: 'mysql://db/city' }],
    ['DATABASE_URL', 'a bare path', { DATABASE_URL: '/var/lib/city' }],
    ['KEYCLOAK_URL', 'missing', { KEYCLOAK_URL: undefined }],
    ['KEYCLOAK_URL', 'not a URL', { KEYCLOAK_URL: 'keycloak' }],
    ['TIME_ZONE', 'not an IANA zone', { TIME_ZONE: 'China/Beijing' }],
    ['LOG_LEVEL', 'an unknown level', { LOG_LEVEL: 'verbose' }],
  ])('refuses %s when %s, naming the variable', (variable, _why, override) => {
    const error = configError({ ...good, ...override });
    // Every problem is about this variable (a malformed code may also fail the registry check).
    expect(error.problems.length).toBeGreaterThan(0);
    for (const problem of error.problems) expect(problem).toMatch(new RegExp(`^${variable}: `));
    // The thrown message lists the problem too, since main prints only the message.
    expect(error.message).toContain(`${variable}: `);
  });

  it('lists every bad variable at once, not just the first', () => {
    const error = configError({ NODE_TIER: 'city', NODE_DIVISION: 'x', PORT: '-1' });
    const variables = new Set(error.problems.map((problem) => problem.split(':')[0]));
    expect([...variables].sort()).toEqual(['KEYCLOAK_URL', 'NODE_DIVISION', 'PORT']);
  });

  it.each([
    ['a city node on a province code', 'city', '320000'],
    ['a city node on a county code', 'city', '320106'],
    ['a city node on a municipal district', 'city', '110101'],
    ['a province node on a city code', 'province', '320100'],
    ['a province node on the national code', 'province', '000000'],
    ['a ministry node on a province code', 'ministry', '320000'],
  ])('refuses %s, naming NODE_DIVISION', (_label, tier, division) => {
    const error = configError({ ...good, NODE_TIER: tier, NODE_DIVISION: division });
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toMatch(/^NODE_DIVISION: /);
    expect(error.problems[0]).toContain(division);
  });

  it('explains the tier mismatch in words', () => {
    const error = configError({ ...good, NODE_TIER: 'city', NODE_DIVISION: '320000' });
    expect(error.problems).toEqual([
      'NODE_DIVISION: 320000 is a province code; a city node needs a city code',
    ]);
  });
});

describe('blank variables', () => {
  it('treats PORT= as unset and takes the default, instead of a random port', () => {
    const config = parseNodeEnvironment({
      NODE_TIER: 'city',
      NODE_DIVISION: '320100',
      KEYCLOAK_URL: 'http://127.0.0.1:8080',
      PORT: '',
    });
    expect(config.PORT).toBe(4000);
  });
});
