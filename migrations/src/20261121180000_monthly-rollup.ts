import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { inDivisionRange } from './division-scope.js';

/**
 * Monthly rollups (docs/INDICATORS.md, "Monthly rollups").
 *
 * A year's overview by month summed ~22 000 daily rollup rows of a province, unpacking
 * every one's jsonb counts: ~240 000 metric rows per request, whatever the number of
 * tickets behind them. `monthly_rollup` holds the same counts per city × month, so
 * whole months are read from ~30 times fewer rows; days outside whole months are still
 * read from `daily_rollup`.
 *
 * A trigger on `daily_rollup` keeps it: every insert, update and delete adds its
 * difference to the month in the same transaction, whoever writes the daily row — the
 * province folding its replicas, the ministry replicating the province's rows, a
 * resync deleting a city's, or a bulk load. Keys whose sum comes back to zero are
 * dropped, as a sum of records never shows a zero. Existing daily rows are summed in.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE monthly_rollup (
      division    text COLLATE "C" NOT NULL,
      month       date NOT NULL CHECK (extract(day FROM month) = 1),
      record_kind text NOT NULL,
      category    text COLLATE "C" NOT NULL,
      counts      jsonb NOT NULL DEFAULT '{}',
      PRIMARY KEY (division, month, record_kind, category)
    )`.execute(db);

  // counts + sign × change, per key, keys summing to zero left out.
  await sql`
    CREATE FUNCTION add_counts(counts jsonb, change jsonb, sign integer) RETURNS jsonb
    LANGUAGE sql IMMUTABLE AS $$
      SELECT coalesce(jsonb_object_agg(key, total), '{}')
      FROM (
        SELECT key, sum(amount) AS total
        FROM (SELECT key, value::numeric AS amount FROM jsonb_each_text(counts)
              UNION ALL
              SELECT key, sign * value::numeric FROM jsonb_each_text(change)) AS both_sides
        GROUP BY key
        HAVING sum(amount) <> 0) AS summed
    $$`.execute(db);

  await sql`
    CREATE FUNCTION add_to_monthly_rollup(
      the_division text, the_day date, the_kind text, the_category text, change jsonb
    ) RETURNS void LANGUAGE plpgsql AS $$
    BEGIN
      IF change = '{}' THEN RETURN; END IF;
      INSERT INTO monthly_rollup AS m (division, month, record_kind, category, counts)
      VALUES (the_division, date_trunc('month', the_day)::date, the_kind, the_category, change)
      ON CONFLICT (division, month, record_kind, category)
      DO UPDATE SET counts = add_counts(m.counts, excluded.counts, 1);
    END $$`.execute(db);

  await sql`
    CREATE FUNCTION roll_daily_into_month() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'UPDATE'
         AND (NEW.division, NEW.day, NEW.record_kind, NEW.category)
             IS NOT DISTINCT FROM (OLD.division, OLD.day, OLD.record_kind, OLD.category)
         AND date_trunc('month', NEW.day) = date_trunc('month', OLD.day) THEN
        PERFORM add_to_monthly_rollup(NEW.division, NEW.day, NEW.record_kind, NEW.category,
                                      add_counts(NEW.counts, OLD.counts, -1));
        RETURN NULL;
      END IF;
      IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM add_to_monthly_rollup(OLD.division, OLD.day, OLD.record_kind, OLD.category,
                                      add_counts('{}', OLD.counts, -1));
      END IF;
      IF TG_OP IN ('UPDATE', 'INSERT') THEN
        PERFORM add_to_monthly_rollup(NEW.division, NEW.day, NEW.record_kind, NEW.category,
                                      add_counts('{}', NEW.counts, 1));
      END IF;
      RETURN NULL;
    END $$`.execute(db);

  await sql`
    INSERT INTO monthly_rollup (division, month, record_kind, category, counts)
    SELECT division, month, record_kind, category, jsonb_object_agg(key, total)
    FROM (
      SELECT d.division, date_trunc('month', d.day)::date AS month, d.record_kind, d.category,
             c.key, sum(c.value::numeric) AS total
      FROM daily_rollup d CROSS JOIN LATERAL jsonb_each_text(d.counts) AS c(key, value)
      GROUP BY 1, 2, 3, 4, 5
      HAVING sum(c.value::numeric) <> 0) AS sums
    GROUP BY 1, 2, 3, 4`.execute(db);

  await sql`
    CREATE TRIGGER roll_daily_into_month AFTER INSERT OR UPDATE OR DELETE ON daily_rollup
    FOR EACH ROW EXECUTE FUNCTION roll_daily_into_month()`.execute(db);

  await sql`ALTER TABLE monthly_rollup ENABLE ROW LEVEL SECURITY`.execute(db);
  await sql`CREATE POLICY scoped ON monthly_rollup USING (${inDivisionRange}) WITH CHECK (${inDivisionRange})`.execute(
    db,
  );
  await sql`GRANT SELECT ON monthly_rollup TO city_ops_app`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TRIGGER roll_daily_into_month ON daily_rollup`.execute(db);
  await sql`DROP FUNCTION roll_daily_into_month()`.execute(db);
  await sql`DROP FUNCTION add_to_monthly_rollup(text, date, text, text, jsonb)`.execute(db);
  await sql`DROP FUNCTION add_counts(jsonb, jsonb, integer)`.execute(db);
  await sql`REVOKE ALL ON monthly_rollup FROM city_ops_app`.execute(db);
  await sql`DROP TABLE monthly_rollup`.execute(db);
}
