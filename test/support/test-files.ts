import { deflateSync } from 'node:zlib';

/**
 * Small files built byte by byte for the attachment tests, so no binary is committed:
 * a valid baseline JPEG (8×8, one grey block), the same with an EXIF block carrying a
 * GPS position, a 1×1 PNG, a PDF and the start of a Windows executable.
 */

const segment = (marker: number, body: Buffer) => {
  const head = Buffer.alloc(4);
  head.writeUInt16BE(0xff00 | marker, 0);
  head.writeUInt16BE(body.length + 2, 2);
  return Buffer.concat([head, body]);
};

/** SOI, a quantisation table, an 8×8 one-component frame, one-symbol Huffman tables, the scan, EOI. */
function jpegParts(): { soi: Buffer; rest: Buffer } {
  const dqt = segment(0xdb, Buffer.concat([Buffer.from([0x00]), Buffer.alloc(64, 1)]));
  const sof0 = segment(0xc0, Buffer.from([8, 0, 8, 0, 8, 1, 1, 0x11, 0]));
  // DC and AC table 0, each one code of length 1 ("0") for symbol 0 (DC: difference 0; AC: end of block).
  const table = (classAndId: number) =>
    Buffer.concat([Buffer.from([classAndId, 1]), Buffer.alloc(15, 0), Buffer.from([0])]);
  const dht = segment(0xc4, Buffer.concat([table(0x00), table(0x10)]));
  const sos = segment(0xda, Buffer.from([1, 1, 0x00, 0, 63, 0]));
  // "0" (DC difference 0) then "0" (end of block), padded with ones.
  const scan = Buffer.from([0x3f]);
  return {
    soi: Buffer.from([0xff, 0xd8]),
    rest: Buffer.concat([dqt, sof0, dht, sos, scan, Buffer.from([0xff, 0xd9])]),
  };
}

/** A JPEG without any metadata. */
export function plainJpeg(): Buffer {
  const { soi, rest } = jpegParts();
  return Buffer.concat([soi, rest]);
}

/** An APP1 Exif segment whose GPS IFD says 32°3′N 118°47′E (南京). */
function exifGpsSegment(): Buffer {
  const tiff = Buffer.alloc(128);
  tiff.write('II', 0, 'latin1');
  tiff.writeUInt16LE(42, 2);
  tiff.writeUInt32LE(8, 4);
  // IFD0: one entry, GPSInfo → the GPS IFD at 26.
  tiff.writeUInt16LE(1, 8);
  tiff.writeUInt16LE(0x8825, 10);
  tiff.writeUInt16LE(4, 12);
  tiff.writeUInt32LE(1, 14);
  tiff.writeUInt32LE(26, 18);
  tiff.writeUInt32LE(0, 22);
  // GPS IFD: latitude ref and value, longitude ref and value; rationals at 80 and 104.
  tiff.writeUInt16LE(4, 26);
  const entry = (at: number, tag: number, type: number, count: number, value: Buffer) => {
    tiff.writeUInt16LE(tag, at);
    tiff.writeUInt16LE(type, at + 2);
    tiff.writeUInt32LE(count, at + 4);
    value.copy(tiff, at + 8);
  };
  const offset = (value: number) => {
    const bytes = Buffer.alloc(4);
    bytes.writeUInt32LE(value);
    return bytes;
  };
  entry(28, 0x0001, 2, 2, Buffer.from('N\0', 'latin1'));
  entry(40, 0x0002, 5, 3, offset(80));
  entry(52, 0x0003, 2, 2, Buffer.from('E\0', 'latin1'));
  entry(64, 0x0004, 5, 3, offset(104));
  tiff.writeUInt32LE(0, 76);
  [32, 3, 0, 118, 47, 0].forEach((value, index) => {
    tiff.writeUInt32LE(value, 80 + index * 8);
    tiff.writeUInt32LE(1, 84 + index * 8);
  });
  return segment(0xe1, Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]));
}

/** The plain JPEG with the GPS block right after SOI, as a phone writes it. */
export function jpegWithGps(): Buffer {
  const { soi, rest } = jpegParts();
  return Buffer.concat([soi, exifGpsSegment(), rest]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

const pngChunk = (type: string, data: Buffer) => {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
};

/** A 1×1 grey PNG. */
export function png(): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(1, 0);
  header.writeUInt32BE(1, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // greyscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(Buffer.from([0, 0x80]))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A one-page PDF. */
export function pdf(text = '整改通知书'): Buffer {
  return Buffer.from(
    `%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj\n% ${text}\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
    'utf8',
  );
}

/** The DOS header of a Windows executable ("MZ"), padded: what file-type reads as one. */
export function windowsExecutable(): Buffer {
  const bytes = Buffer.alloc(512);
  bytes.write('MZ', 0, 'latin1');
  return bytes;
}
