import { ok, type Result } from '#shared/result';
import { RECORD_LENGTH, SIGNATURE, ZIP64_16, ZIP64_32 } from './records';
import { corrupt, zip64, type ZipProblem } from './zipProblem';

/** Where the central directory is, as the End of Central Directory record says; offsets in bytes from the file's start. */
export interface EndOfCentralDirectory {
  readonly entries: number;
  readonly directoryOffset: number;
  readonly directorySize: number;
  /** Where the record itself starts: the central directory must end at or before it. */
  readonly position: number;
}

/** The comment after the record is at most 65,535 bytes, so the record starts within this distance of the end. */
const SEARCH_SPAN = 0xffff + RECORD_LENGTH.endOfCentralDirectory;

/**
 * The offset of the last End of Central Directory signature, or -1. The last one, even inside the
 * record's own fields or comment, because that is the one exceljs's zip reader (JSZip) takes: the
 * checks here must see the directory it will read, not another one planted beside it.
 */
function lastSignature(zip: Buffer): number {
  for (let at = zip.length - 4; at >= Math.max(0, zip.length - SEARCH_SPAN); at--) {
    if (zip.readUInt32LE(at) === SIGNATURE.endOfCentralDirectory) return at;
  }
  return -1;
}

/** Finds and checks the End of Central Directory record (APPNOTE 4.3.16); ZIP64 archives are refused. */
export function readEndOfCentralDirectory(zip: Buffer): Result<EndOfCentralDirectory, ZipProblem> {
  const at = lastSignature(zip);
  if (at < 0) return corrupt('its directory is missing, as in a file cut short');
  const recordEnd = at + RECORD_LENGTH.endOfCentralDirectory;
  if (recordEnd > zip.length || recordEnd + zip.readUInt16LE(at + 20) > zip.length) return corrupt('its end record is cut short');
  const disk = zip.readUInt16LE(at + 4);
  const directoryDisk = zip.readUInt16LE(at + 6);
  const entriesHere = zip.readUInt16LE(at + 8);
  const entries = zip.readUInt16LE(at + 10);
  const directorySize = zip.readUInt32LE(at + 12);
  const directoryOffset = zip.readUInt32LE(at + 16);
  const locator = at - RECORD_LENGTH.zip64Locator;
  if (entries === ZIP64_16 || directorySize === ZIP64_32 || directoryOffset === ZIP64_32 || (locator >= 0 && zip.readUInt32LE(locator) === SIGNATURE.zip64Locator)) {
    return zip64();
  }
  if (disk !== 0 || directoryDisk !== 0 || entriesHere !== entries) return corrupt('it is one part of an archive split over several files');
  if (directoryOffset + directorySize > at) return corrupt('its directory runs past the end of the file');
  // JSZip shifts every offset when the directory does not end where the record starts (data
  // prepended to the archive); Excel never writes that, and refusing it keeps one reading of the file.
  if (directoryOffset + directorySize < at) return corrupt('its directory is not where its end record says');
  return ok({ entries, directoryOffset, directorySize, position: at });
}
