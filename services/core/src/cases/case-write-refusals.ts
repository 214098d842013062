import type { IResolvers } from '@graphql-tools/utils';
import type { NodeRuntime, RequestContext } from '../node-context.js';
import { assertOwner } from '../ownership.js';
import { ownerDivisionOfId } from '@city-ops/kernel';

/** The case mutations acting on an existing case (`input.id`); the city node resolves them. */
export const CASE_WORKFLOW_MUTATIONS = [
  'fileCase',
  'voidCase',
  'dispatchCase',
  'startHandlingCase',
  'reportBackCase',
  'verifyCase',
  'requestCaseExtension',
  'approveCaseExtension',
  'rejectCaseExtension',
  'requestCaseReturn',
  'approveCaseReturn',
  'rejectCaseReturn',
  'parkCase',
  'resumeCase',
  'evaluateCase',
] as const;

function refuse(node: NodeRuntime, field: string, division: string): never {
  assertOwner(node, division, field);
  throw new Error(
    `${field} reached the ${node.tier} node ${node.division}, which owns it but has no case resolvers`,
  );
}

/**
 * Only the owning city writes a case: any other node answers the case mutations
 * with NOT_OWNER naming the owner (the city node's own resolvers replace these).
 */
export const caseWriteRefusals: IResolvers<unknown, RequestContext>['Mutation'] = {
  reportCase: (_root, { input }: { input: { division: string } }, { node }) =>
    refuse(node, 'input.division', input.division),
  convertTicketToCase: (_root, { input }: { input: { ticketId: string } }, { node }) =>
    refuse(node, 'input.ticketId', ownerDivisionOfId(input.ticketId, 'input.ticketId')),
  ...Object.fromEntries(
    CASE_WORKFLOW_MUTATIONS.map((name) => [
      name,
      (_root: unknown, { input }: { input: { id: string } }, { node }: RequestContext) =>
        refuse(node, 'input.id', ownerDivisionOfId(input.id, 'input.id')),
    ]),
  ),
};
