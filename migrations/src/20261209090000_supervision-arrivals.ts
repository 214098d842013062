import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { inDivisionRange } from './division-scope.js';

/**
 * Where a city notes each supervision order as it arrives for someone there, in the order the
 * arrivals committed: the province's orders and its returns (退回) as the sync applier stores
 * them, and the city's own assignments (交办) to a unit. The `supervisionOrderArrived`
 * subscription reads it by `position` and resumes after one.
 *
 * Not the change log: an entry there flows up the city's whole feed (a hole in it is a
 * corruption to the province), and received orders must not go back up. `position` is
 * commit-ordered because every writer takes one transaction-scoped advisory lock before
 * it inserts (services/core/src/supervision/supervision-arrivals.ts): the next writer only
 * draws its position once the one before has committed. `source_id` (the order for an
 * issue, the step otherwise) keeps an arrival noted once, whatever is applied again.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE supervision_arrival (
      position      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      kind          text NOT NULL CHECK (kind IN ('issued', 'returned', 'assigned')),
      source_id     text COLLATE "C" NOT NULL,
      order_id      text COLLATE "C" NOT NULL,
      division      text COLLATE "C" NOT NULL,
      handling_unit text COLLATE "C",
      arrived_at    timestamptz(3) NOT NULL DEFAULT now(),
      UNIQUE (kind, source_id)
    )`.execute(db);
  await sql`ALTER TABLE supervision_arrival ENABLE ROW LEVEL SECURITY`.execute(db);
  await sql`CREATE POLICY scoped ON supervision_arrival USING (${inDivisionRange}) WITH CHECK (${inDivisionRange})`.execute(
    db,
  );
  // A dispatcher's 交办 notes its arrival inside the request's own transaction.
  await sql`GRANT SELECT, INSERT ON supervision_arrival TO city_ops_app`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`REVOKE ALL ON supervision_arrival FROM city_ops_app`.execute(db);
  await sql`DROP TABLE supervision_arrival`.execute(db);
}
