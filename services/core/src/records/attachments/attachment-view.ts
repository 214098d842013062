import type { Selectable } from 'kysely';
import type { AttachmentTable } from '../../database/tables.js';

/** An attachment as the SDL's `Attachment` (its content is never part of it). */
export interface AttachmentView {
  id: string;
  recordId: string;
  fileName: string;
  contentType: string;
  size: number;
  purpose: string;
  uploadedAt: string;
  uploadedBy: string;
}

/** The columns of an attachment but its bytes: what a listing reads. */
export const ATTACHMENT_FACTS = [
  'id',
  'record_table',
  'record_id',
  'division',
  'file_name',
  'content_type',
  'size',
  'purpose',
  'uploaded_by',
  'uploaded_at',
] as const;

export type AttachmentFacts = Pick<Selectable<AttachmentTable>, (typeof ATTACHMENT_FACTS)[number]>;

export const attachmentView = (row: AttachmentFacts): AttachmentView => ({
  id: row.id,
  recordId: row.record_id,
  fileName: row.file_name,
  contentType: row.content_type,
  size: row.size,
  purpose: row.purpose,
  uploadedAt: row.uploaded_at.toISOString(),
  uploadedBy: row.uploaded_by,
});
