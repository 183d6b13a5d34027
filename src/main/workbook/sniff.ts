import { OLE2_SIGNATURE } from './ole2';

/** What a file's first bytes say it is, whatever its extension claims. */
export type Signature = 'zip' | 'ole2' | 'other';

/** `PK\x03\x04` opens an archive's first entry; `PK\x05\x06` opens an archive with none. */
const ZIP_SIGNATURES = [Buffer.from('PK\x03\x04', 'latin1'), Buffer.from('PK\x05\x06', 'latin1')];

/** The container format by the file's signature: an .xlsx is a zip, an .xls or encrypted workbook is OLE2. */
export function sniffSignature(bytes: Buffer): Signature {
  if (ZIP_SIGNATURES.some((signature) => bytes.subarray(0, 4).equals(signature))) return 'zip';
  if (bytes.subarray(0, 8).equals(OLE2_SIGNATURE)) return 'ole2';
  return 'other';
}
