import type { IResolvers } from '@graphql-tools/utils';
import { workingCalendarOf } from '../calendar/working-calendar-cache.js';
import type { RequestContext } from '../node-context.js';
import { isAllowed } from '@city-ops/kernel';
import type { Principal } from '@city-ops/kernel';
import { ownsRecordsOf } from '../ownership.js';
import { allowedActions } from '../workflow/state-machine.js';
import type { RecordClock, RecordKind, RecordRow, RecordTable } from './record-kind.js';
import { recordHistory } from './record-history.js';
import { historyLabels } from '../labels/history-labels.js';

/** A kind's view carries its stored row for the fields below (never a schema field). */
interface WithRecord<T extends RecordTable> {
  id: string;
  record: RecordRow<T>;
}

/**
 * The actions `principal` may take on `row` now: what actOnRecord asks, in its order — the
 * action's operation (the kind's `actionOperation`), then the machine (`checkAction`).
 */
export function allowedRecordActions<T extends RecordTable, Subject>(
  kind: RecordKind<T, Subject>,
  row: RecordRow<T>,
  principal: Principal,
  clock: RecordClock,
): string[] {
  return allowedActions(kind.machine, {
    record: kind.subjectOf(row, clock),
    principal,
    now: clock.now,
  }).filter((action) => isAllowed(principal, kind.actionOperation(action)));
}

/**
 * The fields every kind answers alike at every node: `history` (its transitions, in
 * the caller's row scope, labelled in the request's language) and `allowedActions` (the machine's answer for the caller
 * on a record this node owns; nothing on a replica, which is never acted on).
 */
export function recordFieldResolvers<T extends RecordTable, Subject>(
  kind: RecordKind<T, Subject>,
): IResolvers<unknown, RequestContext> {
  return {
    [kind.sdlType]: {
      history: async (view: WithRecord<T>, _args: unknown, context: RequestContext) =>
        ((await recordHistory(context, { table: kind.table, id: view.id })) ?? []).map((entry) => ({
          ...entry,
          ...historyLabels(kind.table, entry, context.language),
        })),
      allowedActions: async (view: WithRecord<T>, _args: unknown, context: RequestContext) => {
        const { node } = context;
        if (!ownsRecordsOf(node, (view.record as { division: string }).division)) return [];
        const clock = {
          calendar: await workingCalendarOf(node),
          timeZone: node.timeZone,
          now: new Date(),
        };
        return allowedRecordActions(kind, view.record, context.principal, clock);
      },
    },
  };
}
