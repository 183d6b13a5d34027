import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parseQuoteSheets } from '#main/quotes/parseQuotes';
import { openSpreadsheet } from '#main/workbook/openSpreadsheet';
import { quoteSheets } from '#main/workbook/quoteSheets';
import { fmt, fmtMemory, keep, peakMemory, ratio, type BenchReport } from './measure';

/** Target of the quote import benchmark. */
export const QUOTES_GOALS = { rows: 100_000, seconds: 10 } as const;

/** Every this-many rows a subtotal row, which the importer skips with a notice. */
const SUBTOTAL_EVERY = 1_000;
/** Every this-many rows a price of `call us`, which the importer keeps with an error. */
const CALL_US_EVERY = 997;

const SERVICES = ['Fractional CAIO', 'ML engineer', 'Data strategy sprint', 'Governance review', 'Agent build', 'Prompt engineering'];

/**
 * One data row of the generated sheet: prices as numbers with a currency format and as text in
 * the forms, a model column, a percent cell, dates as date cells and as text.
 */
function quoteRow(i: number): { values: ExcelJS.CellValue[]; priceFormat: string | null } {
  const kind = i % 6;
  const price: ExcelJS.CellValue = i % CALL_US_EVERY === 0 ? 'call us' : kind === 0 ? 9_500 + (i % 500) : kind === 1 ? `$${(9_500 + (i % 500)).toLocaleString('en-US')}/mo` : kind === 2 ? '€2.5k per day' : kind === 3 ? '12,000 USD' : kind === 4 ? 1_100 : '1.2m';
  const model = ['Monthly retainer', '', '', 'Fixed fee', 'Daily', 'Project'][kind] ?? '';
  const start: ExcelJS.CellValue = kind % 2 === 0 ? new Date(Date.UTC(2027, i % 12, 1)) : ['Mar 2027', '2027-03', '03/2027'][i % 3] ?? null;
  return {
    values: [`Vendor ${i % 37}`, SERVICES[i % SERVICES.length] ?? '', model, price, kind === 3 ? 'USD' : '', 10 + (i % 30), `${6 + (i % 3) * 6} months`, 3, (i % 20) / 100, start, i % 7 === 0 ? 'Two days a week on site' : null],
    priceFormat: typeof price === 'number' ? '"$"#,##0' : null,
  };
}

/** Writes the 100,000-row quote sheet with exceljs's streaming writer; the number of rows the importer should skip. */
async function writeQuoteBook(path: string, rows: number): Promise<number> {
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: true });
  const ws = writer.addWorksheet('Pricing');
  ws.addRow(['Quote pack — generated for the benchmark']).commit();
  ws.addRow([]).commit();
  ws.addRow(['Supplier', 'Service', 'Billing basis', 'Price', 'Ccy', 'Hours', 'Term', 'Min. term', 'Discount', 'Start', 'Notes']).commit();
  let skipped = 0;
  for (let i = 1; i <= rows; i++) {
    if (i % SUBTOTAL_EVERY === 0) {
      ws.addRow(['Subtotal', null, null, 1_000_000]).commit();
      skipped++;
      continue;
    }
    const { values, priceFormat } = quoteRow(i);
    const row = ws.addRow(values);
    if (priceFormat) row.getCell(4).numFmt = priceFormat;
    row.getCell(9).numFmt = '0%';
    if (values[9] instanceof Date) row.getCell(10).numFmt = 'mmm yyyy';
    row.commit();
  }
  await ws.commit();
  await writer.commit();
  return skipped;
}


/** Import of a 100,000-row vendor quote sheet (open, grid, parse), against exceljs reading the same file alone. */
export async function quotesBench(): Promise<BenchReport> {
  const dir = mkdtempSync(join(tmpdir(), 'leadsheet-bench-quotes-'));
  const path = join(dir, 'quotes-100k.xlsx');
  try {
    const t0 = performance.now();
    const skipped = await writeQuoteBook(path, QUOTES_GOALS.rows);
    const writeMs = performance.now() - t0;
    const sizeMB = statSync(path).size / 2 ** 20;

    const phases = { openMs: 0, gridMs: 0, parseMs: 0 };
    const ours = await peakMemory(async () => {
      const a = performance.now();
      const opened = await openSpreadsheet(path);
      const b = performance.now();
      if (!opened.ok) throw new Error(`${opened.error.kind}: ${opened.error.reason}`);
      if (opened.value.kind !== 'xlsx') throw new Error('the benchmark book opened as CSV');
      const sheets = quoteSheets(opened.value.workbook);
      const c = performance.now();
      const result = parseQuoteSheets(sheets, { file: 'quotes-100k.xlsx' });
      const d = performance.now();
      Object.assign(phases, { openMs: b - a, gridMs: c - b, parseMs: d - c });
      if (!result.ok) throw new Error(result.error.message);
      return result.value;
    });
    const imported = ours.value;
    const quotes = imported.quotes.length;
    const withErrors = imported.quotes.filter((q) => q.errors.length > 0).length;
    keep(imported);

    const peer = await peakMemory(async () => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(path);
      return workbook.worksheets[0]?.rowCount ?? 0;
    });

    const seconds = ours.ms / 1000;
    const expectedQuotes = QUOTES_GOALS.rows - skipped;
    const expectedErrors = Math.floor(QUOTES_GOALS.rows / CALL_US_EVERY) - Math.floor(QUOTES_GOALS.rows / (CALL_US_EVERY * SUBTOTAL_EVERY));
    const correct = quotes === expectedQuotes && withErrors === expectedErrors;
    return {
      title: `5. Vendor quote import: ${fmt(QUOTES_GOALS.rows, 0)} rows × 11 columns (${fmt(sizeMB, 1)} MB .xlsx)`,
      header: ['run', 'seconds', 'µs/row', 'memory'],
      rows: [
        ['import: openSpreadsheet + quoteSheets + parseQuoteSheets', fmt(seconds, 2), fmt((ours.ms * 1000) / QUOTES_GOALS.rows, 1), fmtMemory(ours.memory)],
        ['peer: exceljs Workbook.xlsx.readFile alone', fmt(peer.ms / 1000, 2), fmt((peer.ms * 1000) / QUOTES_GOALS.rows, 1), fmtMemory(peer.memory)],
      ],
      notes: [
        `import / exceljs alone: ${ratio(ours.ms, peer.ms, 2)} the time; the parser's own share is the difference`,
        `phases: openSpreadsheet ${fmt(phases.openMs / 1000, 2)} s, workbook → grid ${fmt(phases.gridMs / 1000, 2)} s, parse ${fmt(phases.parseMs / 1000, 2)} s (${fmt((phases.parseMs * 1000) / QUOTES_GOALS.rows, 1)} µs/row)`,
        `${correct ? '✓' : '✗'} ${fmt(quotes, 0)} quotes (expected ${fmt(expectedQuotes, 0)}), ${fmt(withErrors, 0)} with errors (expected ${fmt(expectedErrors, 0)}), ${imported.notices.length} notices, number style ${imported.numberStyle}`,
        `the sheet: title rows, synonyms in the header, prices as "$"#,##0 numbers and as text ($9,500/mo, €2.5k per day, 12,000 USD, 1.2m, call us), 0% cells, date cells and text months, a subtotal every ${fmt(SUBTOTAL_EVERY, 0)} rows`,
        `written by exceljs's streaming writer in ${fmt(writeMs / 1000, 1)} s (not timed); one cold run each, in this order`,
      ],
      goals: [{ target: `< ${QUOTES_GOALS.seconds} s to import ${fmt(QUOTES_GOALS.rows, 0)} quote rows`, value: seconds, digits: 2, unit: ' s', met: correct && seconds < QUOTES_GOALS.seconds }],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
