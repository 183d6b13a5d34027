import { ok, type Result } from '#shared/result';
import { RECORD_LENGTH, SIGNATURE, ZIP64_32, ZIP64_EXTRA_ID } from './records';
import { corrupt, zip64, type ZipProblem } from './zipProblem';
import type { EndOfCentralDirectory } from './endOfCentralDirectory';

/** One file in a zip archive as its central directory header declares it; sizes in bytes. */
export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
}

/** General-purpose flag bit 11: the name is UTF-8; otherwise it is code page 437, which ASCII names share. */
const UTF8_NAME = 1 << 11;

/** Whether an extra field (a run of id, length, data blocks) holds a ZIP64 block. */
function hasZip64Extra(extra: Buffer): boolean {
  for (let at = 0; at + 4 <= extra.length; at += 4 + extra.readUInt16LE(at + 2)) {
    if (extra.readUInt16LE(at) === ZIP64_EXTRA_ID) return true;
  }
  return false;
}

/** Reads every central directory header (APPNOTE 4.3.12), each checked to lie inside the directory. */
export function readCentralDirectory(zip: Buffer, end: EndOfCentralDirectory): Result<ZipEntry[], ZipProblem> {
  const entries: ZipEntry[] = [];
  const stop = end.directoryOffset + end.directorySize;
  let at = end.directoryOffset;
  for (let k = 0; k < end.entries; k++) {
    if (at + RECORD_LENGTH.centralHeader > stop || zip.readUInt32LE(at) !== SIGNATURE.centralHeader) {
      return corrupt(`entry ${k + 1} of its directory is malformed`);
    }
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const next = at + RECORD_LENGTH.centralHeader + nameLength + extraLength + commentLength;
    if (next > stop) return corrupt(`entry ${k + 1} of its directory runs past the directory's end`);
    const flags = zip.readUInt16LE(at + 8);
    const nameStart = at + RECORD_LENGTH.centralHeader;
    const entry: ZipEntry = {
      name: zip.toString(flags & UTF8_NAME ? 'utf8' : 'latin1', nameStart, nameStart + nameLength),
      method: zip.readUInt16LE(at + 10),
      flags,
      compressedSize: zip.readUInt32LE(at + 20),
      uncompressedSize: zip.readUInt32LE(at + 24),
      localHeaderOffset: zip.readUInt32LE(at + 42),
    };
    const extra = zip.subarray(nameStart + nameLength, nameStart + nameLength + extraLength);
    if (entry.compressedSize === ZIP64_32 || entry.uncompressedSize === ZIP64_32 || entry.localHeaderOffset === ZIP64_32 || hasZip64Extra(extra)) {
      return zip64();
    }
    entries.push(entry);
    at = next;
  }
  // JSZip reads headers for as long as they follow one another, whatever the count says; a
  // directory with more than its count would give it entries these checks never saw.
  if (at !== stop) return corrupt(`its directory holds more than the ${end.entries} entries it declares`);
  return ok(entries);
}
