import { cellText, type GridCell } from './grid';

/** Columns of a header that tell one vendor's template from another; a wider sheet is known by its first ones. */
export const MAX_FORMAT_COLUMNS = 100;

/** Characters of one header text kept for telling templates apart. */
export const MAX_FORMAT_TEXT = 200;

/**
 * A sheet's format as a vendor's template repeats it: each header cell's text trimmed, with runs
 * of white space as one space and case folded, in column order, blank headers kept as '' so a
 * template with a column inserted is another format, and blanks after the last header dropped.
 */
export function sheetFormat(header: readonly GridCell[]): string[] {
  const texts = header.slice(0, MAX_FORMAT_COLUMNS).map((cell) => cellText(cell).normalize('NFC').trim().replace(/\s+/gu, ' ').toLowerCase().slice(0, MAX_FORMAT_TEXT));
  while (texts.length > 0 && texts.at(-1) === '') texts.pop();
  return texts;
}

/** One string per format, for looking formats up: two formats are the same when their keys are. */
export function formatKey(headers: readonly string[]): string {
  return JSON.stringify(headers);
}
