import { recordModule } from '../record-module.js';
import { caseKind } from './case-kind.js';
import { caseQueryResolvers } from './case-resolvers.js';
import { caseMutationResolvers } from './case-workflow-resolvers.js';

/** City operations cases: read at every node, written at the owning city. */
export const caseModule = recordModule(caseKind, {
  reads: [caseQueryResolvers],
  writes: [caseMutationResolvers],
});
