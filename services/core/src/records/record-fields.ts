import type { IResolvers } from '@graphql-tools/utils';
import { workingCalendarOf } from '../calendar/working-calendar-cache.js';
import type { RequestContext } from '../node-context.js';
import { isAllowed } from '@city-ops/kernel';
import type { Principal } from '@city-ops/kernel';
import { ownsRecordsOf } from '../ownership.js';
import { allowedActions } from '../workflow/state-machine.js';
import type { RecordClock, RecordKind, RecordRow, RecordTable } from './record-kind.js';
import { recordHistory } from './record-history.js';
import { HISTORY_MACHINES, historyLabels } from '../labels/history-labels.js';
import { actionLabelFrom } from '../labels/machine-labels.js';

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

/** The actions the caller may take on a record this node owns; none on a replica. */
async function allowedActionsOnView<T extends RecordTable, Subject>(
  kind: RecordKind<T, Subject>,
  view: WithRecord<T>,
  context: RequestContext,
): Promise<string[]> {
  const { node } = context;
  if (!ownsRecordsOf(node, (view.record as { division: string }).division)) return [];
  const clock = {
    calendar: await workingCalendarOf(node),
    timeZone: node.timeZone,
    now: new Date(),
  };
  return allowedRecordActions(kind, view.record, context.principal, clock);
}

/**
 * The fields every kind answers alike at every node: `history` (its transitions, in
 * the caller's row scope, labelled in the request's language) and `allowedActions` (the machine's answer for the caller
 * on a record this node owns; nothing on a replica, which is never acted on), with
 * `allowedActionLabels` naming each as its machine row does.
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
      allowedActions: (view: WithRecord<T>, _args: unknown, context: RequestContext) =>
        allowedActionsOnView(kind, view, context),
      allowedActionLabels: async (view: WithRecord<T>, _args: unknown, context: RequestContext) => {
        const state = (view.record as { status: string }).status;
        return (await allowedActionsOnView(kind, view, context)).map((action) => ({
          action,
          label:
            actionLabelFrom(HISTORY_MACHINES[kind.table], action, state)?.[context.language] ??
            action,
        }));
      },
    },
  };
}
