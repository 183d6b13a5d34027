import type { Quote } from '#shared/model';
import type { CellInput, SheetWriter } from './sheetWriter';
import type { BookStyles } from './styles';

/** The sheet that holds the quote library. */
export const QUOTES_SHEET = 'Quotes';

/** Columns of the Quotes sheet: the quote's fields, its source, then its raw cells and errors as data for import. */
export const QUOTE_HEADERS = [
  'Vendor',
  'Service',
  'Pricing model',
  'Amount',
  'Currency',
  'Quantity',
  'Per',
  'Term (months)',
  'Minimum (months)',
  'Discount %',
  'Start',
  'Notes',
  'File',
  'Sheet',
  'Row',
  'Errors',
  'Quote id',
  'Raw cells (data)',
  'Errors (data)',
] as const;

/** Writes the quote library with each quote's source and errors. */
export function writeQuotes(w: SheetWriter, quotes: readonly Quote[], styles: BookStyles): void {
  w.write(1, { cells: QUOTE_HEADERS.map((h) => ({ value: h, style: styles.header })) });
  quotes.forEach((q, k) => {
    const values: (string | number | null)[] = [
      q.vendor,
      q.service,
      q.pricingModel,
      q.amount,
      q.currency,
      q.quantity,
      q.per,
      q.termMonths,
      q.minimumMonths,
      q.discountPct,
      q.start,
      q.notes,
      q.file,
      q.sheet,
      q.row,
      q.errors.map((e) => `${e.cell}: ${e.message}`).join('\n') || null,
      q.id,
      JSON.stringify(q.raw),
      JSON.stringify(q.errors),
    ];
    w.write(2 + k, { cells: values.map((value, c): CellInput | undefined => (value === null ? undefined : { value, style: c === 3 ? styles.moneyInput : undefined })) });
  });
}
