import type { IResolvers } from '@graphql-tools/utils';
import { accessFor } from '@city-ops/kernel';
import { inScope } from '../../database/scoped-transaction.js';
import type { RequestContext } from '../../node-context.js';
import { ownsRecordsOf } from '../../ownership.js';
import { rowScopeAt } from '../../permissions/row-scope.js';
import type { RecordKind, RecordRow, RecordTable } from '../record-kind.js';
import { batchPerRequest } from '../request-batch.js';
import { attachToRecord } from './attach-to-record.js';
import type { AttachInput } from './attach-to-record.js';
import { attachmentContent } from './attachment-content.js';
import { ATTACHMENT_FACTS, attachmentView } from './attachment-view.js';
import type { AttachmentView } from './attachment-view.js';

type Resolvers = IResolvers<unknown, RequestContext>;

/** The root fields, served at every node: each refuses with NOT_OWNER where the record is not held. */
export const attachmentResolvers: Resolvers = {
  Mutation: {
    attachToRecord: (_root, input: AttachInput, context) => attachToRecord(context, input),
  },
  Query: {
    attachmentContent: (_root, { id }: { id: string }, context) => attachmentContent(context, id),
  },
};

interface AttachmentsKey {
  kind: RecordKind<RecordTable, unknown>;
  id: string;
}

/** The attachments of the records a request shows, oldest first: one query per kind for a whole page. */
const recordAttachments = batchPerRequest<AttachmentsKey, AttachmentView[] | null>(
  async (context, keys) => {
    const found = new Map<AttachmentsKey, AttachmentView[] | null>();
    for (const kind of new Set(keys.map((key) => key.kind))) {
      const ofKind = keys.filter((key) => key.kind === kind);
      const access = accessFor(context.principal, kind.attachments.readOperation);
      const scope = access && rowScopeAt(context.node, access);
      if (!scope) {
        for (const key of ofKind) found.set(key, null);
        continue;
      }
      // Row-level security shows the files of exactly the records in the scope.
      const rows = await inScope(context.node.db, scope, (trx) =>
        trx
          .selectFrom('attachment')
          .select(ATTACHMENT_FACTS)
          .where('record_table', '=', kind.table)
          .where(
            'record_id',
            'in',
            ofKind.map((key) => key.id),
          )
          .orderBy('uploaded_at')
          .orderBy('id')
          .execute(),
      );
      for (const key of ofKind) {
        found.set(key, rows.filter((row) => row.record_id === key.id).map(attachmentView));
      }
    }
    return found;
  },
);

/**
 * A kind's `attachmentCount` (what every tier holds: it replicates with the record) and
 * `attachments` (the files themselves: at the owning city, to a user who may download
 * them; null elsewhere — a replica holds no file, and a province supervisor reading the
 * live record at the city may not list them).
 */
export function attachmentFieldResolvers<T extends RecordTable, Subject>(
  kind: RecordKind<T, Subject>,
): Resolvers {
  return {
    [kind.sdlType]: {
      attachmentCount: (view: { record: RecordRow<T> }) =>
        (view.record as { attachment_count: number | null }).attachment_count ?? 0,
      attachments: (
        view: { id: string; record: RecordRow<T> },
        _args: unknown,
        context: RequestContext,
      ) => {
        const { division } = view.record as { division: string };
        if (!ownsRecordsOf(context.node, division)) return null;
        return recordAttachments(context, {
          kind: kind as RecordKind<RecordTable, unknown>,
          id: view.id,
        }).then((attachments) => attachments ?? null);
      },
    },
  };
}
