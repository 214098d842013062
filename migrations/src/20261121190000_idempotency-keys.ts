import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { inDivisionRange } from './division-scope.js';

/**
 * Idempotency keys of create mutations (docs/ARCHITECTURE.md "Idempotent creates").
 *
 * A client that lost the answer to a create (the gateway's "may or may not have been
 * applied") retries with the same `idempotencyKey`; the node finds the key here and
 * answers with the record the first request made instead of making a second one.
 *
 * - One row per (subject, operation, key): the caller's `sub`, the mutation's name
 *   and the client's key. The primary key is the unique index that makes two
 *   simultaneous requests with one key produce one record: the create inserts its
 *   key row first, so the second request waits on the index until the first commits
 *   (then reads its result) or rolls back (then goes ahead itself).
 * - `request_hash`: sha256 of the request's input without the key, canonical JSON —
 *   the same key with another input is refused. The input itself is not kept (it
 *   carries personal data; the record holds what was stored).
 * - `result_id`: the record the request made, written in the same transaction, so a
 *   failed create leaves no key behind.
 * - `division`: the row scope the create ran in (the record lies inside it); row-level
 *   security keys on it like every other table, so a request sees only keys of its scope.
 * - `created_at`: for retention. Keys are node-local bookkeeping and never enter the
 *   change log, so they do not flow through sync.
 * The request role may read and add keys, never change or delete them; purging old
 * ones is the owner's (see ARCHITECTURE.md for the retention).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE idempotency_key (
      subject      text NOT NULL,
      operation    text NOT NULL,
      key          text NOT NULL,
      request_hash text NOT NULL,
      result_id    text COLLATE "C" NOT NULL,
      division     text COLLATE "C" NOT NULL,
      created_at   timestamptz(3) NOT NULL DEFAULT now(),
      PRIMARY KEY (subject, operation, key)
    )`.execute(db);
  await sql`ALTER TABLE idempotency_key ENABLE ROW LEVEL SECURITY`.execute(db);
  await sql`CREATE POLICY scoped ON idempotency_key USING (${inDivisionRange}) WITH CHECK (${inDivisionRange})`.execute(
    db,
  );
  await sql`GRANT SELECT, INSERT ON idempotency_key TO city_ops_app`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`REVOKE ALL ON idempotency_key FROM city_ops_app`.execute(db);
  await sql`DROP TABLE idempotency_key`.execute(db);
}
