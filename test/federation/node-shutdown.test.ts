import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pullChanges, serviceTokenSource } from '@city-ops/core';
import { startFederation } from '../support/federation.js';
import type { TestFederation } from '../support/federation.js';

/**
 * A node stopping while its province long-polls its change feed: the poll is answered
 * at once with the empty page it had read (not left to run into the closed database),
 * so the node stops without waiting out the poll or failing it.
 */
describe('a node stopping during a long poll of its feed', () => {
  let federation: TestFederation;

  beforeAll(async () => {
    federation = await startFederation({ provinces: ['320000'], cities: ['320100'] });
    // The province's own consumer is not running in test federations; nothing else polls.
  });

  afterAll(async () => {
    await federation?.close();
  });

  it('answers the poll with an empty page and stops cleanly', async () => {
    const token = await serviceTokenSource({
      keycloakUrl: federation.identity.url,
      realm: 'city-ops',
      clientId: 'node-320000',
      clientSecret: 'node-320000-secret',
    })();
    const url = federation.nodeUrl('320100');
    const { head } = await pullChanges({ url, token, after: '0', limit: 1, waitSeconds: 0 });
    // Nothing new after the head: the node waits up to 30 s for a write …
    const poll = pullChanges({ url, token, after: head, limit: 10, waitSeconds: 30 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    // … until it is told to stop, which answers the poll instead of the database failing it.
    const stopped = federation.stopNode('320100');
    const batch = await poll;
    expect(batch.changes).toEqual([]);
    expect(batch.head).toBe(head);
    await stopped;
  });
});
