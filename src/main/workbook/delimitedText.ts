/** Extensions that promise delimited text; a file without one must show a consistent delimiter. */
const TEXT_EXTENSIONS = new Set(['.csv', '.tsv', '.txt']);
const DELIMITERS = [',', '\t', ';', '|'] as const;
/** Lines looked at when guessing whether an unlabelled file is delimited text. */
const SAMPLE_LINES = 20;

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const UTF16LE_BOM = [0xff, 0xfe];
const UTF16BE_BOM = [0xfe, 0xff];

function startsWith(bytes: Buffer, prefix: readonly number[]): boolean {
  return prefix.every((byte, k) => bytes[k] === byte);
}

/**
 * The text of a file, BOM removed, or null when its bytes are not text. UTF-8 first; a UTF-16 BOM
 * is what Excel's "Unicode Text" writes; Windows-1252 is what Excel's "CSV (Comma delimited)"
 * writes on Windows, accepted only for a file named as text, since any bytes decode as it.
 */
function decode(bytes: Buffer, namedAsText: boolean): string | null {
  try {
    if (startsWith(bytes, UTF8_BOM)) return new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(3));
    if (startsWith(bytes, UTF16LE_BOM)) return new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2));
    if (startsWith(bytes, UTF16BE_BOM)) return new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return namedAsText ? new TextDecoder('windows-1252').decode(bytes) : null;
  }
}

/** Control characters other than tab, line feed, form feed and carriage return mark binary data. */
// eslint-disable-next-line no-control-regex
const BINARY = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/;

/** How many times `delimiter` occurs in a line outside double-quoted fields. */
function countOutsideQuotes(line: string, delimiter: string): number {
  let count = 0;
  let quoted = false;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (char === delimiter && !quoted) count++;
  }
  return count;
}

/** Whether the first lines share a delimiter, the same number of times on each line. */
function looksDelimited(text: string): boolean {
  const lines = text.split(/\r\n|\n|\r/, SAMPLE_LINES + 1).slice(0, SAMPLE_LINES).filter((line) => line.trim() !== '');
  if (lines.length < 2) return false;
  return DELIMITERS.some((delimiter) => {
    const first = countOutsideQuotes(lines[0] as string, delimiter);
    return first > 0 && lines.every((line) => countOutsideQuotes(line, delimiter) === first);
  });
}

/** A file's text when it is delimited text (by its extension, or by its look), BOM removed; otherwise null. */
export function delimitedText(bytes: Buffer, extension: string): string | null {
  const namedAsText = TEXT_EXTENSIONS.has(extension.toLowerCase());
  const text = decode(bytes, namedAsText);
  if (text === null || BINARY.test(text)) return null;
  return namedAsText || looksDelimited(text) ? text : null;
}
