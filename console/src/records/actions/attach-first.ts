import type { GraphQLRequest } from '../../api/graphql-client';
import type { AttachmentPurpose } from '../../generated/graphql';
import type { ActionValues, RecordRef } from './action-descriptor';
import { AttachToRecord } from './attachment-documents';

/**
 * How to read a record's current version, by its kind's own query: each kind is served by
 * its own field (`ticket`, `caseReport`), so the kind's actions say which one to ask.
 */
export type VersionReader = (request: GraphQLRequest, id: string) => Promise<number | undefined>;

/** Files chosen in a `photos` field (antd Upload's list, each with the browser's File). */
export function filesOf(values: ActionValues, name: string): File[] {
  const list = values[name];
  if (!Array.isArray(list)) return [];
  return list
    .map((entry: { originFileObj?: unknown }) => entry.originFileObj)
    .filter((file): file is File => file instanceof File);
}

/**
 * Attaches the chosen files, then answers the version the record reached: each file moves
 * the record on, and the action that follows must name the version it acts on.
 */
export async function attachFirst(
  request: GraphQLRequest,
  record: RecordRef,
  files: readonly File[],
  purpose: AttachmentPurpose,
  readVersion: VersionReader,
): Promise<RecordRef> {
  if (files.length === 0) return record;
  for (const file of files) {
    await request(AttachToRecord, { recordId: record.id, file, purpose });
  }
  return { id: record.id, version: (await readVersion(request, record.id)) ?? record.version };
}
