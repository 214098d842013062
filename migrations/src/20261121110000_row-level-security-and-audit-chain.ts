import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { chainAuditLogInIdOrder } from './audit-chain-in-id-order.js';
import { inDivisionRange } from './division-scope.js';
import { RECORD_POLICIES } from './record-policies.js';

/**
 * The database half of the permission model:
 * - `city_ops_app`, the role every request runs as (`SET LOCAL ROLE` per
 *   transaction): it may read and write records but only append to the change and
 *   audit logs, and, not being the tables' owner, it is subject to row-level security.
 * - Row-level security on the record tables and the change log, keyed on settings
 *   each transaction makes with set_config(…, true): the division range the request
 *   may reach, and the handling unit / grid cell for unit- and grid-scoped roles.
 *   The settings are read through scalar subqueries, so the planner evaluates each
 *   once per statement, and the division test is a range on a C-collated column, so
 *   the (division, created_at, id) indexes serve it. Unset settings hide every row.
 * - A hash chain on the audit log (each entry hashes the previous entry's hash and
 *   its own fields) and triggers that refuse UPDATE, DELETE and TRUNCATE.
 * The role is cluster-wide, so `down` revokes what `up` granted but leaves the role.
 */
const RECORD_TABLES = ['hotline_ticket', 'case_report', 'enforcement_record'] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    DO $$ BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'city_ops_app') THEN
        CREATE ROLE city_ops_app NOLOGIN;
      END IF;
    END $$`.execute(db);
  // Lets a non-superuser connection switch to the role; a superuser may anyway.
  await sql`GRANT city_ops_app TO CURRENT_USER`.execute(db);

  await sql`ALTER TABLE hotline_ticket ADD COLUMN lead_unit text, ADD COLUMN co_units text[] NOT NULL DEFAULT '{}'`.execute(
    db,
  );
  for (const table of [...RECORD_TABLES, 'change_log']) {
    await sql`ALTER TABLE ${sql.table(table)} ALTER COLUMN division TYPE text COLLATE "C"`.execute(
      db,
    );
  }
  await sql`CREATE INDEX change_log_division ON change_log (division, seq)`.execute(db);

  await sql`GRANT USAGE ON SCHEMA public TO city_ops_app`.execute(db);
  await sql`GRANT SELECT, INSERT, UPDATE ON hotline_ticket, case_report, enforcement_record TO city_ops_app`.execute(
    db,
  );
  await sql`GRANT SELECT, INSERT ON change_log, audit_log TO city_ops_app`.execute(db);
  await sql`GRANT SELECT ON node_identity TO city_ops_app`.execute(db);
  await sql`GRANT USAGE ON SEQUENCE hotline_ticket_number_seq, case_report_number_seq, enforcement_record_number_seq, change_log_seq_seq, audit_log_id_seq TO city_ops_app`.execute(
    db,
  );

  for (const table of [...RECORD_TABLES, 'change_log']) {
    await sql`ALTER TABLE ${sql.table(table)} ENABLE ROW LEVEL SECURITY`.execute(db);
  }
  await sql`
    CREATE POLICY scoped ON hotline_ticket
      USING (${RECORD_POLICIES.hotline_ticket})
      WITH CHECK (${inDivisionRange})`.execute(db);
  await sql`
    CREATE POLICY scoped ON case_report
      USING (${RECORD_POLICIES.case_report})
      WITH CHECK (${inDivisionRange})`.execute(db);
  await sql`
    CREATE POLICY scoped ON enforcement_record
      USING (${RECORD_POLICIES.enforcement_record})
      WITH CHECK (${inDivisionRange})`.execute(db);
  await sql`CREATE POLICY scoped ON change_log USING (${inDivisionRange}) WITH CHECK (${inDivisionRange})`.execute(
    db,
  );

  await sql`
    ALTER TABLE audit_log
      ADD COLUMN scope text NOT NULL DEFAULT '',
      ADD COLUMN prev_hash text NOT NULL DEFAULT '',
      ADD COLUMN hash text NOT NULL DEFAULT ''`.execute(db);
  await sql`CREATE INDEX audit_log_scope ON audit_log (scope, id)`.execute(db);
  // Every field of an entry, in a fixed text form (UTC instant, canonical jsonb), after the previous hash.
  await sql`
    CREATE FUNCTION audit_entry_hash(previous text, entry audit_log) RETURNS text
    LANGUAGE sql STABLE AS $$
      SELECT encode(sha256(convert_to(concat_ws(E'\\x1f',
        previous, entry.id::text,
        to_char(entry.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
        entry.actor_subject, entry.actor_username, array_to_string(entry.actor_roles, ','),
        entry.actor_division, entry.action, entry.entity, array_to_string(entry.entity_ids, ','),
        coalesce(entry.reason, ''), coalesce(entry.client_address, ''), coalesce(entry.request_id, ''),
        entry.detail::text, entry.scope), 'UTF8')), 'hex')
    $$`.execute(db);
  // Entries already there (written before the chain existed) are chained in id order.
  await chainAuditLogInIdOrder(db);
  await sql`
    CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP;
    END $$`.execute(db);
  await sql`CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change()`.execute(
    db,
  );
  await sql`CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change()`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TRIGGER audit_log_no_truncate ON audit_log`.execute(db);
  await sql`DROP TRIGGER audit_log_append_only ON audit_log`.execute(db);
  await sql`DROP TRIGGER audit_log_chain ON audit_log`.execute(db);
  await sql`DROP FUNCTION audit_log_refuse_change()`.execute(db);
  await sql`DROP FUNCTION audit_log_chain()`.execute(db);
  await sql`DROP FUNCTION audit_entry_hash(text, audit_log)`.execute(db);
  await sql`DROP INDEX audit_log_scope`.execute(db);
  await sql`ALTER TABLE audit_log DROP COLUMN scope, DROP COLUMN prev_hash, DROP COLUMN hash`.execute(
    db,
  );
  for (const table of [...RECORD_TABLES, 'change_log']) {
    await sql`DROP POLICY scoped ON ${sql.table(table)}`.execute(db);
    await sql`ALTER TABLE ${sql.table(table)} DISABLE ROW LEVEL SECURITY`.execute(db);
  }
  await sql`REVOKE ALL ON hotline_ticket, case_report, enforcement_record, change_log, audit_log, node_identity FROM city_ops_app`.execute(
    db,
  );
  await sql`REVOKE ALL ON SEQUENCE hotline_ticket_number_seq, case_report_number_seq, enforcement_record_number_seq, change_log_seq_seq, audit_log_id_seq FROM city_ops_app`.execute(
    db,
  );
  await sql`REVOKE USAGE ON SCHEMA public FROM city_ops_app`.execute(db);
  await sql`DROP INDEX change_log_division`.execute(db);
  for (const table of [...RECORD_TABLES, 'change_log']) {
    await sql`ALTER TABLE ${sql.table(table)} ALTER COLUMN division TYPE text COLLATE "default"`.execute(
      db,
    );
  }
  await sql`ALTER TABLE hotline_ticket DROP COLUMN lead_unit, DROP COLUMN co_units`.execute(db);
}
