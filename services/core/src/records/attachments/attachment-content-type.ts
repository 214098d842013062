import { fileTypeFromBuffer } from 'file-type';
import { clientError } from '@city-ops/kernel';

/** What may be attached, as the bytes say (never as the name or the client's Content-Type say). */
export const ATTACHMENT_TYPES = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'application/pdf',
] as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];

const isAttachmentType = (mime: string): mime is AttachmentType =>
  (ATTACHMENT_TYPES as readonly string[]).includes(mime);

/**
 * The file's type from its magic bytes (the `file-type` package), or UNSUPPORTED_FILE_TYPE
 * naming what was found: a `.jpg` whose bytes are a Windows executable is refused as one.
 */
export async function attachmentTypeOf(
  bytes: Uint8Array,
  fileName: string,
): Promise<AttachmentType> {
  const found = await fileTypeFromBuffer(bytes);
  if (found && isAttachmentType(found.mime)) return found.mime;
  const what = found ? `${found.mime} (.${found.ext})` : 'of no type recognised by its bytes';
  throw clientError(
    'UNSUPPORTED_FILE_TYPE',
    `file: "${fileName}" is ${what}; attach a JPEG, PNG or WebP photo or a PDF document (the type is read from the file's content, not its name).`,
    { field: 'file', detected: found?.mime ?? null, allowed: [...ATTACHMENT_TYPES] },
  );
}
