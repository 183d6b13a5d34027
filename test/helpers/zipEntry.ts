import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import { readCentralDirectory } from '#main/workbook/zip/centralDirectory';
import { readEndOfCentralDirectory } from '#main/workbook/zip/endOfCentralDirectory';

/** The text of one entry of a zip file, found through the same central-directory reader the app uses. */
export function zipEntryText(path: string, name: string): string {
  const zip = readFileSync(path);
  const end = readEndOfCentralDirectory(zip);
  if (!end.ok) throw new Error(`${path}: ${end.error.reason}`);
  const entries = readCentralDirectory(zip, end.value);
  const entry = entries.ok ? entries.value.find((e) => e.name === name) : undefined;
  if (!entry) throw new Error(`${name} is not in ${path}`);
  const local = entry.localHeaderOffset;
  const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
  const data = zip.subarray(start, start + entry.compressedSize);
  return (entry.method === 0 ? data : inflateRawSync(data)).toString('utf8');
}
