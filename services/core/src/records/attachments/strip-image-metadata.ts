import { badUserInput } from '@city-ops/kernel';
import type { AttachmentType } from './attachment-content-type.js';

/**
 * A photo without what it says about where and by what it was taken: a phone's photo
 * carries the GPS position in its EXIF block, and a citizen's photo sent to 12345 must
 * not tell anyone who downloads it where the citizen stood. The pixels are copied
 * byte for byte (no re-encoding, no quality lost); only metadata containers go:
 * - JPEG: APP1 (EXIF and XMP, both of which may hold GPS) and APP13 (IPTC) segments.
 *   EXIF's orientation goes with them: a viewer shows such a photo as it was stored.
 * - PNG: eXIf and the text chunks (tEXt, zTXt, iTXt, where XMP lives).
 * - WebP: the EXIF and XMP chunks, and their flags in the VP8X header.
 * A PDF is stored as it came. A container whose structure does not hold together is
 * refused (BAD_USER_INPUT): what cannot be walked cannot be cleaned.
 */
export function stripImageMetadata(bytes: Uint8Array, type: AttachmentType): Uint8Array {
  switch (type) {
    case 'image/jpeg':
      return stripJpeg(bytes);
    case 'image/png':
      return stripPng(bytes);
    case 'image/webp':
      return stripWebp(bytes);
    case 'application/pdf':
      return bytes;
  }
}

const damaged = (what: string) =>
  badUserInput('file', {
    zh: `该 ${what} 文件已损坏（结构提前结束或格式有误）；请重新导出后附上新文件。`,
    en: `the ${what} is damaged (its structure ends early or is malformed); export it again and attach the new file.`,
  });

/** APP1 (EXIF, XMP) and APP13 (IPTC). */
const JPEG_DROPPED = new Set([0xe1, 0xed]);

function stripJpeg(bytes: Uint8Array): Uint8Array {
  const kept: Uint8Array[] = [bytes.subarray(0, 2)];
  let at = 2;
  for (;;) {
    if (at >= bytes.length || bytes[at] !== 0xff) throw damaged('JPEG');
    // Fill bytes (0xFF repeated) may precede a marker.
    let markerAt = at + 1;
    while (bytes[markerAt] === 0xff) markerAt += 1;
    const marker = bytes[markerAt];
    if (marker === undefined) throw damaged('JPEG');
    // Start of scan (entropy-coded data follows, no more headers) or end of image.
    if (marker === 0xda || marker === 0xd9) {
      kept.push(bytes.subarray(at));
      break;
    }
    // Markers without a length: TEM and the restart markers.
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      kept.push(bytes.subarray(at, markerAt + 1));
      at = markerAt + 1;
      continue;
    }
    if (markerAt + 2 >= bytes.length) throw damaged('JPEG');
    const length = (bytes[markerAt + 1]! << 8) | bytes[markerAt + 2]!;
    const end = markerAt + 1 + length;
    if (length < 2 || end > bytes.length) throw damaged('JPEG');
    if (!JPEG_DROPPED.has(marker)) kept.push(bytes.subarray(at, end));
    at = end;
  }
  return Buffer.concat(kept);
}

const PNG_DROPPED = new Set(['eXIf', 'tEXt', 'zTXt', 'iTXt']);

function stripPng(bytes: Uint8Array): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const kept: Uint8Array[] = [bytes.subarray(0, 8)];
  let at = 8;
  for (;;) {
    if (at + 12 > bytes.length) throw damaged('PNG');
    const length = view.getUint32(at);
    const type = Buffer.from(bytes.subarray(at + 4, at + 8)).toString('latin1');
    const end = at + 12 + length;
    if (end > bytes.length) throw damaged('PNG');
    if (!PNG_DROPPED.has(type)) kept.push(bytes.subarray(at, end));
    at = end;
    if (type === 'IEND') break;
  }
  return Buffer.concat(kept);
}

const WEBP_DROPPED = new Set(['EXIF', 'XMP ']);
/** VP8X header flags saying EXIF and XMP chunks are present. */
const VP8X_METADATA_FLAGS = 0x08 | 0x04;

function stripWebp(bytes: Uint8Array): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const kept: Uint8Array[] = [];
  let at = 12;
  while (at < bytes.length) {
    if (at + 8 > bytes.length) throw damaged('WebP');
    const fourcc = Buffer.from(bytes.subarray(at, at + 4)).toString('latin1');
    const size = view.getUint32(at + 4, true);
    // Chunks are padded to an even size.
    const end = at + 8 + size + (size % 2);
    if (end > bytes.length) throw damaged('WebP');
    if (!WEBP_DROPPED.has(fourcc)) {
      const chunk = Buffer.from(bytes.subarray(at, end));
      if (fourcc === 'VP8X' && size > 0) chunk[8] = chunk[8]! & ~VP8X_METADATA_FLAGS;
      kept.push(chunk);
    }
    at = end;
  }
  const body = Buffer.concat(kept);
  const header = Buffer.from(bytes.subarray(0, 12));
  header.writeUInt32LE(body.length + 4, 4);
  return Buffer.concat([header, body]);
}
