import type { IResolvers } from '@graphql-tools/utils';
import type { GraphQLResolveInfo } from 'graphql';
import { workingCalendarOf } from '../calendar/working-calendar-cache.js';
import type { NodeRuntime, RequestContext } from '../node-context.js';
import { deadlineStateOf, dueSoonHorizon } from './deadline-status.js';
import type { DueSoonHorizon } from './deadline-status.js';
import type { RecordKind, RecordRow, RecordTable } from './record-kind.js';

/** The instant a request judges deadlines at, and each limit's due-soon horizon then. */
export interface DeadlineClock {
  now: Date;
  horizon: DueSoonHorizon;
}

/**
 * The clock of `kind` at this node now, by its calendar, working hours and deadline
 * rules. It may read the calendar: call it before the request's transaction opens
 * (PGlite has one connection).
 */
export async function deadlineClockOf<T extends RecordTable, Subject>(
  node: NodeRuntime,
  kind: RecordKind<T, Subject>,
  now: Date = new Date(),
): Promise<DeadlineClock> {
  const calendar = await workingCalendarOf(node);
  return {
    now,
    horizon: dueSoonHorizon(kind, node.deadlineRules, calendar, node.workingTime, now),
  };
}

/**
 * One clock per answer and kind, so a list's `deadlineStatus` filter and every record's
 * field in the same answer judge at the same instant. An answer is the request, or one
 * event of a subscription (`answer`: the event, its root value), which a stream sends
 * long after it opened and must judge when it is sent. Call it before the request's
 * transaction opens (see deadlineClockOf).
 */
const clocks = new WeakMap<object, Map<RecordTable, Promise<DeadlineClock>>>();

export function requestDeadlineClock<T extends RecordTable, Subject>(
  context: RequestContext,
  kind: RecordKind<T, Subject>,
  answer: object = context,
): Promise<DeadlineClock> {
  let byKind = clocks.get(answer);
  if (!byKind) {
    byKind = new Map();
    clocks.set(answer, byKind);
  }
  let clock = byKind.get(kind.table);
  if (!clock) {
    clock = deadlineClockOf(context.node, kind);
    byKind.set(kind.table, clock);
  }
  return clock;
}

/** `deadlineStatus` of every record type, answered by whichever node serves the record. */
export function deadlineStatusResolvers<T extends RecordTable, Subject>(
  kind: RecordKind<T, Subject>,
): IResolvers<unknown, RequestContext> {
  return {
    [kind.sdlType]: {
      deadlineStatus: async (
        view: { record: RecordRow<T> },
        _args: unknown,
        context: RequestContext,
        info: GraphQLResolveInfo,
      ) => {
        const event = info.operation.operation === 'subscription' ? info.rootValue : undefined;
        const answer = typeof event === 'object' && event !== null ? event : context;
        const { now, horizon } = await requestDeadlineClock(context, kind, answer);
        return deadlineStateOf(kind, view.record, now, horizon);
      },
    },
  };
}
