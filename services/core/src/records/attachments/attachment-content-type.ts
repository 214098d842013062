import { fileTypeFromBuffer } from 'file-type';
import { clientError } from '@city-ops/kernel';
import type { Bilingual } from '@city-ops/kernel';

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
  const what: Bilingual = found
    ? { zh: `${found.mime}（.${found.ext}）类型`, en: `${found.mime} (.${found.ext})` }
    : { zh: '无法从内容识别类型的文件', en: 'of no type recognised by its bytes' };
  throw clientError(
    'UNSUPPORTED_FILE_TYPE',
    {
      zh: `file：“${fileName}”是${what.zh}；请附上 JPEG、PNG 或 WebP 照片，或 PDF 文档（文件类型按文件内容判断，而非文件名）。`,
      en: `file: "${fileName}" is ${what.en}; attach a JPEG, PNG or WebP photo or a PDF document (the type is read from the file's content, not its name).`,
    },
    { field: 'file', detected: found?.mime ?? null, allowed: [...ATTACHMENT_TYPES] },
  );
}
