import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';

/** One entry of a hand-built zip: honest by default, lying when `declaredSize` says so. */
export interface ZipInput {
  readonly name: string;
  /** The entry's bytes; deflated unless `stored`. */
  readonly data?: Buffer;
  readonly stored?: boolean;
  /** Bytes already deflated, written as they are instead of deflating `data`. */
  readonly deflated?: Buffer;
  /** The uncompressed size written in both headers; `data`'s length unless set, which is how a zip lies. */
  readonly declaredSize?: number;
  readonly crc?: number;
}

/** Fields to spoil in the End of Central Directory record. */
export interface ZipOptions {
  /** Writes 0xFFFFFFFF as the directory's offset, the ZIP64 "look elsewhere" marker. */
  readonly zip64?: boolean;
}

/** A zip archive built byte by byte (APPNOTE 4.3), so tests can make it lie where a library would not. */
export function zipArchive(entries: readonly ZipInput[], options: ZipOptions = {}): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const data = entry.data ?? Buffer.alloc(0);
    const body = entry.stored ? data : (entry.deflated ?? deflateRawSync(data));
    const name = Buffer.from(entry.name, 'utf8');
    const method = entry.stored ? 0 : 8;
    const crc = entry.crc ?? crc32(data);
    const size = entry.declaredSize ?? data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(0x21, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(options.zip64 ? 0xffffffff : offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const xml = (body: string): Buffer => Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${body}`, 'utf8');

/** The parts of a one-sheet workbook, without the sheet: the sheet is what a test makes hostile. */
export const WORKBOOK_PARTS: readonly ZipInput[] = [
  {
    name: '[Content_Types].xml',
    data: xml(
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ),
  },
  {
    name: '_rels/.rels',
    data: xml('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
  },
  {
    name: 'xl/workbook.xml',
    data: xml('<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Quotes" sheetId="1" r:id="rId1"/></sheets></workbook>'),
  },
  {
    name: 'xl/_rels/workbook.xml.rels',
    data: xml('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'),
  },
];

/** The sheet that holds the zeros in a bomb: a part exceljs parses, so it cannot skip it. */
export const BOMB_PART = 'xl/worksheets/sheet1.xml';

/** `bytes` zero bytes deflated, streamed a mebibyte at a time so making a gigabyte of them costs no memory. */
export async function deflateZeros(bytes: number): Promise<{ deflated: Buffer; crc: number }> {
  const chunk = Buffer.alloc(1024 * 1024);
  let crc = 0;
  function* zeros(): Generator<Buffer> {
    for (let left = bytes; left > 0; left -= chunk.length) {
      const piece = left >= chunk.length ? chunk : chunk.subarray(0, left);
      crc = crc32(piece, crc);
      yield piece;
    }
  }
  const out: Buffer[] = [];
  await pipeline(Readable.from(zeros()), createDeflateRaw({ level: 9 }), async function (source: AsyncIterable<Buffer>) {
    for await (const piece of source) out.push(piece);
  });
  return { deflated: Buffer.concat(out), crc };
}

/** An honest zip bomb: a valid one-sheet workbook whose sheet is `bytes` zeros, every size declared truly. */
export async function zeroBomb(bytes: number): Promise<{ zip: Buffer; deflatedSheet: Buffer; compressedBytes: number; uncompressedBytes: number }> {
  const { deflated, crc } = await deflateZeros(bytes);
  const entries: ZipInput[] = [...WORKBOOK_PARTS, { name: BOMB_PART, deflated, declaredSize: bytes, crc }];
  const zip = zipArchive(entries);
  let compressedBytes = deflated.length;
  let uncompressedBytes = bytes;
  for (const part of WORKBOOK_PARTS) {
    compressedBytes += deflateRawSync(part.data ?? Buffer.alloc(0)).length;
    uncompressedBytes += part.data?.length ?? 0;
  }
  return { zip, deflatedSheet: deflated, compressedBytes, uncompressedBytes };
}
