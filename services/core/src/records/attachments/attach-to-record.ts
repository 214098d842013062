import {
  accessFor,
  authorizeAny,
  clientError,
  InputProblems,
  newRecordId,
  notFound,
  ownerDivisionOfId,
} from '@city-ops/kernel';
import type { Access, Bilingual } from '@city-ops/kernel';
import { inScope } from '../../database/scoped-transaction.js';
import type { RequestContext } from '../../node-context.js';
import { assertOwner } from '../../ownership.js';
import { rowScopeAt } from '../../permissions/row-scope.js';
import { recordTransition } from '../../workflow/record-transition.js';
import { scopeConditions } from '../find-record-in-scope.js';
import { recordChangePayload } from '../personal-columns.js';
import type { RecordKind, RecordTable } from '../record-kind.js';
import { RECORD_KINDS } from '../record-kinds.js';
import { attachmentTypeOf } from './attachment-content-type.js';
import { DEFAULT_ATTACHMENT_LIMITS } from './attachment-limits.js';
import { ATTACHMENT_FACTS, attachmentView } from './attachment-view.js';
import type { AttachmentView } from './attachment-view.js';
import { stripImageMetadata } from './strip-image-metadata.js';

/** The file as yoga hands it over from a multipart request (a WHATWG File). */
export interface UploadedFile {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface AttachInput {
  recordId: string;
  file: UploadedFile;
  purpose: string;
}

const KINDS = Object.values(RECORD_KINDS) as RecordKind<RecordTable, unknown>[];

/**
 * Attaches a file to a record of any kind, all or nothing. The record must be this
 * node's (NOT_OWNER) and the user must hold the attach operation of some kind
 * (FORBIDDEN); the file is checked before anything is read from the database (its size,
 * its type from its bytes, its name), cleaned of location metadata, and then, in one
 * transaction in the row scope of the kind's attach operation, with the record locked:
 * the per-record count is checked, the file stored, and the record moved to its next
 * version with its new `attachment_count` — its history, change-log (what the province
 * replicates: the count, never the file) and audit entries written as for any action.
 * A record the user may not reach is NOT_FOUND, as one that does not exist.
 */
export async function attachToRecord(
  context: RequestContext,
  input: AttachInput,
): Promise<AttachmentView> {
  const { node, principal } = context;
  assertOwner(node, ownerDivisionOfId(input.recordId, 'recordId'), 'recordId');
  const granted = KINDS.flatMap((kind) => {
    const access = accessFor(principal, kind.attachments.attachOperation);
    return access ? [{ kind, access }] : [];
  });
  if (granted.length === 0) {
    authorizeAny(
      principal,
      KINDS.map((kind) => kind.attachments.attachOperation),
    );
  }
  const limits = node.attachmentLimits ?? DEFAULT_ATTACHMENT_LIMITS;
  const problems = new InputProblems();
  const fileName = problems.text('file.name', input.file.name, { min: 1, max: 255 });
  problems.throwIfAny();
  const name = fileName ?? '';
  const tooLarge = (size: number) =>
    clientError(
      'FILE_TOO_LARGE',
      {
        zh: `file：“${name}”有 ${size} 字节，超过单个文件上限 ${limits.maxBytes} 字节；请附上较小的文件（降低照片分辨率，或将文档拆分成几部分）。`,
        en: `file: "${name}" has ${size} bytes, more than the ${limits.maxBytes} a file may have; attach a smaller file (a photo at a lower resolution, a document split in parts).`,
      },
      { field: 'file', size, maxBytes: limits.maxBytes },
    );
  // The size the client declared, before reading a byte; then the bytes actually sent.
  if (input.file.size > limits.maxBytes) throw tooLarge(input.file.size);
  const uploaded = new Uint8Array(await input.file.arrayBuffer());
  if (uploaded.length > limits.maxBytes) throw tooLarge(uploaded.length);
  const type = await attachmentTypeOf(uploaded, name);
  const content = stripImageMetadata(uploaded, type);

  for (const { kind, access } of granted) {
    const stored = await attachInScope(context, kind, access, {
      recordId: input.recordId,
      fileName: name,
      contentType: type,
      purpose: input.purpose,
      content,
      perRecord: limits.perRecord,
    });
    if (stored) return stored;
  }
  throw notFound({
    zh: `没有您可以附加文件的记录 ${input.recordId}：它不存在，或不在您的范围内（${granted
      .map(({ kind, access }) => `${kind.nounInChinese}：${reachOf(access).zh}`)
      .join('；')}）。`,
    en: `No record ${input.recordId} that you may attach files to: it does not exist, or it is outside your reach (${granted
      .map(({ kind, access }) => `${kind.noun}s: ${reachOf(access).en}`)
      .join('; ')}).`,
  });
}

const reachOf = (access: Access): Bilingual =>
  access.scope === 'unit'
    ? { zh: `单位 ${access.unit ?? ''}`, en: `unit ${access.unit ?? ''}` }
    : access.scope === 'grid'
      ? { zh: `网格 ${access.grid ?? ''}`, en: `grid ${access.grid ?? ''}` }
      : { zh: `行政区划 ${access.division}`, en: `division ${access.division}` };

interface Attachment {
  recordId: string;
  fileName: string;
  contentType: string;
  purpose: string;
  content: Uint8Array;
  perRecord: number;
}

/** The write for one kind, or undefined when no record of that kind is in reach. */
async function attachInScope(
  context: RequestContext,
  kind: RecordKind<RecordTable, unknown>,
  access: Access,
  attachment: Attachment,
): Promise<AttachmentView | undefined> {
  const scope = rowScopeAt(context.node, access);
  if (!scope) return undefined;
  return inScope(context.node.db, scope, async (trx) => {
    // Locked, so two uploads to one record count one after the other.
    let query = trx
      .selectFrom(kind.table)
      .select(['id', 'division', 'status', 'version', 'number'])
      .where('id', '=', attachment.recordId)
      .forUpdate();
    for (const condition of scopeConditions(kind.table, scope)) query = query.where(condition);
    const record = await query.executeTakeFirst();
    if (!record) return undefined;
    const { count } = await trx
      .selectFrom('attachment')
      .select((eb) => eb.fn.countAll<string>().as('count'))
      .where('record_id', '=', record.id)
      .executeTakeFirstOrThrow();
    const held = Number(count);
    if (held >= attachment.perRecord) {
      throw clientError(
        'TOO_MANY_ATTACHMENTS',
        {
          zh: `recordId：${kind.nounInChinese} ${record.number} 已有 ${held} 个文件，达到每条记录的上限（${attachment.perRecord} 个），本次未附加任何文件。请将多页合并为一个 PDF，或只保留必要的照片。`,
          en: `recordId: ${kind.noun} ${record.number} already has ${held} files, the most a record may have (${attachment.perRecord}); nothing was attached. Put several pages in one PDF, or keep only the photos that matter.`,
        },
        { field: 'recordId', count: held, perRecord: attachment.perRecord },
      );
    }
    const row = await trx
      .insertInto('attachment')
      .values({
        id: newRecordId(context.node.division, 'AT'),
        record_table: kind.table,
        record_id: record.id,
        division: record.division,
        file_name: attachment.fileName,
        content_type: attachment.contentType,
        size: attachment.content.length,
        purpose: attachment.purpose,
        content: attachment.content,
        uploaded_by: context.principal.username,
      })
      .returning(ATTACHMENT_FACTS)
      .executeTakeFirstOrThrow();
    // The file name stays out: the history travels to the province with the record.
    await recordTransition(trx, context, {
      table: kind.table,
      entity: kind.table,
      id: record.id,
      expectedVersion: record.version,
      action: 'attach',
      from: record.status,
      to: record.status,
      set: { attachment_count: held + 1 },
      detail: {
        attachment: row.id,
        purpose: row.purpose,
        contentType: row.content_type,
        size: row.size,
      },
      payload: (updated) => recordChangePayload(kind, updated),
    });
    return attachmentView(row);
  });
}
