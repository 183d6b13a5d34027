import { quoteSchema, type Quote } from '#shared/model';
import { err, ok, type Result } from '#shared/result';
import { FIELD_LABELS, mapColumns, normaliseHeader, QUOTE_FIELDS, type ColumnMapping, type ColumnOverride, type QuoteField } from './columns';
import { findCurrencies } from './currency';
import { termUnitOfHeader } from './duration';
import { cellAt, cellText, columnLetter, type GridCell, type GridSheet } from './grid';
import { findHeaderRow, HEADER_SCAN_ROWS } from './header';
import { inferNumberStyle, type NumberStyle } from './numberStyle';
import { findUnits, modelOfWords } from './pricingModel';
import { perOfText } from './quantity';
import { quoteOfRow, type SheetReader } from './quoteRow';
import { classifyRow, skipNotices, type SkippedRow } from './rows';
import { sheetFormat } from './sheetFormat';

/**
 * What to import: the file's name for each quote, one sheet by name or all that hold quotes, the
 * caller's column corrections, and the corrections remembered for a sheet's format (its
 * {@link sheetFormat}), used for each sheet when the caller gave none.
 */
export interface QuoteImportOptions {
  readonly file: string;
  readonly sheet?: string;
  readonly map?: ColumnOverride;
  readonly recall?: (headers: readonly string[]) => ColumnOverride | undefined;
}

/** How a sheet's columns were mapped: by detection, by the caller's map, or by one remembered for its format. */
export type MappedBy = 'detected' | 'given' | 'recalled';

/** A sheet read: its format (see {@link sheetFormat}) and what mapped its columns; a map that changed nothing counts as detection. */
export interface SheetFormatUse {
  readonly sheet: string;
  readonly headers: readonly string[];
  readonly mappedBy: MappedBy;
}

/** One field's column in one sheet, as shown to a user who may correct it: `amount` ← `D` `Monthly fee`. */
export interface SheetColumn {
  readonly sheet: string;
  readonly field: QuoteField;
  readonly column: string;
  readonly header: string;
}

/** The quotes of a file, every row kept, with notices of the rows and sheets skipped and the column mapping used. */
export interface QuoteImport {
  readonly quotes: Quote[];
  readonly notices: string[];
  readonly mapping: SheetColumn[];
  readonly numberStyle: NumberStyle;
  readonly formats: SheetFormatUse[];
}

/** Why no quotes could be read at all: the sheet named is not there, no sheet has a header row, or the caller's map names no column. */
export interface QuoteImportError {
  readonly kind: 'no-such-sheet' | 'no-header' | 'bad-map';
  readonly message: string;
}

/** The fields whose text cells hold numbers, whose separators tell the file's number style. */
const NUMERIC_FIELDS: readonly QuoteField[] = ['amount', 'quantity', 'term', 'minimumTerm', 'discount'];

const EXPECTED = `expected at least two of: ${QUOTE_FIELDS.map((f) => FIELD_LABELS[f]).join(', ')}`;

/** A sheet whose header was found and mapped, before its rows are read. */
interface MappedSheet {
  readonly grid: GridSheet;
  readonly header: number;
  readonly mapping: ColumnMapping[];
  readonly format: SheetFormatUse;
  readonly columns: ReadonlyMap<QuoteField, ColumnMapping>;
  /** 0-based rows below the header that are quotes, and those skipped. */
  readonly quoteRows: number[];
  readonly skipped: SkippedRow[];
  readonly cell: (row: number, col: number) => GridCell;
}

/** A reader of a sheet's cells that repeats a vertically merged cell's value down the rows it covers (a vendor merged over its three rows). */
function mergedReader(sheet: GridSheet): (row: number, col: number) => GridCell {
  const filled = new Map<string, GridCell>();
  for (const m of sheet.merges) {
    if (m.bottom === m.top) continue;
    const master = cellAt(sheet, m.top, m.left);
    for (let r = m.top + 1; r <= m.bottom; r++) filled.set(`${r}:${m.left}`, master);
  }
  if (filled.size === 0) return (row, col) => cellAt(sheet, row, col);
  return (row, col) => filled.get(`${row}:${col}`) ?? cellAt(sheet, row, col);
}

/** The sheets to read: the one named (exactly, else ignoring case), or all. */
function chooseSheets(sheets: readonly GridSheet[], options: QuoteImportOptions): Result<readonly GridSheet[], QuoteImportError> {
  if (options.sheet === undefined) return ok(sheets);
  const wanted = options.sheet;
  const found = sheets.find((s) => s.name === wanted) ?? sheets.find((s) => s.name.toLowerCase() === wanted.toLowerCase());
  if (found) return ok([found]);
  return err({ kind: 'no-such-sheet', message: `${options.file}: no sheet named '${wanted}'; its sheets are ${sheets.map((s) => `'${s.name}'`).join(', ')}` });
}

/** A sheet's header found, its columns mapped and its rows sorted into quotes and skipped ones; null when it has no header. */
function mapSheet(grid: GridSheet, options: QuoteImportOptions): Result<MappedSheet | null, QuoteImportError> {
  const extraNames = new Set(Object.values(options.map ?? {}).flatMap((target) => (target ? [normaliseHeader(target)] : [])));
  const header = findHeaderRow(grid, extraNames);
  if (header === null) return ok(null);
  const cell = mergedReader(grid);
  const width = grid.rows.reduce((w, row) => Math.max(w, row.length), 0);
  const headerCells = grid.rows[header] ?? [];
  const headers = sheetFormat(headerCells);
  const recalled = options.map === undefined ? options.recall?.(headers) : undefined;
  const detected = mapColumns(headerCells, {}, width);
  const given = options.map ?? recalled;
  const chosen = given === undefined ? detected : mapColumns(headerCells, given, width);
  // A remembered map that no longer fits is no reason to refuse a file the detection can read.
  const mapped = !chosen.ok && recalled !== undefined ? detected : chosen;
  if (!mapped.ok) return err({ kind: 'bad-map', message: `${grid.name}: ${mapped.error}` });
  const mappedBy: MappedBy = detected.ok && sameMapping(mapped.value, detected.value) ? 'detected' : options.map === undefined ? 'recalled' : 'given';
  const quoteRows: number[] = [];
  const skipped: SkippedRow[] = [];
  // Blank rows after the last filled one are the end of the sheet, not rows anyone left out.
  let last = grid.rows.length - 1;
  while (last > header && classifyRow(grid.rows[last] ?? []) === 'blank') last--;
  for (let r = header + 1; r <= last; r++) {
    const own = grid.rows[r] ?? [];
    const cells = grid.merges.length === 0 ? own : own.map((_, c) => cell(r, c));
    const kind = classifyRow(cells);
    if (kind === 'quote') quoteRows.push(r);
    else skipped.push({ row: r + 1, kind });
  }
  const columns = new Map(mapped.value.map((m) => [m.field, m]));
  return ok({ grid, header, mapping: mapped.value, format: { sheet: grid.name, headers, mappedBy }, columns, quoteRows, skipped, cell });
}

function sameMapping(a: readonly ColumnMapping[], b: readonly ColumnMapping[]): boolean {
  return a.length === b.length && a.every((m, i) => m.field === b[i]?.field && m.column === b[i]?.column);
}

/** The numeric texts of every mapped numeric column, for the file's number style. */
function* numericTexts(sheets: readonly MappedSheet[]): Generator<string> {
  for (const sheet of sheets) {
    const cols = NUMERIC_FIELDS.flatMap((f) => {
      const m = sheet.columns.get(f);
      return m ? [m.column] : [];
    });
    for (const r of sheet.quoteRows) {
      for (const c of cols) {
        const cell = sheet.cell(r, c);
        if (cell.kind === 'text') yield cell.text;
      }
    }
  }
}

/** `raw`'s keys: each column's header, its letter where it has none, and header and letter where two share a header. */
function rawKeys(sheet: MappedSheet): SheetReader['rawKeys'] {
  const width = Math.max(...sheet.quoteRows.map((r) => sheet.grid.rows[r]?.length ?? 0), sheet.grid.rows[sheet.header]?.length ?? 0);
  const seen = new Set<string>();
  return Array.from({ length: width }, (_, c) => {
    const header = cellText(cellAt(sheet.grid, sheet.header, c)).trim();
    const letter = columnLetter(c);
    const key = header === '' ? letter : seen.has(header) ? `${header} (${letter})` : header;
    seen.add(key);
    return { key, headed: header !== '' };
  });
}

/** What the headers say for every row: `Price (USD)`, `Day rate`, `Hours per week`, `Term (years)`. */
function hintsOf(columns: ReadonlyMap<QuoteField, ColumnMapping>): SheetReader['hints'] {
  const header = (field: QuoteField): string => columns.get(field)?.header ?? '';
  const price = header('amount');
  // `Rate (€/day)` names its unit after a slash; `Day rate` and `Monthly fee` name it as a word.
  const unit = findUnits(price)[0]?.meaning ?? modelOfWords(normaliseHeader(price).replace(/\b(?:rate|fee|price|cost|amount|charge)\b/g, '').trim());
  const pick = (f: QuoteField): string => (columns.has(f) ? header(f).replace(/^\s*(?:min(?:imum)?\.?\s*)?(?:term|duration|length)\b/i, '') : '');
  return {
    currency: findCurrencies(price)[0] ?? null,
    unit: unit ? { meaning: unit, header: price } : null,
    per: perOfText(header('quantity')),
    termUnit: termUnitOfHeader(pick('term')),
    minimumUnit: termUnitOfHeader(pick('minimumTerm')),
  };
}

/**
 * Reads vendor quotes from a workbook's sheets (or a CSV's one): finds each sheet's header under
 * any titles, maps its columns by name (the caller's map wins, else one recalled for the sheet's
 * format), infers the file's number style, and reads every row below into a quote. Blank, total
 * and subtotal rows are skipped with a notice; every other row is kept, errors and all. Fails
 * only when no sheet can be read: an unknown sheet name, no header row, or a caller's mapping
 * that names no column.
 */
export function parseQuoteSheets(sheets: readonly GridSheet[], options: QuoteImportOptions): Result<QuoteImport, QuoteImportError> {
  const chosen = chooseSheets(sheets, options);
  if (!chosen.ok) return chosen;
  const mapped: MappedSheet[] = [];
  const notices: string[] = [];
  for (const grid of chosen.value) {
    const sheet = mapSheet(grid, options);
    if (!sheet.ok) return sheet;
    if (sheet.value) mapped.push(sheet.value);
    else if (chosen.value.length > 1) notices.push(`${grid.name} skipped: no header row in its first ${HEADER_SCAN_ROWS} rows`);
  }
  if (mapped.length === 0) {
    const where = chosen.value.length === 1 ? `${chosen.value[0]?.name}` : `${options.file}: no sheet`;
    return err({ kind: 'no-header', message: `${where}: no header row in the first ${HEADER_SCAN_ROWS} rows; ${EXPECTED}` });
  }
  const numberStyle = inferNumberStyle(numericTexts(mapped));
  const quotes: Quote[] = [];
  const mapping: SheetColumn[] = [];
  const formats: SheetFormatUse[] = [];
  for (const sheet of mapped) {
    const name = sheet.grid.name;
    if (!sheet.columns.has('amount')) notices.push(`${name}: no price column (a header such as Price, Rate, Fee or Amount)`);
    const reader: SheetReader = { file: options.file, sheet: name, columns: sheet.columns, rawKeys: rawKeys(sheet), style: numberStyle, hints: hintsOf(sheet.columns), cell: sheet.cell };
    for (const r of sheet.quoteRows) quotes.push(quoteSchema.parse(quoteOfRow(reader, r)));
    notices.push(...skipNotices(name, sheet.skipped));
    mapping.push(...sheet.mapping.map((m) => ({ sheet: name, field: m.field, column: m.letter, header: m.header })));
    formats.push(sheet.format);
  }
  return ok({ quotes, notices, mapping, numberStyle, formats });
}
