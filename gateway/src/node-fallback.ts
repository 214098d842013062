import type { GraphQLError } from 'graphql';
import { divisionLabel, errorCodeOf, nodeUnavailable } from '@city-ops/kernel';
import type { Bilingual } from '@city-ops/kernel';
import type { GatewayContext } from './gateway-context.js';
import type { NodeRegistry, RegisteredNode } from './node-registry.js';
import { deriveUnavailable } from './node-unavailable-log.js';
import type { Route } from './route-rules.js';
import type { Fallback } from './route-table.js';

/** Whether a delegation's outcome is "the node did not answer" (and nothing else). */
export function isNodeUnavailable(answer: unknown): boolean {
  if (!(answer instanceof Error)) return false;
  const errors = answer instanceof AggregateError ? answer.errors : [answer];
  return errors.length > 0 && errors.every((error) => errorCodeOf(error) === 'NODE_UNAVAILABLE');
}

/** The partial error saying that `failed` did not answer and where the answer came from instead. */
const FALLBACK_NOTES: Record<
  Fallback,
  (registry: NodeRegistry, failed: RegisteredNode, answering: RegisteredNode) => Bilingual
> = {
  'province-replica': (_registry, failed, answering) => ({
    zh: `${divisionLabel(failed.division)} 未应答；以下是 ${divisionLabel(answering.division)} 保存的副本（见 replica.currentTo）。`,
    en: `${divisionLabel(failed.division)} did not answer; this is the replica held by ${divisionLabel(answering.division)} (see replica.currentTo).`,
  }),
  'wider-rollups': (registry, failed, answering) => ({
    zh: `${registry.label(failed)} 未应答；由 ${registry.label(answering)} 根据其保存的汇总数据作答（见 currentTo）。`,
    en: `${registry.label(failed)} did not answer; ${registry.label(answering)} answered from the rollups it holds (see currentTo).`,
  }),
  'held-records': (registry, failed, answering) => ({
    zh: `${registry.label(failed)} 未应答；由 ${registry.label(answering)} 根据其保存的记录作答（见 servedBy 和 currentTo）。`,
    en: `${registry.label(failed)} did not answer; ${registry.label(answering)} answered from the records it holds (see servedBy and currentTo).`,
  }),
};

/**
 * A root field asked of its route's node and, while a node does not answer, of the
 * route's next fallback; the answer is returned with one NODE_UNAVAILABLE partial error
 * per node that did not answer, saying where the answer came from instead. An error
 * answer — a node's own, or the last node not answering either — is thrown alone.
 */
export async function askWithFallbacks(
  route: Extract<Route, { to: 'node' }>,
  fallback: Fallback,
  registry: NodeRegistry,
  context: GatewayContext,
  ask: (node: RegisteredNode) => unknown,
): Promise<unknown> {
  const notes: GraphQLError[] = [];
  const candidates = [route.node, ...route.fallbacks];
  for (let index = 0; ; index += 1) {
    const node = candidates[index]!;
    const answer: unknown = await Promise.resolve()
      .then(() => ask(node))
      .catch((error: unknown) => error);
    const next = candidates[index + 1];
    if (next && isNodeUnavailable(answer)) {
      notes.push(
        deriveUnavailable(
          answer,
          nodeUnavailable(FALLBACK_NOTES[fallback](registry, node, next), node.division),
        ),
      );
      continue;
    }
    if (answer instanceof Error) throw answer;
    context.partialErrors.push(...notes);
    return answer;
  }
}
