import type pg from 'pg';

/** An index or constraint of a table, as the catalog describes it. */
export interface IndexDefinition {
  name: string;
  /** `CREATE [UNIQUE] INDEX … ON …` (pg_indexes.indexdef). */
  definition: string;
}

export interface ConstraintDefinition {
  /** The table the constraint is declared on (a foreign key may sit on another table). */
  table: string;
  name: string;
  /** p (primary key), u (unique) or f (foreign key). */
  type: 'p' | 'u' | 'f';
  /** `PRIMARY KEY (id)`, `FOREIGN KEY (…) REFERENCES …` (pg_get_constraintdef). */
  definition: string;
  /** The index a primary key or unique constraint owns. */
  index?: string;
}

export interface BulkLoadPlan {
  /** Run before loading: foreign keys, then keys, then plain indexes. */
  drop: string[];
  /** Run after loading: keys first (a foreign key needs the referenced key), then indexes, then foreign keys. */
  restore: string[];
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * What to drop before a bulk load into `table` and how to put it back: every index, the
 * keys that own some of them and the foreign keys that need those keys (on this table or
 * referencing it). Building an index once over the loaded rows is several times faster than
 * maintaining it row by row, and leaves the same definitions in place.
 */
export function bulkLoadPlan(
  table: string,
  indexes: readonly IndexDefinition[],
  constraints: readonly ConstraintDefinition[],
): BulkLoadPlan {
  const foreignKeys = constraints.filter((constraint) => constraint.type === 'f');
  const keys = constraints.filter((constraint) => constraint.type !== 'f');
  const owned = new Set(keys.map((key) => key.index));
  const plain = indexes.filter((index) => !owned.has(index.name));
  const alter = (constraint: ConstraintDefinition) => `ALTER TABLE ${quote(constraint.table)}`;
  return {
    drop: [
      ...foreignKeys.map((fk) => `${alter(fk)} DROP CONSTRAINT ${quote(fk.name)}`),
      ...keys.map((key) => `${alter(key)} DROP CONSTRAINT ${quote(key.name)}`),
      ...plain.map((index) => `DROP INDEX ${quote(index.name)}`),
    ],
    restore: [
      // Primary key before unique keys: a table's identity first, as CREATE TABLE had it.
      ...[...keys]
        .sort((a, b) => (a.type === b.type ? 0 : a.type === 'p' ? -1 : 1))
        .map((key) => `${alter(key)} ADD CONSTRAINT ${quote(key.name)} ${key.definition}`),
      ...plain.map((index) => index.definition),
      ...foreignKeys.map(
        (fk) => `${alter(fk)} ADD CONSTRAINT ${quote(fk.name)} ${fk.definition} NOT VALID`,
      ),
      ...foreignKeys.map((fk) => `${alter(fk)} VALIDATE CONSTRAINT ${quote(fk.name)}`),
    ],
  };
}

/** Reads `table`'s indexes and constraints (and foreign keys referencing it) from the catalog. */
export async function readBulkLoadPlan(
  client: pg.ClientBase,
  table: string,
): Promise<BulkLoadPlan> {
  const { rows: indexes } = await client.query<IndexDefinition>(
    `SELECT indexname AS name, indexdef AS definition FROM pg_indexes
     WHERE schemaname = current_schema() AND tablename = $1 ORDER BY indexname`,
    [table],
  );
  const { rows: constraints } = await client.query<ConstraintDefinition>(
    `SELECT c.conrelid::regclass::text AS table, c.conname AS name, c.contype AS type,
            pg_get_constraintdef(c.oid) AS definition, i.relname AS index
     FROM pg_constraint c LEFT JOIN pg_class i ON i.oid = c.conindid AND c.contype <> 'f'
     WHERE c.contype IN ('p', 'u', 'f')
       AND (c.conrelid = $1::regclass OR (c.contype = 'f' AND c.confrelid = $1::regclass))
     ORDER BY c.conname`,
    [table],
  );
  // A self-referencing foreign key appears once (conrelid and confrelid are both the table).
  return bulkLoadPlan(table, indexes, constraints);
}
