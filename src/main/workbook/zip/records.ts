/** Record signatures of the zip format (APPNOTE.TXT 4.3), as read little-endian. */
export const SIGNATURE = {
  localHeader: 0x04034b50,
  centralHeader: 0x02014b50,
  endOfCentralDirectory: 0x06054b50,
  zip64EndOfCentralDirectory: 0x06064b50,
  zip64Locator: 0x07064b50,
} as const;

/** Fixed lengths of the records, before their variable-length names, extra fields and comments. */
export const RECORD_LENGTH = {
  localHeader: 30,
  centralHeader: 46,
  endOfCentralDirectory: 22,
  zip64Locator: 20,
} as const;

/** A field of all ones means "see the ZIP64 record" in every size, offset and count field. */
export const ZIP64_16 = 0xffff;
/** The 32-bit form of {@link ZIP64_16}. */
export const ZIP64_32 = 0xffffffff;
/** Extra-field id of the ZIP64 extended information block. */
export const ZIP64_EXTRA_ID = 0x0001;

/** Compression methods a workbook uses: Excel and LibreOffice write deflate, some tools store small parts. */
export const METHOD = { stored: 0, deflate: 8 } as const;
