import { newRecordId } from '@city-ops/kernel';
import type { Insertable, Selectable, Transaction } from 'kysely';
import { appendChange, rowChange } from '../change-log/append-change.js';
import type { Database } from '../database/tables.js';
import type { RequestContext } from '../node-context.js';
import { rowPayload } from './supervision-view.js';

/** The tables of the steps taken on a directive or a supervision order. */
type StepTable = 'directive_step' | 'supervision_step';

const idPrefixes: Record<StepTable, string> = { directive_step: 'DS', supervision_step: 'SS' };

/**
 * Stores a step taken here by the caller, with the change-log entry that carries it
 * to the other tier, and returns it as stored. A step is only ever added, never
 * changed, so writing it and announcing it are one act.
 */
export async function insertStep<T extends StepTable>(
  trx: Transaction<Database>,
  context: RequestContext,
  table: T,
  row: Omit<Insertable<Database[T]>, 'id' | 'actor'>,
): Promise<Selectable<Database[T]>> {
  // kysely cannot narrow a generic table name: the row is the table's own.
  const step = (await trx
    .insertInto(table as StepTable)
    .values({
      ...row,
      id: newRecordId(context.node.division, idPrefixes[table]),
      actor: context.principal.username,
    } as never)
    .returningAll()
    .executeTakeFirstOrThrow()) as Selectable<Database[StepTable]>;
  await appendChange(trx, rowChange(table, step, rowPayload(step)));
  return step as Selectable<Database[T]>;
}
