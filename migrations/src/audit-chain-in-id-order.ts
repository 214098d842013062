import { sql } from 'kysely';
import type { Kysely } from 'kysely';

/**
 * The audit log's first hash chain, in id order: re-chains every entry already there,
 * then a trigger that chains each new entry after the one with the highest id. The
 * migration that introduced the chain sets it up, and the one that replaced it with
 * sealing in position order restores it on the way down, so both send these statements.
 *
 * Landed migrations send these statements: they must never change
 * (migration-sql.test.ts checks every migration's statements).
 */
export async function chainAuditLogInIdOrder(db: Kysely<unknown>): Promise<void> {
  await sql`
    DO $$ DECLARE entry audit_log; previous text := ''; BEGIN
      FOR entry IN SELECT * FROM audit_log ORDER BY id LOOP
        UPDATE audit_log SET prev_hash = previous, hash = audit_entry_hash(previous, entry) WHERE id = entry.id
          RETURNING hash INTO previous;
      END LOOP;
    END $$`.execute(db);
  await sql`
    CREATE FUNCTION audit_log_chain() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE previous text;
    BEGIN
      -- One appender at a time (until commit), so ids and the chain follow the same order.
      PERFORM pg_advisory_xact_lock(hashtext('city_ops.audit_log'));
      NEW.id := nextval('audit_log_id_seq');
      SELECT hash INTO previous FROM audit_log ORDER BY id DESC LIMIT 1;
      NEW.prev_hash := coalesce(previous, '');
      NEW.hash := audit_entry_hash(NEW.prev_hash, NEW);
      RETURN NEW;
    END $$`.execute(db);
  await sql`CREATE TRIGGER audit_log_chain BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_chain()`.execute(
    db,
  );
}
