import { performance } from 'node:perf_hooks';
import { openSubscription } from '@city-ops/test';
import { withEnvironment } from '../harness/environment.js';
import type { BenchOptions } from '../harness/options.js';
import { difference, ratio, summarizeLatencies } from '../harness/result.js';
import type { ScenarioResult, VariantResult } from '../harness/result.js';

const CITY = '320100';
const UNIT = '320100-cg';
/** Dispatches measured, after WARMUP unmeasured ones. */
const DISPATCHES = 50;
const WARMUP = 5;
/** How often the comparison asks the node for its inbox (a desk client refreshing its list). */
const POLL_INTERVAL_MS = 1_000;

const INBOX_EVENTS = /* GraphQL */ `
  subscription {
    inboxChanged {
      position
      ticket {
        id
      }
    }
  }
`;
const INBOX_LIST = /* GraphQL */ `
  {
    ticketInbox(first: 100) {
      nodes {
        id
      }
    }
  }
`;

interface Answer<T> {
  data?: T | null;
  errors?: { message: string }[];
}

async function post<T>(url: string, token: string, query: string, variables = {}): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const answer = (await response.json()) as Answer<T>;
  if (answer.errors?.length || !answer.data) {
    throw new Error(`live-updates: ${JSON.stringify(answer.errors)}`);
  }
  return answer.data;
}

/** When each ticket id was first seen (performance.now()), and a wait for one of them. */
class Sightings {
  private readonly seen = new Map<string, number>();
  private readonly waiting = new Map<string, (at: number) => void>();

  note(id: string, at = performance.now()): void {
    if (this.seen.has(id)) return;
    this.seen.set(id, at);
    this.waiting.get(id)?.(at);
  }

  when(id: string): Promise<number> {
    const at = this.seen.get(id);
    if (at !== undefined) return Promise.resolve(at);
    return new Promise((resolve) => this.waiting.set(id, resolve));
  }
}

function variant(
  id: string,
  label: string,
  path: string,
  latencies: readonly number[],
  seconds: number,
): VariantResult {
  return {
    id,
    label,
    path,
    connections: 1,
    requests: latencies.length,
    seconds,
    throughput: latencies.length / seconds,
    latencyMs: summarizeLatencies(latencies),
    errors: 0,
    timeouts: 0,
    non2xx: 0,
    graphqlErrors: 0,
  };
}

/**
 * How long after a dispatch its unit hears of it: the dispatch mutation is sent through the
 * gateway, and the time until the ticket arrives is taken on an `inboxChanged` stream
 * (SSE through the gateway) and, as the comparison, by a client polling `ticketInbox` at the
 * city node every POLL_INTERVAL_MS. One dispatch at a time; both listen to every dispatch.
 */
export async function runLiveUpdates(options: BenchOptions): Promise<ScenarioResult> {
  return withEnvironment(
    [{ tier: 'city', division: CITY }],
    async ({ federation, postgres, machine }) => {
      const gateway = await federation.startGateway([CITY]);
      const agent = federation.token(`agent.${CITY}`);
      const dispatcher = federation.token(`dispatcher.${CITY}`);
      const unit = federation.token(`unit-cg.${CITY}`);
      const total = WARMUP + DISPATCHES;
      options.log(`live-updates: logging ${total} tickets into ${CITY} …`);
      const tickets: { id: string; version: number }[] = [];
      for (let index = 0; index < total; index += 1) {
        const created = await post<{ createTicket: { id: string; version: number } }>(
          gateway.graphqlUrl,
          agent,
          `mutation ($input: CreateTicketInput!) { createTicket(input: $input) { id version } }`,
          {
            input: {
              division: '320106',
              channel: 'PHONE',
              intakeClass: 'COMPLAINT',
              categoryCode: '010101',
              title: `人行道占道经营 ${index}`,
              content: '早晚高峰流动摊贩占用人行道。',
              caller: { name: '张三', phone: '13812345678' },
            },
          },
        );
        tickets.push(created.createTicket);
      }

      const streamed = new Sightings();
      const polled = new Sightings();
      const stream = await openSubscription<{ inboxChanged: { ticket: { id: string } } }>(
        gateway.graphqlUrl,
        unit,
        INBOX_EVENTS,
      );
      const reading = (async () => {
        for (;;) {
          const event = await stream.next().catch(() => undefined);
          if (!event?.data) return;
          streamed.note(event.data.inboxChanged.ticket.id);
        }
      })();
      let polling = true;
      const poller = (async () => {
        while (polling) {
          const inbox = await post<{ ticketInbox: { nodes: { id: string }[] } }>(
            federation.node(CITY).graphqlUrl,
            unit,
            INBOX_LIST,
          );
          const at = performance.now();
          for (const { id } of inbox.ticketInbox.nodes) polled.note(id, at);
          await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
        }
      })();

      const viaStream: number[] = [];
      const viaPolling: number[] = [];
      const started = performance.now();
      const roundTrips: number[] = [];
      for (const [index, ticket] of tickets.entries()) {
        // At a random point of the poll cycle, as a dispatch comes whenever it comes.
        await new Promise((resolve) => setTimeout(resolve, Math.random() * POLL_INTERVAL_MS));
        const sent = performance.now();
        await post(
          gateway.graphqlUrl,
          dispatcher,
          `mutation ($input: DispatchTicketInput!) { dispatchTicket(input: $input) { id } }`,
          { input: { id: ticket.id, version: ticket.version, leadUnit: UNIT } },
        );
        const answered = performance.now();
        const [byStream, byPolling] = await Promise.all([
          streamed.when(ticket.id),
          polled.when(ticket.id),
        ]);
        if (index < WARMUP) continue;
        roundTrips.push(answered - sent);
        viaStream.push(byStream - sent);
        viaPolling.push(byPolling - sent);
      }
      const seconds = (performance.now() - started) / 1000;
      polling = false;
      await poller;
      await stream.close();
      await reading;

      const variants = [
        variant(
          'sse@1',
          '`inboxChanged` over SSE through the gateway',
          `dispatch → gateway → city ${CITY} → change log → gateway → SSE client`,
          viaStream,
          seconds,
        ),
        variant(
          `poll-${POLL_INTERVAL_MS}ms@1`,
          `\`ticketInbox\` polled at the node every ${POLL_INTERVAL_MS / 1000} s`,
          `dispatch → gateway → city ${CITY}; client → city ${CITY} (poll)`,
          viaPolling,
          seconds,
        ),
        variant(
          'mutation@1',
          'the dispatch mutation alone (its answer), for reference',
          `client → gateway → city ${CITY}`,
          roundTrips,
          seconds,
        ),
      ];
      const [sse, poll] = variants as [VariantResult, VariantResult];
      const pair = { subject: sse.id, reference: poll.id };
      return {
        scenario: 'live-updates',
        description: `How long after a dispatch mutation (sent through the gateway) the unit ${UNIT} has the ticket: on an \`inboxChanged\` SSE stream through the gateway vs by polling \`ticketInbox\` straight at the city node every ${POLL_INTERVAL_MS / 1000} s. ${DISPATCHES} dispatches one at a time after ${WARMUP} unmeasured ones; each dispatch is sent at a random point of the poll cycle, and latency is from sending the mutation to the ticket arriving (the mutation's own round trip included: its answer alone is the third row).`,
        date: new Date().toISOString(),
        command: options.command,
        machine,
        postgres: postgres.info,
        load: {
          tool: 'sequential dispatches from the harness process, one SSE client and one poller',
          warmupSeconds: 0,
          durationSeconds: Math.round(seconds),
          connections: [1],
        },
        setup: {
          city: CITY,
          unit: UNIT,
          dispatches: DISPATCHES,
          warmupDispatches: WARMUP,
          pollIntervalMs: POLL_INTERVAL_MS,
          subscription: INBOX_EVENTS,
          poll: INBOX_LIST,
        },
        variants,
        comparisons: [
          {
            name: 'p50 difference SSE − polling',
            unit: 'ms',
            value: difference(sse.latencyMs.p50, poll.latencyMs.p50),
            ...pair,
          },
          {
            name: 'p95 difference SSE − polling',
            unit: 'ms',
            value: difference(sse.latencyMs.p95, poll.latencyMs.p95),
            ...pair,
          },
          {
            name: 'p50 ratio SSE / polling',
            unit: 'ratio',
            value: ratio(sse.latencyMs.p50, poll.latencyMs.p50),
            ...pair,
          },
        ],
        targets: [],
        missing: [],
        notes: [
          'req/s is dispatches per second of the whole run (each waits for both listeners), not a load level.',
          `Polling's latency is bounded by its interval: on average half of it plus one inbox read; a shorter interval costs one inbox query per client per interval whether anything changed or not.`,
          'The stream is woken by the city node’s own commit signal, seals the change log and reads the new positions; identity issuer, city node, gateway and both clients share one Node.js process, PostgreSQL is a separate process on the same 2 cores.',
        ],
      };
    },
  );
}
