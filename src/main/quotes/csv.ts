import { EMPTY, type GridCell, type GridSheet } from './grid';

/** The delimiters a quote CSV may use: comma, semicolon (European Excel), tab (pasted from a sheet). */
export type CsvDelimiter = ',' | ';' | '\t';

const DELIMITERS: readonly CsvDelimiter[] = [',', ';', '\t'];

/** How many lines the delimiter guess reads: enough to pass a title and reach the rows. */
const SAMPLE_LINES = 30;

/** Per line of the sample, how often `delimiter` occurs outside quotes (a quoted newline does not end a line). */
function countsPerLine(text: string, delimiter: CsvDelimiter): number[] {
  const counts: number[] = [];
  let count = 0;
  let quoted = false;
  let fieldStart = true;
  for (let i = 0; i < text.length && counts.length < SAMPLE_LINES; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') i++;
        else quoted = false;
      }
      continue;
    }
    if (ch === '"' && fieldStart) quoted = true;
    else if (ch === delimiter) count++;
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      counts.push(count);
      count = 0;
    }
    fieldStart = ch === delimiter || ch === '\n' || ch === '\r';
  }
  if (counts.length < SAMPLE_LINES) counts.push(count);
  return counts;
}

/**
 * The delimiter that splits the most lines into the same number of fields. Consistency, not
 * frequency, decides: `1.234,50` puts commas in a semicolon file, but never the same number on
 * every line. A title line with none is simply outvoted. Ties go to the earlier of `,` `;` tab.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  let best: CsvDelimiter = ',';
  let bestScore = 0;
  for (const delimiter of DELIMITERS) {
    const tally = new Map<number, number>();
    for (const n of countsPerLine(text, delimiter)) if (n > 0) tally.set(n, (tally.get(n) ?? 0) + 1);
    // Lines agreeing on one count, weighted a little by the count so a wider split wins a tie.
    let score = 0;
    for (const [n, lines] of tally) score = Math.max(score, lines + n / 1000);
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Splits CSV text into records of fields (RFC 4180): fields in double quotes may hold the
 * delimiter, newlines and doubled quotes; CRLF, LF and CR all end a record; a UTF-8 BOM is dropped.
 * A final empty line is not a record.
 */
export function parseCsv(text: string, delimiter: CsvDelimiter): string[][] {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const n = source.length;
  while (i < n) {
    const ch = source[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (source[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) {
      record.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      if (ch === '\r' && source[i + 1] === '\n') i++;
    } else field += ch; // a quote inside an unquoted field is kept as written
    i++;
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}

/** CSV text as a one-sheet grid named `name`; every field is text, for the quote parser to read in the file's number style. */
export function csvSheet(text: string, name: string, delimiter: CsvDelimiter = detectDelimiter(text)): GridSheet {
  const rows = parseCsv(text, delimiter).map((record): GridCell[] => record.map((field) => (field === '' ? EMPTY : { kind: 'text', text: field })));
  return { name, rows, merges: [] };
}
