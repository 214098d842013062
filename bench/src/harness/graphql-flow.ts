import { StepFailure } from './flow-load.js';
import type { RunStep } from './flow-load.js';
import type { GraphQLFlowLoadSpec } from './load-spec.js';

/** What a flow step hands the next: the record it acted on, at the version it is now. */
export interface FlowRecord {
  id: string;
  version: number;
}

interface Answer {
  data?: Record<string, { id?: unknown; version?: unknown; status?: unknown } | null> | null;
  errors?: { message?: string; extensions?: { code?: string } }[];
}

const REQUEST_TIMEOUT_MS = 10_000;

const describeErrors = (answer: Answer | undefined) =>
  (answer?.errors ?? [])
    .map((error) => `${error.extensions?.code ?? 'ERROR'} ${error.message ?? ''}`.trim())
    .join('; ');

function parse(text: string): Answer | undefined {
  try {
    return JSON.parse(text) as Answer;
  } catch {
    return undefined;
  }
}

/**
 * One step of a GraphQL flow over fetch (Node's undici, whose global agent keeps connections
 * alive, so each virtual user reuses its socket): sends the step's mutation as its actor, with
 * the previous answer's id and version added to the input, and checks the answer — HTTP 200,
 * no `errors`, an id and a version, the expected status — before the next step may use it.
 */
export function graphQLFlowStep(spec: GraphQLFlowLoadSpec): RunStep<FlowRecord> {
  const headers = Object.fromEntries(
    Object.entries(spec.tokens).map(([actor, token]) => [
      actor,
      {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        authorization: `Bearer ${token}`,
      },
    ]),
  );
  return async (index, previous) => {
    const step = spec.steps[index];
    if (!step) throw new Error(`the flow has no step ${index}`);
    const stepHeaders = headers[step.actor];
    if (!stepHeaders) throw new Error(`no token for actor ${step.actor} (step ${step.name})`);
    if (index > 0 && !previous) throw new Error(`step ${step.name} has no previous answer`);
    const input = previous
      ? { ...step.input, id: previous.id, version: previous.version }
      : step.input;
    let response: Response;
    let text: string;
    try {
      response = await fetch(spec.url, {
        method: 'POST',
        headers: stepHeaders,
        body: JSON.stringify({ query: step.query, variables: { input } }),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      text = await response.text();
    } catch (error) {
      const name = error instanceof Error ? error.name : '';
      throw name === 'TimeoutError'
        ? new StepFailure('timeout', `no answer within ${REQUEST_TIMEOUT_MS / 1000} s`)
        : new StepFailure('error', error instanceof Error ? error.message : String(error));
    }
    const answer = parse(text);
    if (response.status < 200 || response.status > 299) {
      throw new StepFailure(
        'non2xx',
        `HTTP ${response.status} ${describeErrors(answer) || text.slice(0, 200)}`,
      );
    }
    if (!answer) throw new StepFailure('failed', `not JSON: ${text.slice(0, 200)}`);
    if (answer.errors?.length) throw new StepFailure('failed', describeErrors(answer));
    const record = answer.data?.[step.field];
    if (typeof record?.id !== 'string' || typeof record.version !== 'number') {
      throw new StepFailure('failed', `${step.field} answered no id and version`);
    }
    if (step.expectStatus !== undefined && record.status !== step.expectStatus) {
      throw new StepFailure(
        'failed',
        `${step.field} left the record ${String(record.status)}, not ${step.expectStatus}`,
      );
    }
    return { id: record.id, version: record.version };
  };
}
