import { ok, type Result } from '#shared/result';
import { formatBytes, formatCount } from '../format';
import { RATIO_FLOOR_BYTES, type SpreadsheetLimits } from '../limits';
import type { ZipEntry } from './centralDirectory';
import { bomb, printableName, type ZipProblem } from './zipProblem';

/** Too many entries, refused before the directory is walked, so a million tiny headers cost nothing. */
export function checkEntryCount(entries: number, limits: SpreadsheetLimits): Result<void, ZipProblem> {
  if (entries <= limits.maxEntries) return ok(undefined);
  return bomb(`has ${formatCount(entries)} parts; Leadsheet refuses workbooks with more than ${formatCount(limits.maxEntries)}`);
}

/** `1000:1`, rounded; a part that declares no compressed bytes at all has no finite ratio. */
function ratioText(uncompressed: number, compressed: number): string {
  return compressed > 0 ? `${formatCount(Math.round(uncompressed / compressed))}:1` : '∞:1';
}

/**
 * Refuses an archive whose declared sizes expand beyond the limits, before a byte is inflated.
 * The declared sizes may lie; {@link verifyEntries} later holds each entry to its declaration.
 */
export function checkExpansion(entries: readonly ZipEntry[], limits: SpreadsheetLimits): Result<void, ZipProblem> {
  let uncompressed = 0;
  let compressed = 0;
  for (const entry of entries) {
    uncompressed += entry.uncompressedSize;
    compressed += entry.compressedSize;
  }
  if (uncompressed > limits.maxUncompressedBytes) {
    return bomb(`expands to ${formatBytes(uncompressed)} (ratio ${ratioText(uncompressed, compressed)}); Leadsheet refuses workbooks that expand beyond ${formatBytes(limits.maxUncompressedBytes)}`);
  }
  for (const entry of entries) {
    // Small parts are exempt: a few hundred KB of repeated XML compresses far beyond 200:1 and costs nothing.
    if (entry.uncompressedSize <= RATIO_FLOOR_BYTES || entry.uncompressedSize <= entry.compressedSize * limits.maxRatio) continue;
    return bomb(
      `expands to ${formatBytes(entry.uncompressedSize)} (ratio ${ratioText(entry.uncompressedSize, entry.compressedSize)} in ${printableName(entry.name)}); ` +
        `Leadsheet refuses workbook parts compressed beyond ${formatCount(limits.maxRatio)}:1`,
    );
  }
  return ok(undefined);
}
