/** What one node accepts of attachments (ATTACHMENT_MAX_BYTES, ATTACHMENTS_PER_RECORD). */
export interface AttachmentLimits {
  /** Largest file, in bytes, as uploaded. */
  maxBytes: number;
  /** Most files one record may carry. */
  perRecord: number;
}

/**
 * 10 MiB holds a phone's full-size photo or a scanned multi-page document, and stays well
 * under the 25 MB request body every server here accepts (a multipart upload is one body).
 * Twenty files cover 现场照片 plus 处理前后对比 of a record, and documents, with room to spare.
 */
export const DEFAULT_ATTACHMENT_LIMITS: AttachmentLimits = {
  maxBytes: 10 * 1024 * 1024,
  perRecord: 20,
};
