import { accessFor, authorizeAny, notFound, notOwner, ownerDivisionOfId } from '@city-ops/kernel';
import { appendAudit } from '../../audit/append-audit.js';
import { inScope } from '../../database/scoped-transaction.js';
import type { RequestContext } from '../../node-context.js';
import { ownsRecordsOf } from '../../ownership.js';
import { rowScopeAt } from '../../permissions/row-scope.js';
import { findRecordInScope } from '../find-record-in-scope.js';
import type { RecordKind, RecordTable } from '../record-kind.js';
import { RECORD_KINDS } from '../record-kinds.js';
import { ATTACHMENT_FACTS, attachmentView } from './attachment-view.js';
import type { AttachmentView } from './attachment-view.js';

const KINDS = Object.values(RECORD_KINDS) as RecordKind<RecordTable, unknown>[];

export interface AttachmentContentView {
  attachment: AttachmentView;
  base64: string;
}

/**
 * An attachment's bytes, at the record's owning city only (no other node holds any), to
 * a user who may read that kind's attachments there — a grant only city, unit and grid
 * roles hold, so a province or ministry user is FORBIDDEN however widely they read
 * records. The attachment is read in the row scope of that grant and its record looked
 * up in the same scope: outside it, NOT_FOUND, as for an id that does not exist. A
 * download of a kind whose files may show people is audited as a read of personal data,
 * in the same transaction as the read.
 */
export async function attachmentContent(
  context: RequestContext,
  id: string,
): Promise<AttachmentContentView> {
  const { node, principal } = context;
  const owner = ownerDivisionOfId(id, 'id');
  if (!ownsRecordsOf(node, owner)) {
    throw notOwner(
      {
        zh: `附件 ${id} 只保存在其记录所属的城市节点 ${owner}；请向该节点请求（网关按 id 路由）。`,
        en: `Attachment ${id} is held only by its record's owning city node ${owner}; ask it (the gateway routes by id).`,
      },
      owner,
    );
  }
  const granted = KINDS.flatMap((kind) => {
    const access = accessFor(principal, kind.attachments.readOperation);
    return access ? [{ kind, access }] : [];
  });
  if (granted.length === 0) {
    authorizeAny(
      principal,
      KINDS.map((kind) => kind.attachments.readOperation),
    );
  }
  for (const { kind, access } of granted) {
    const scope = rowScopeAt(node, access);
    if (!scope) continue;
    const found = await inScope(node.db, scope, async (trx) => {
      const row = await trx
        .selectFrom('attachment')
        .select([...ATTACHMENT_FACTS, 'content'])
        .where('id', '=', id)
        .where('record_table', '=', kind.table)
        .executeTakeFirst();
      // The service layer's own check of the record's scope; row-level security checks it again.
      if (!row || !(await findRecordInScope(trx, kind.table, row.record_id, scope))) {
        return undefined;
      }
      if (kind.attachments.personal) {
        await appendAudit(trx, context, {
          action: 'personal-data.read',
          entity: kind.table,
          entityIds: [row.record_id],
          reason: `attachment ${row.id} downloaded`,
          detail: { attachment: row.id, purpose: row.purpose, contentType: row.content_type },
          scope: row.division,
        });
      }
      return row;
    });
    if (found) {
      return {
        attachment: attachmentView(found),
        base64: Buffer.from(found.content).toString('base64'),
      };
    }
  }
  throw notFound({
    zh: `没有您可以下载的附件 ${id}：它不存在，或其记录不在您的范围内。`,
    en: `No attachment ${id} that you may download: it does not exist, or its record is outside your reach.`,
  });
}
