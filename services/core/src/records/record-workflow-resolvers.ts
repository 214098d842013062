import type { IResolvers } from '@graphql-tools/utils';
import type { RequestContext } from '../node-context.js';
import { actOnRecord } from './act-on-record.js';
import type { ActionInput, RecordAction } from './act-on-record.js';
import type { RecordKind, RecordRow, RecordTable } from './record-kind.js';

/** The actions of one kind's workflow, each under the name of its mutation. */
export type RecordActions<T extends RecordTable, Subject> = Readonly<
  // Each action checks its own input shape; the table only needs them to share a kind.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  Record<string, RecordAction<T, Subject, any, any>>
>;

/** A kind's workflow mutations, each acting through `actOnRecord`, answered as the kind's view. */
export function recordWorkflowResolvers<T extends RecordTable, Subject, View>(
  kind: RecordKind<T, Subject>,
  actions: RecordActions<T, Subject>,
  view: (row: RecordRow<T>, context: RequestContext) => View | Promise<View>,
): IResolvers<unknown, RequestContext> {
  return {
    Mutation: Object.fromEntries(
      Object.entries(actions).map(([name, definition]) => [
        name,
        async (_root: unknown, { input }: { input: ActionInput }, context: RequestContext) =>
          view(await actOnRecord(kind, context, definition, input), context),
      ]),
    ),
  };
}
