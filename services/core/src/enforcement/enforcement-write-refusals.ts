import type { IResolvers } from '@graphql-tools/utils';
import type { NodeRuntime, RequestContext } from '../node-context.js';
import { assertOwner } from '../ownership.js';
import { ownerDivisionOfId } from '@city-ops/kernel';

/**
 * The enforcement mutations acting on an existing record (`input.id`). The city
 * node resolves them; the gateway routes each to the record's owning city.
 */
export const ENFORCEMENT_WORKFLOW_MUTATIONS = [
  'startEnforcementInvestigation',
  'serveEnforcementNotice',
  'requestEnforcementHearing',
  'waiveEnforcementHearing',
  'holdEnforcementHearing',
  'submitEnforcementLegalReview',
  'approveEnforcementLegalReview',
  'rejectEnforcementLegalReview',
  'extendEnforcementDecisionDeadline',
  'decideEnforcementCase',
  'serveEnforcementDecision',
  'recordEnforcementPayment',
  'enforceEnforcementDecision',
  'closeEnforcementCase',
  'archiveEnforcementCase',
] as const;

export type EnforcementWorkflowMutation = (typeof ENFORCEMENT_WORKFLOW_MUTATIONS)[number];

function refuse(node: NodeRuntime, field: string, division: string): never {
  assertOwner(node, division, field);
  throw new Error(
    `${field} reached the ${node.tier} node ${node.division}, which owns it but has no enforcement resolvers`,
  );
}

/**
 * Only the owning city writes an enforcement record: any other node answers these
 * mutations with NOT_OWNER naming the owner (the city node's resolvers replace them).
 */
export const enforcementWriteRefusals: IResolvers<unknown, RequestContext>['Mutation'] = {
  fileEnforcementCase: (_root, { input }: { input: { division: string } }, { node }) =>
    refuse(node, 'input.division', input.division),
  ...Object.fromEntries(
    ENFORCEMENT_WORKFLOW_MUTATIONS.map((name) => [
      name,
      (_root: unknown, { input }: { input: { id: string } }, { node }: RequestContext) =>
        refuse(node, 'input.id', ownerDivisionOfId(input.id, 'input.id')),
    ]),
  ),
};
