import { createSchema, createYoga } from 'graphql-yoga';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphiqlOfflineProblems } from '@city-ops/test';
import { createLogger } from '../logger.js';
import { graphqlServerOptions } from './graphql-server-options.js';
import { listen } from './listen.js';
import type { ListeningServer } from './listen.js';

// A server built as every node builds its own (start-node-server.ts), over real HTTP: the
// page a browser on the intranet opens must need nothing but this server.
describe("a node's GraphiQL", () => {
  let server: ListeningServer;

  beforeAll(async () => {
    const yoga = createYoga({
      ...graphqlServerOptions({
        logger: createLogger('test', 'silent'),
        isReady: async () => {},
        queryLimits: {
          maxDepth: 5,
          maxAliases: 5,
          maxTokens: 500,
          maxDirectives: 5,
          maxCost: 1_000,
        },
      }),
      schema: createSchema({ typeDefs: 'type Query { ok: Boolean }' }),
    });
    server = await listen(yoga, '127.0.0.1', 0);
  });

  afterAll(async () => {
    await server?.close();
  });

  it('loads all its code and styles from the server itself, no CDN', async () => {
    expect(await graphiqlOfflineProblems(`${server.url}/graphql`)).toEqual([]);
  });

  it('is titled for the federation and shows where the token goes', async () => {
    const page = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    const html = await page.text();
    expect(html).toMatch(/<title>一网统管 GraphQL<\/title>/);
    expect(html).toContain('Bearer');
  });

  it('still answers a GraphQL request at the same path', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });
});
