import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { chainAuditLogInIdOrder } from './audit-chain-in-id-order.js';

/**
 * The audit hash chain, sealed after commit instead of at insert.
 *
 * Until now a BEFORE INSERT trigger chained each entry to the previous one under a
 * global advisory lock held until commit: every transaction that audits anything (every
 * write, every read of unmasked personal data) queued behind the one before it. Now an
 * entry is inserted unchained (`position` NULL) and `audit_log_seal()` chains the
 * committed, unsealed entries after the head, in id order, giving each its `position`
 * (the chain's order), `prev_hash` and `hash` — the same `audit_entry_hash` as before.
 * Only sealers take a lock. The node seals every second and before every verification,
 * so `auditChain` still sees every committed entry.
 *
 * The price: an entry is tamper-evident once sealed, not from its commit. Until then a
 * superuser who switches triggers off can change or remove it unseen (the owner and the
 * request role still cannot: UPDATE and DELETE stay refused, except the sealer's one
 * step from unsealed to sealed that leaves every other column as it was). Before, the
 * newest entry had the same exposure (removing the head is only caught against a head
 * hash recorded elsewhere); now it is the entries of the last second or so.
 *
 * Entries of transactions that commit out of id order are chained in the order they
 * were found committed, so the chain follows `position`, not `id`.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TRIGGER audit_log_chain ON audit_log`.execute(db);
  await sql`DROP FUNCTION audit_log_chain()`.execute(db);
  await sql`DROP TRIGGER audit_log_append_only ON audit_log`.execute(db);

  // Entries already there were chained in id order by the old trigger.
  await sql`ALTER TABLE audit_log ADD COLUMN position bigint`.execute(db);
  await sql`
    UPDATE audit_log SET position = numbered.position
    FROM (SELECT id, row_number() OVER (ORDER BY id) AS position FROM audit_log) AS numbered
    WHERE audit_log.id = numbered.id`.execute(db);
  await sql`CREATE UNIQUE INDEX audit_log_position ON audit_log (position)`.execute(db);
  await sql`CREATE INDEX audit_log_unsealed ON audit_log (id) WHERE position IS NULL`.execute(db);

  await sql`
    CREATE FUNCTION audit_log_refuse_change_but_sealing() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'UPDATE' AND OLD.position IS NULL AND NEW.position IS NOT NULL
         AND to_jsonb(NEW) - ARRAY['position', 'prev_hash', 'hash']
           = to_jsonb(OLD) - ARRAY['position', 'prev_hash', 'hash'] THEN
        RETURN NEW;
      END IF;
      RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP;
    END $$`.execute(db);
  await sql`CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change_but_sealing()`.execute(
    db,
  );

  // SECURITY DEFINER: the request role may seal (auditChain seals before it verifies) but not update.
  await sql`
    CREATE FUNCTION audit_log_seal(max_entries integer DEFAULT NULL) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    DECLARE
      previous text;
      next_position bigint;
      entry audit_log;
      sealed integer := 0;
    BEGIN
      -- One sealer at a time; writers never take this lock.
      PERFORM pg_advisory_xact_lock(hashtext('city_ops.audit_log.seal'));
      SELECT hash, position INTO previous, next_position
        FROM audit_log WHERE position IS NOT NULL ORDER BY position DESC LIMIT 1;
      previous := coalesce(previous, '');
      next_position := coalesce(next_position, 0);
      FOR entry IN SELECT * FROM audit_log WHERE position IS NULL ORDER BY id LIMIT max_entries LOOP
        next_position := next_position + 1;
        UPDATE audit_log
          SET position = next_position, prev_hash = previous, hash = audit_entry_hash(previous, entry)
          WHERE id = entry.id
          RETURNING hash INTO previous;
        sealed := sealed + 1;
      END LOOP;
      RETURN sealed;
    END $$`.execute(db);
  await sql`REVOKE ALL ON FUNCTION audit_log_seal(integer) FROM PUBLIC`.execute(db);
  await sql`GRANT EXECUTE ON FUNCTION audit_log_seal(integer) TO city_ops_app`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP FUNCTION audit_log_seal(integer)`.execute(db);
  await sql`DROP TRIGGER audit_log_append_only ON audit_log`.execute(db);
  await sql`DROP FUNCTION audit_log_refuse_change_but_sealing()`.execute(db);
  await sql`DROP INDEX audit_log_unsealed`.execute(db);
  await sql`DROP INDEX audit_log_position`.execute(db);
  await sql`ALTER TABLE audit_log DROP COLUMN position`.execute(db);

  // The old chain is in id order: re-chain every entry so, sealed or not, it verifies again.
  await chainAuditLogInIdOrder(db);
  await sql`CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change()`.execute(
    db,
  );
}
