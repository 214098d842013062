import type { IResolvers } from '@graphql-tools/utils';
import { NATIONAL_CODE } from '@city-ops/schema';
import { authorize, divisionLabel, notOwner } from '@city-ops/kernel';
import type { Operation } from '@city-ops/kernel';
import { localDateOf } from '../calendar/local-time.js';
import type { RequestContext } from '../node-context.js';
import { parseReportMonth } from '../reports/report-month.js';

type Args = Record<string, unknown>;

/** A field that one tier serves, and how every other node refuses it. */
export interface TierDuty {
  operation: Operation;
  /** Where it is done, as the refusal says it. */
  doneAt: string;
  /** The node that does it, when the request alone tells (`extensions.owner`). */
  owner?: string;
  /** Input checks that come before the refusal, so every node refuses a request alike. */
  check?: (args: Args, context: RequestContext) => void;
}

/**
 * What only some tiers do. A node whose tier does not serve one of these answers it
 * with NOT_OWNER saying where it is done (after the caller's operation, so a user
 * who may never do it hears FORBIDDEN everywhere); the tier that does it registers
 * its resolver over the refusal.
 */
export const TIER_DUTIES: Readonly<
  Record<'Query' | 'Mutation', Readonly<Record<string, TierDuty>>>
> = {
  Query: {
    monthlyReport: {
      operation: 'report.read',
      doneAt:
        'The monthly national report is computed at the ministry node from the rollups it holds',
      owner: NATIONAL_CODE,
      check: (args, { node }) =>
        void parseReportMonth(String(args['month']), localDateOf(new Date(), node.timeZone)),
    },
  },
  Mutation: {
    issueSupervisionOrder: {
      operation: 'supervision.issue',
      doneAt: 'Supervision orders are issued at a province node',
    },
    signSupervisionOrder: {
      operation: 'supervision.handle',
      doneAt: 'The sign step of a supervision order is taken at the city node',
    },
    assignSupervisionOrder: {
      operation: 'supervision.handle',
      doneAt: 'The assign step of a supervision order is taken at the city node',
    },
    replyToSupervisionOrder: {
      operation: 'supervision.handle',
      doneAt: 'The reply step of a supervision order is taken at the city node',
    },
    closeSupervisionOrder: {
      operation: 'supervision.review',
      doneAt: 'The close step of a supervision order is taken at the province node',
    },
    returnSupervisionOrder: {
      operation: 'supervision.review',
      doneAt: 'The return step of a supervision order is taken at the province node',
    },
    issueDirective: {
      operation: 'directive.issue',
      doneAt: 'Directives are issued at the ministry node',
    },
    acknowledgeDirective: {
      operation: 'directive.respond',
      doneAt: 'Directives are answered by the provinces and cities they address, at their own node',
    },
    reportOnDirective: {
      operation: 'directive.respond',
      doneAt: 'Directives are answered by the provinces and cities they address, at their own node',
    },
  },
};

/** Refuses `duty` here: the caller's operation first, then its input checks, then NOT_OWNER. */
export function refuseDuty(duty: TierDuty, args: Args, context: RequestContext): never {
  authorize(context.principal, duty.operation);
  duty.check?.(args, context);
  const { node } = context;
  throw notOwner(
    `${duty.doneAt}; this is the ${node.tier} node ${divisionLabel(node.division)}.`,
    duty.owner,
  );
}

/** The refusal of every duty, for the fields a tier's own resolvers then replace. */
export function tierDutyRefusals(): IResolvers<unknown, RequestContext> {
  const refusals = (duties: Readonly<Record<string, TierDuty>>) =>
    Object.fromEntries(
      Object.entries(duties).map(([field, duty]) => [
        field,
        (_root: unknown, args: Args, context: RequestContext) => refuseDuty(duty, args, context),
      ]),
    );
  return { Query: refusals(TIER_DUTIES.Query), Mutation: refusals(TIER_DUTIES.Mutation) };
}
