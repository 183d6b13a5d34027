import { ok, type Result } from '#shared/result';
import { formatBytes } from '../format';
import type { ZipEntry } from './centralDirectory';
import type { EndOfCentralDirectory } from './endOfCentralDirectory';
import { inflatedLength } from './inflateBounded';
import { METHOD, RECORD_LENGTH, SIGNATURE } from './records';
import { bomb, corrupt, printableName, type ZipProblem } from './zipProblem';

/** General-purpose flag bit 0: the entry is encrypted with the zip format's own password scheme. */
const ENCRYPTED = 1;

/** Where an entry's compressed bytes are, from its local header (APPNOTE 4.3.7), or why they are not there. */
function entryData(zip: Buffer, entry: ZipEntry, end: EndOfCentralDirectory): Result<Buffer, ZipProblem> {
  const name = printableName(entry.name);
  const at = entry.localHeaderOffset;
  if (at + RECORD_LENGTH.localHeader > end.directoryOffset || zip.readUInt32LE(at) !== SIGNATURE.localHeader) {
    return corrupt(`the header of ${name} is missing`);
  }
  // The local name and extra field may differ in length from the central ones; the data follows the local ones.
  const start = at + RECORD_LENGTH.localHeader + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  if (start + entry.compressedSize > end.directoryOffset) return corrupt(`${name} runs past the end of the file`);
  return ok(zip.subarray(start, start + entry.compressedSize));
}

/** Holds one entry to its declared size: no larger (a lie that would bypass the limits) and no smaller (damage). */
async function verifyEntry(zip: Buffer, entry: ZipEntry, end: EndOfCentralDirectory): Promise<Result<void, ZipProblem>> {
  const name = printableName(entry.name);
  if (entry.flags & ENCRYPTED) return corrupt(`${name} is encrypted with a zip password, which Excel never writes`);
  const data = entryData(zip, entry, end);
  if (!data.ok) return data;
  if (entry.method === METHOD.stored) {
    if (entry.compressedSize === entry.uncompressedSize) return ok(undefined);
    return corrupt(`${name} is stored with two different sizes`);
  }
  if (entry.method !== METHOD.deflate) return corrupt(`${name} uses compression method ${entry.method}, which Excel never writes`);
  const inflated = await inflatedLength(data.value, entry.uncompressedSize);
  switch (inflated.kind) {
    case 'over':
      return bomb(`expands beyond the sizes it declares (${name} declares ${formatBytes(entry.uncompressedSize)}); Leadsheet refuses archives that misstate their contents`);
    case 'error':
      return corrupt(`${name} does not inflate: ${inflated.message}`);
    case 'size':
      return inflated.bytes === entry.uncompressedSize ? ok(undefined) : corrupt(`${name} holds ${formatBytes(inflated.bytes)}, not the ${formatBytes(entry.uncompressedSize)} it declares`);
  }
}

/**
 * Inflates every entry, one at a time, each capped at its declared size, so exceljs is given only
 * an archive whose declared sizes (already held to the limits) are the truth. The CRC-32 is not
 * checked: a wrong CRC costs nothing, a wrong size is what would exhaust memory.
 */
export async function verifyEntries(zip: Buffer, entries: readonly ZipEntry[], end: EndOfCentralDirectory): Promise<Result<void, ZipProblem>> {
  for (const entry of entries) {
    const verified = await verifyEntry(zip, entry, end);
    if (!verified.ok) return verified;
  }
  return ok(undefined);
}
