import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StepFailure, runFlowLoad } from './flow-load.js';
import { graphQLFlowStep } from './graphql-flow.js';
import type { FlowRecord } from './graphql-flow.js';
import type { GraphQLFlowLoadSpec } from './load-spec.js';

describe('runFlowLoad', () => {
  it('runs each iteration’s steps in order, counts what finishes in the window and abandons on failure', async () => {
    let announced = 0;
    const result = await runFlowLoad<string>(
      {
        steps: ['a', 'b', 'c'],
        connections: 3,
        warmupSeconds: 0.1,
        durationSeconds: 0.4,
        onMeasure: () => (announced += 1),
      },
      async (step, carried, iteration) => {
        await sleep(2);
        // Each step must see what the previous step of the same iteration returned.
        const expected = step === 0 ? undefined : `${iteration}:${step - 1}`;
        if (carried !== expected) throw new Error(`step ${step} got ${carried}`);
        if (step === 1 && iteration % 4 === 0) throw new StepFailure('non2xx', 'HTTP 503');
        return `${iteration}:${step}`;
      },
    );

    expect(announced).toBe(1);
    const flow = result.flow;
    if (!flow) throw new Error('no flow result');
    expect(flow.steps.map((step) => step.name)).toEqual(['a', 'b', 'c']);
    expect(flow.iterations).toBeGreaterThan(5);
    expect(flow.iterationsPerSecond).toBeCloseTo(flow.iterations / 0.4, 0);
    // Only step b fails, as HTTP failures, and the iteration stops there.
    expect(result.graphqlErrors).toBe(0);
    expect(result.non2xx).toBeGreaterThan(0);
    expect(flow.steps[1]?.failures).toBe(result.non2xx);
    expect(flow.steps[0]?.failures).toBe(0);
    expect(flow.failureSamples).toEqual(['b: HTTP 503']);
    expect(flow.steps[0]?.requests).toBeGreaterThan(flow.steps[2]?.requests ?? 0);
    // An iteration counts when its last step does (the two are timed a moment apart).
    expect(Math.abs((flow.steps[2]?.requests ?? 0) - flow.iterations)).toBeLessThanOrEqual(3);
    expect(result.requests).toBe(flow.steps.reduce((sum, step) => sum + step.requests, 0));
    expect(flow.iterationMs.p50).toBeGreaterThanOrEqual(6);
    expect(flow.iterationMs.p50).toBeLessThanOrEqual(flow.iterationMs.p95);
  });
});

describe('graphQLFlowStep', () => {
  const requests: { authorization?: string; body: { variables: { input: unknown } } }[] = [];
  let respond: (body: { query: string; variables: { input: Record<string, unknown> } }) => {
    status: number;
    answer: unknown;
  };
  const server = createServer((request, response) => {
    let text = '';
    request.on('data', (chunk: Buffer) => (text += chunk.toString()));
    request.on('end', () => {
      const body = JSON.parse(text) as {
        query: string;
        variables: { input: Record<string, unknown> };
      };
      requests.push({ authorization: request.headers.authorization, body });
      const { status, answer } = respond(body);
      response
        .writeHead(status, { 'content-type': 'application/json' })
        .end(JSON.stringify(answer));
    });
  });
  let spec: GraphQLFlowLoadSpec;

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    spec = {
      kind: 'graphql-flow',
      url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
      tokens: { agent: 'agent-token', unit: 'unit-token' },
      steps: [
        {
          name: 'create',
          field: 'createThing',
          query: 'mutation create',
          actor: 'agent',
          input: { title: 't' },
          expectStatus: 'NEW',
        },
        {
          name: 'sign',
          field: 'signThing',
          query: 'mutation sign',
          actor: 'unit',
          input: { comment: 'ok' },
          expectStatus: 'SIGNED',
        },
      ],
      connections: 1,
      warmupSeconds: 0,
      durationSeconds: 1,
    };
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it('sends each step as its actor with the previous answer’s id and version', async () => {
    respond = ({ query, variables }) =>
      query === 'mutation create'
        ? {
            status: 200,
            answer: { data: { createThing: { id: 'x-1', version: 1, status: 'NEW' } } },
          }
        : {
            status: 200,
            answer: {
              data: {
                signThing: {
                  id: variables.input['id'],
                  version: Number(variables.input['version']) + 1,
                  status: 'SIGNED',
                },
              },
            },
          };
    const run = graphQLFlowStep(spec);
    const created = await run(0, undefined, 0);
    expect(created).toEqual({ id: 'x-1', version: 1 });
    expect(await run(1, created, 0)).toEqual({ id: 'x-1', version: 2 });
    expect(requests.map((entry) => entry.authorization)).toEqual([
      'Bearer agent-token',
      'Bearer unit-token',
    ]);
    expect(requests[1]?.body.variables.input).toEqual({ comment: 'ok', id: 'x-1', version: 1 });
  });

  it('fails a step on GraphQL errors, a non-2xx answer or the wrong status, saying which', async () => {
    const run = graphQLFlowStep(spec);
    const previous: FlowRecord = { id: 'x-1', version: 1 };
    const failure = async () => {
      try {
        await run(1, previous, 0);
      } catch (error) {
        return error instanceof StepFailure ? `${error.kind}: ${error.message}` : String(error);
      }
      return 'no failure';
    };
    respond = () => ({
      status: 200,
      answer: { data: null, errors: [{ message: 'Version 0', extensions: { code: 'CONFLICT' } }] },
    });
    expect(await failure()).toBe('failed: CONFLICT Version 0');
    respond = () => ({
      status: 403,
      answer: { errors: [{ message: 'no', extensions: { code: 'FORBIDDEN' } }] },
    });
    expect(await failure()).toBe('non2xx: HTTP 403 FORBIDDEN no');
    respond = () => ({
      status: 200,
      answer: { data: { signThing: { id: 'x-1', version: 2, status: 'NEW' } } },
    });
    expect(await failure()).toBe('failed: signThing left the record NEW, not SIGNED');
  });
});
