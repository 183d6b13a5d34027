/**
 * A minimal reader of the OLE2 compound file format (MS-CFB): just enough of the sector chains to
 * list the directory's stream names, which tell an old .xls from an encrypted .xlsx.
 */

/** The eight bytes every compound file starts with. */
export const OLE2_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

const END_OF_CHAIN = 0xfffffffe;
const HEADER_DIFAT_SLOTS = 109;
const DIRECTORY_ENTRY = 128;
const STREAM = 2;

/** Sector `id`'s bytes, or null when it lies outside the file; sector 0 follows the header sector. */
function sector(file: Buffer, id: number, size: number): Buffer | null {
  const start = (id + 1) * size;
  return start + size <= file.length ? file.subarray(start, start + size) : null;
}

/** The sector ids of the FAT, from the header's 109 slots and then the DIFAT chain. */
function fatSectorIds(file: Buffer, size: number, sectors: number): number[] | null {
  const count = file.readUInt32LE(0x2c);
  if (count > sectors) return null;
  const ids: number[] = [];
  for (let k = 0; k < HEADER_DIFAT_SLOTS && ids.length < count; k++) ids.push(file.readUInt32LE(0x4c + 4 * k));
  let next = file.readUInt32LE(0x44);
  // Every step reads a new sector, so a loop in the chain ends after at most `sectors` steps.
  for (let steps = 0; ids.length < count; steps++) {
    const bytes = steps < sectors ? sector(file, next, size) : null;
    if (!bytes) return null;
    for (let at = 0; at < size - 4 && ids.length < count; at += 4) ids.push(bytes.readUInt32LE(at));
    next = bytes.readUInt32LE(size - 4);
  }
  return ids;
}

/** The file allocation table: entry k is the sector after sector k in its chain. */
function readFat(file: Buffer, size: number, sectors: number): Uint32Array | null {
  const ids = fatSectorIds(file, size, sectors);
  if (!ids) return null;
  const perSector = size / 4;
  const fat = new Uint32Array(ids.length * perSector);
  for (const [k, id] of ids.entries()) {
    const bytes = sector(file, id, size);
    if (!bytes) return null;
    for (let j = 0; j < perSector; j++) fat[k * perSector + j] = bytes.readUInt32LE(4 * j);
  }
  return fat;
}

/** The names of the streams in a compound file's directory, or null when the file is not a readable one. */
export function ole2StreamNames(file: Buffer): Set<string> | null {
  if (file.length < 512 || !file.subarray(0, 8).equals(OLE2_SIGNATURE)) return null;
  const shift = file.readUInt16LE(0x1e);
  // Version 3 files use 512-byte sectors, version 4 files 4096-byte ones; nothing else exists.
  if (shift !== 9 && shift !== 12) return null;
  const size = 1 << shift;
  const sectors = Math.floor(file.length / size) - 1;
  const fat = readFat(file, size, sectors);
  if (!fat) return null;
  const names = new Set<string>();
  let id = file.readUInt32LE(0x30);
  for (let steps = 0; id !== END_OF_CHAIN; steps++) {
    const bytes = steps < sectors ? sector(file, id, size) : null;
    if (!bytes) return null;
    for (let at = 0; at + DIRECTORY_ENTRY <= size; at += DIRECTORY_ENTRY) {
      // The length counts the UTF-16 terminator; 64 bytes hold at most 31 characters and it.
      const length = Math.min(bytes.readUInt16LE(at + 0x40), 64);
      if (bytes[at + 0x42] === STREAM && length >= 2) names.add(bytes.toString('utf16le', at, at + length - 2));
    }
    id = fat[id] ?? END_OF_CHAIN;
  }
  return names;
}
