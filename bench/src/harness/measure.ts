import { runLoad } from './load.js';
import type { BenchOptions } from './options.js';
import type { VariantResult } from './result.js';

export interface GraphQLVariant {
  id: string;
  label: string;
  path: string;
  url: string;
  token: string;
  query: string;
  variables?: Record<string, unknown>;
  connections: number;
  /** Checks one answer before loading: a path that answers errors must not produce numbers. */
  check?: (data: Record<string, unknown>) => string | undefined;
}

interface GraphQLAnswer {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function probe(variant: GraphQLVariant, body: string): Promise<void> {
  const response = await fetch(variant.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${variant.token}`,
    },
    body,
  });
  const answer = (await response.json()) as GraphQLAnswer;
  const problem =
    response.status !== 200
      ? `HTTP ${response.status}`
      : answer.errors?.length
        ? answer.errors
            .map((error) => `${error.extensions?.code ?? ''} ${error.message}`)
            .join('; ')
        : !answer.data
          ? 'no data'
          : variant.check?.(answer.data);
  if (problem) {
    throw new Error(
      `${variant.label} (${variant.url}) answered wrongly before load: ${problem}\n${JSON.stringify(answer).slice(0, 2000)}`,
    );
  }
}

/** One variant: a checked probe, then warm-up and measured load from a separate process. */
export async function measureGraphQL(
  variant: GraphQLVariant,
  options: BenchOptions,
): Promise<VariantResult> {
  const body = JSON.stringify({ query: variant.query, variables: variant.variables ?? {} });
  await probe(variant, body);
  options.log(
    `  ${variant.label} @ ${variant.connections} connection(s): ${options.warmupSeconds} s warm-up + ${options.durationSeconds} s …`,
  );
  const result = await runLoad(
    {
      kind: 'http',
      url: variant.url,
      body,
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        authorization: `Bearer ${variant.token}`,
      },
      connections: variant.connections,
      warmupSeconds: options.warmupSeconds,
      durationSeconds: options.durationSeconds,
    },
    `${variant.id} ${variant.label}`,
    options.quietWaitSeconds,
  );
  logResult(options, variant.label, result);
  return {
    id: variant.id,
    label: variant.label,
    path: variant.path,
    connections: variant.connections,
    ...result,
  };
}

export function logResult(
  options: BenchOptions,
  label: string,
  result: Omit<VariantResult, 'id' | 'label' | 'path' | 'connections'>,
): void {
  const failures = result.errors + result.non2xx + result.graphqlErrors;
  options.log(
    `    ${label}: ${result.throughput} req/s, p50 ${result.latencyMs.p50} ms, p95 ${result.latencyMs.p95} ms, p99 ${result.latencyMs.p99} ms${failures ? `, ${failures} failures` : ''}${result.cpu ? `; CPU ours ${result.cpu.ownPercent}%, others ${result.cpu.otherPercent}% of the machine` : ''}`,
  );
}

/** A variant by id; a scenario asking for one it did not run is a bug in the scenario. */
export function variantOf(variants: readonly VariantResult[], id: string): VariantResult {
  const variant = variants.find((candidate) => candidate.id === id);
  if (!variant) throw new Error(`no variant ${id} was measured`);
  return variant;
}
