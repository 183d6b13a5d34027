const SECTOR = 512;
const FREE = 0xffffffff;
const END_OF_CHAIN = 0xfffffffe;
const FAT_SECTOR = 0xfffffffd;

/** A 128-byte directory entry: `type` 5 is the root storage, 2 a stream; every stream here is empty. */
function directoryEntry(name: string, type: number): Buffer {
  const entry = Buffer.alloc(128);
  entry.write(name, 0, 'utf16le');
  entry.writeUInt16LE((name.length + 1) * 2, 0x40);
  entry[0x42] = type;
  entry.writeUInt32LE(FREE, 0x44);
  entry.writeUInt32LE(FREE, 0x48);
  entry.writeUInt32LE(FREE, 0x4c);
  entry.writeUInt32LE(END_OF_CHAIN, 0x74);
  return entry;
}

/**
 * A minimal OLE2 compound file (MS-CFB version 3) with empty streams of the given names (at most
 * three): a header, one FAT sector, one directory sector. Enough for a reader of names, not for Office.
 */
export function compoundFile(streams: readonly string[]): Buffer {
  const header = Buffer.alloc(SECTOR, 0);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  header.writeUInt16LE(0x3e, 0x18);
  header.writeUInt16LE(3, 0x1a);
  header.writeUInt16LE(0xfffe, 0x1c);
  header.writeUInt16LE(9, 0x1e);
  header.writeUInt16LE(6, 0x20);
  header.writeUInt32LE(1, 0x2c);
  header.writeUInt32LE(1, 0x30);
  header.writeUInt32LE(4096, 0x38);
  header.writeUInt32LE(END_OF_CHAIN, 0x3c);
  header.writeUInt32LE(END_OF_CHAIN, 0x44);
  for (let k = 0; k < 109; k++) header.writeUInt32LE(k === 0 ? 0 : FREE, 0x4c + 4 * k);
  const fat = Buffer.alloc(SECTOR, 0xff);
  fat.writeUInt32LE(FAT_SECTOR, 0);
  fat.writeUInt32LE(END_OF_CHAIN, 4);
  const entries = [directoryEntry('Root Entry', 5), ...streams.map((name) => directoryEntry(name, 2))];
  const directory = Buffer.concat([...entries, Buffer.alloc(SECTOR - 128 * entries.length)]);
  return Buffer.concat([header, fat, directory]);
}
