import { randomUUID } from 'node:crypto';
import { createTicket } from '@city-ops/core';
import { createTokenVerifier } from '@city-ops/kernel';
import type { Principal } from '@city-ops/kernel';
import type { RequestContext } from '@city-ops/core';
import type { BenchFederation } from './federation.js';
import { ticketInput } from './ticket-inputs.js';

/**
 * A hotline agent of `city`: the realm's own agent where it has one, otherwise agent.320100's
 * claims with the division replaced (the realm export only has users for a few cities).
 */
export function agentToken(federation: BenchFederation, city: string): string {
  return city === '320100' || city === '320200' || city === '330100' || city === '330200'
    ? federation.token(`agent.${city}`)
    : federation.token('agent.320100', {
        division: city,
        preferred_username: `bench-agent.${city}`,
      });
}

/** The principal the node itself would build from the token: verified by the real verifier. */
export async function verifiedPrincipal(
  federation: BenchFederation,
  token: string,
): Promise<Principal> {
  const verifier = createTokenVerifier({
    authServerUrl: federation.identity.url,
    realm: federation.identity.realm,
    clientId: 'city-ops-api',
  });
  return verifier.verifyAuthorization(`Bearer ${token}`);
}

/**
 * Logs `count` tickets at the city's node through the product's own createTicket (validation,
 * numbering, change log, audit), without HTTP: seeding is set-up, not what is measured.
 */
export async function seedTickets(
  federation: BenchFederation,
  city: string,
  count: number,
  concurrency = 8,
): Promise<void> {
  const node = federation.node(city);
  const principal = await verifiedPrincipal(federation, agentToken(federation, city));
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < count; index = next++) {
      const context: RequestContext = {
        node: node.runtime,
        principal,
        requestId: `bench-seed-${randomUUID()}`,
        clientAddress: '127.0.0.1',
        language: 'zh',
      };
      await createTicket(ticketInput(city, index), context);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
}

const CREATE_TICKET_FOR_SEEDING =
  'mutation($input: CreateTicketInput!) { createTicket(input: $input) { id } }';

/** Logs `count` tickets at a node running in its own process, through its GraphQL API. */
export async function seedTicketsOverHttp(
  graphqlUrl: string,
  token: string,
  city: string,
  count: number,
  concurrency = 8,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < count; index = next++) {
      const response = await fetch(graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({
          query: CREATE_TICKET_FOR_SEEDING,
          variables: { input: ticketInput(city, index) },
        }),
      });
      const answer = (await response.json()) as { errors?: { message: string }[] };
      if (answer.errors) {
        throw new Error(
          `seeding ${city} failed: ${answer.errors.map((e) => e.message).join('; ')}`,
        );
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
}
