import { divisionRef } from '@city-ops/kernel';
import type { DivisionRef } from '@city-ops/kernel';

/** The fields every record kind's view has, as the SDL names them. */
export interface RecordView<Row> {
  id: string;
  number: string;
  division: DivisionRef;
  createdAt: string;
  updatedAt: string;
  version: number;
  /** The stored row, for field resolvers (allowedActions, history); not a schema field. */
  record: Row;
}

/** The stored columns those fields come from, which every record table has. */
interface RecordIdentity {
  id: string;
  number: string;
  division: string;
  created_at: Date;
  updated_at: Date;
  version: number;
}

/** A record's identity, division, timestamps and version as its view shows them, with the row. */
export function recordView<Row extends RecordIdentity>(row: Row): RecordView<Row> {
  return {
    id: row.id,
    number: row.number,
    division: divisionRef(row.division),
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    version: row.version,
    record: row,
  };
}
