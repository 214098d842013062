import type { IResolvers } from '@graphql-tools/utils';
import { NATIONAL_CODE } from '@city-ops/schema';
import { authorize, divisionLabel, notOwner } from '@city-ops/kernel';
import type { Bilingual, Operation } from '@city-ops/kernel';
import { localDateOf } from '../calendar/local-time.js';
import type { RequestContext } from '../node-context.js';
import { parseReportMonth } from '../reports/report-month.js';
import { tierNodeZh } from './tier-label.js';

type Args = Record<string, unknown>;

/** A field that one tier serves, and how every other node refuses it. */
export interface TierDuty {
  operation: Operation;
  /** Where it is done, as the refusal says it. */
  doneAt: Bilingual;
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
      doneAt: {
        zh: '全国月报由部级节点根据其汇总数据计算',
        en: 'The monthly national report is computed at the ministry node from the rollups it holds',
      },
      owner: NATIONAL_CODE,
      check: (args, { node }) =>
        void parseReportMonth(String(args['month']), localDateOf(new Date(), node.timeZone)),
    },
  },
  Mutation: {
    issueSupervisionOrder: {
      operation: 'supervision.issue',
      doneAt: {
        zh: '督办单由省级节点下发',
        en: 'Supervision orders are issued at a province node',
      },
    },
    signSupervisionOrder: {
      operation: 'supervision.handle',
      doneAt: {
        zh: '督办单的签收在市级节点办理',
        en: 'The sign step of a supervision order is taken at the city node',
      },
    },
    assignSupervisionOrder: {
      operation: 'supervision.handle',
      doneAt: {
        zh: '督办单的交办在市级节点办理',
        en: 'The assign step of a supervision order is taken at the city node',
      },
    },
    replyToSupervisionOrder: {
      operation: 'supervision.handle',
      doneAt: {
        zh: '督办单的答复在市级节点办理',
        en: 'The reply step of a supervision order is taken at the city node',
      },
    },
    closeSupervisionOrder: {
      operation: 'supervision.review',
      doneAt: {
        zh: '督办单的办结在省级节点办理',
        en: 'The close step of a supervision order is taken at the province node',
      },
    },
    returnSupervisionOrder: {
      operation: 'supervision.review',
      doneAt: {
        zh: '督办单的退回在省级节点办理',
        en: 'The return step of a supervision order is taken at the province node',
      },
    },
    issueDirective: {
      operation: 'directive.issue',
      doneAt: { zh: '指令由部级节点下发', en: 'Directives are issued at the ministry node' },
    },
    acknowledgeDirective: {
      operation: 'directive.respond',
      doneAt: {
        zh: '指令由受文的省、市在各自的节点答复',
        en: 'Directives are answered by the provinces and cities they address, at their own node',
      },
    },
    reportOnDirective: {
      operation: 'directive.respond',
      doneAt: {
        zh: '指令由受文的省、市在各自的节点答复',
        en: 'Directives are answered by the provinces and cities they address, at their own node',
      },
    },
  },
};

/** Refuses `duty` here: the caller's operation first, then its input checks, then NOT_OWNER. */
export function refuseDuty(duty: TierDuty, args: Args, context: RequestContext): never {
  authorize(context.principal, duty.operation);
  duty.check?.(args, context);
  const { node } = context;
  throw notOwner(
    {
      zh: `${duty.doneAt.zh}；这里是${tierNodeZh(node.tier)} ${divisionLabel(node.division)}。`,
      en: `${duty.doneAt.en}; this is the ${node.tier} node ${divisionLabel(node.division)}.`,
    },
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
