import { sql } from 'kysely';
import type { Transaction } from 'kysely';
import type { Database } from '../database/tables.js';
import type { NodeRuntime } from '../node-context.js';
import { RECORD_TABLES } from '../records/record-kind.js';
import type { SourceRelation } from './batch-applier.js';

/** Rows whose `division` lies inside `source`'s (what a tier forgets of a source besides replicas, too). */
export const insideDivision = (source: string) =>
  sql<boolean>`starts_with(division, division_prefix(${source}))`;
const idInside = (source: string) =>
  sql<boolean>`starts_with(entity_id, division_prefix(${source}))`;

/**
 * Forgets everything this node took from `source`, so the replicas can be rebuilt
 * from position 0 (the source was rebuilt, rewound, or its feed showed a hole).
 * Only replicas are removed: what this node owns stays.
 */
export async function forgetSource(
  trx: Transaction<Database>,
  node: NodeRuntime,
  source: string,
  relation: SourceRelation,
): Promise<void> {
  if (relation === 'child') {
    for (const table of RECORD_TABLES) {
      await sql`DELETE FROM ${sql.table(table)} WHERE ${insideDivision(source)}`.execute(trx);
    }
    await sql`DELETE FROM record_history WHERE origin_id IS NOT NULL AND ${insideDivision(source)}`.execute(
      trx,
    );
    // Steps the source's side took (a city's sign/assign/reply; its cities' acknowledgements).
    await sql`DELETE FROM supervision_step WHERE ${insideDivision(source)} AND starts_with(actor_division, division_prefix(${source}))`.execute(
      trx,
    );
    await sql`DELETE FROM directive_step WHERE ${insideDivision(source)}`.execute(trx);
    await sql`DELETE FROM sync_tombstone WHERE ${idInside(source)}`.execute(trx);
    await sql`DELETE FROM flag_publication WHERE ${idInside(source)}`.execute(trx);
  } else {
    await sql`DELETE FROM directive WHERE issuer_division <> ${node.division}`.execute(trx);
  }
  await node.spoke.sync?.forgetSource?.(trx, node, source, relation);
}
