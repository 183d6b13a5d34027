/** Bounds on what {@link openSpreadsheet} will read; sizes in bytes. */
export interface SpreadsheetLimits {
  /** Largest file on disk; it is read whole, so this bounds the first allocation. */
  readonly maxFileBytes: number;
  /** Most entries in a workbook's zip; a real workbook has tens, a few thousand with many images. */
  readonly maxEntries: number;
  /** Largest sum of the entries' uncompressed sizes: the memory exceljs would need to hold them. */
  readonly maxUncompressedBytes: number;
  /** Largest uncompressed/compressed ratio of any entry over {@link RATIO_FLOOR_BYTES}. */
  readonly maxRatio: number;
}

const MB = 1024 * 1024;

/** The limits used when the caller gives none. */
export const DEFAULT_SPREADSHEET_LIMITS: SpreadsheetLimits = {
  maxFileBytes: 50 * MB,
  maxEntries: 10_000,
  maxUncompressedBytes: 500 * MB,
  maxRatio: 200,
};

/** Entries at or under this many uncompressed bytes skip the ratio check: small XML parts compress far beyond 200:1 when they repeat. */
export const RATIO_FLOOR_BYTES = MB;

/** The caller's limits over the defaults; a limit given as undefined keeps its default rather than becoming no limit. */
export function withDefaults(limits: Partial<SpreadsheetLimits>): SpreadsheetLimits {
  const given = Object.entries(limits).filter(([, value]) => value !== undefined);
  return { ...DEFAULT_SPREADSHEET_LIMITS, ...Object.fromEntries(given) };
}
