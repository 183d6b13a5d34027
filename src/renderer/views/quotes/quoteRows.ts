import type { QuoteFieldDto } from '../../../shared/ipc/jobChannels';
import type { Quote, Settings } from '../../../shared/model';
import { cellPlace, cellRef, fieldOfError, type SheetColumnDto } from './quoteColumns';
import { quoteProblems } from './quoteToItem';

/** The grid's columns of a quote, each showing one or two of its fields. */
export type QuoteColumn = 'vendor' | 'service' | 'pricingModel' | 'amount' | 'currency' | 'quantity' | 'term' | 'minimumTerm' | 'discount' | 'start' | 'notes';

/** The grid column a field's cell shows in: the unit feeds the pricing model, the period the quantity. */
const COLUMN_OF_FIELD: Readonly<Record<QuoteFieldDto, QuoteColumn>> = {
  vendor: 'vendor',
  service: 'service',
  pricingModel: 'pricingModel',
  unit: 'pricingModel',
  amount: 'amount',
  currency: 'currency',
  quantity: 'quantity',
  per: 'quantity',
  term: 'term',
  minimumTerm: 'minimumTerm',
  discount: 'discount',
  start: 'start',
  notes: 'notes',
};

/** A problem of one cell of the vendor's sheet, with what the cell held. */
export interface CellError {
  readonly cell: string;
  readonly message: string;
  /** The cell's text as the vendor wrote it. */
  readonly raw: string;
}

/** A row of the Quotes grid: the quote, its errors by grid column, and why it cannot become an item. */
export interface QuoteRow {
  readonly id: string;
  readonly quote: Quote;
  /** The cell the row's price was read from (`'Rate card'!D5`); the row's first cell when no price column was found. */
  readonly source: string;
  readonly errors: Partial<Record<QuoteColumn | 'row', CellError[]>>;
  readonly problems: readonly string[];
}

/** The text of a quote's cell in a column letter (its `raw` holds each column in order). */
function rawAt(quote: Quote, letter: string): string {
  let index = 0;
  for (const ch of letter) index = index * 26 + (ch.charCodeAt(0) - 64);
  return Object.values(quote.raw)[index - 1] ?? '';
}

/** The grid's rows: each quote with its errors placed at their columns (an error in no mapped column goes to the row). */
export function quoteRows(quotes: readonly Quote[], mapping: readonly SheetColumnDto[], settings: Settings): QuoteRow[] {
  return quotes.map((quote) => {
    const errors: Partial<Record<QuoteColumn | 'row', CellError[]>> = {};
    for (const error of quote.errors) {
      const field = fieldOfError(error.cell, mapping);
      const column = field ? COLUMN_OF_FIELD[field] : 'row';
      const place = cellPlace(error.cell);
      (errors[column] ??= []).push({ ...error, raw: place ? rawAt(quote, place.column) : '' });
    }
    return { id: quote.id, quote, source: sourceCell(quote, mapping, 'amount') ?? cellRef(quote.sheet, 'A', quote.row), errors, problems: quoteProblems(quote, mapping, settings) };
  });
}

/** The cell of the vendor's sheet a grid column of a row was read from, or null when no column of the sheet feeds it. */
export function sourceCell(quote: Quote, mapping: readonly SheetColumnDto[], column: QuoteColumn): string | null {
  const fields = (Object.keys(COLUMN_OF_FIELD) as QuoteFieldDto[]).filter((f) => COLUMN_OF_FIELD[f] === column);
  const found = fields.map((f) => mapping.find((m) => m.sheet === quote.sheet && m.field === f)).find(Boolean);
  return found ? cellRef(quote.sheet, found.column, quote.row) : null;
}

const PRICING_WORDS: Readonly<Record<string, string>> = { retainer: 'Retainer', hourly: 'Hourly', daily: 'Daily', project: 'Project', salary: 'Salary', oneTime: 'One-time' };

const amountFormat = new Intl.NumberFormat('en-US', { minimumFractionDigits: 0, maximumFractionDigits: 2 });

/** A quote's value in a grid column as text: `9,500.00`, `20 / week`, `12 mo`, `10%`. */
export function cellText(quote: Quote, column: QuoteColumn): string {
  switch (column) {
    case 'vendor':
      return quote.vendor ?? '';
    case 'service':
      return quote.service ?? '';
    case 'pricingModel':
      return quote.pricingModel ? (PRICING_WORDS[quote.pricingModel] ?? quote.pricingModel) : '';
    case 'amount':
      return quote.amount === null ? '' : amountFormat.format(quote.amount);
    case 'currency':
      return quote.currency ?? '';
    case 'quantity':
      return quote.quantity === null ? '' : `${amountFormat.format(quote.quantity)}${quote.per ? ` / ${quote.per}` : ''}`;
    case 'term':
      return quote.termMonths === null ? '' : `${amountFormat.format(quote.termMonths)} mo`;
    case 'minimumTerm':
      return quote.minimumMonths === null ? '' : `${amountFormat.format(quote.minimumMonths)} mo`;
    case 'discount':
      return quote.discountPct === null ? '' : `${amountFormat.format(quote.discountPct)}%`;
    case 'start':
      return quote.start ?? '';
    case 'notes':
      return quote.notes ?? '';
  }
}

/** A quote's value in a grid column, as the status line counts it: the number of a numeric column, else its text; null when empty. */
export function cellValue(quote: Quote, column: QuoteColumn): number | string | null {
  switch (column) {
    case 'amount':
      return quote.amount;
    case 'quantity':
      return quote.quantity;
    case 'term':
      return quote.termMonths;
    case 'minimumTerm':
      return quote.minimumMonths;
    case 'discount':
      return quote.discountPct;
    default: {
      const text = cellText(quote, column);
      return text === '' ? null : text;
    }
  }
}

/**
 * A quote's cell as copy writes it, for Excel to read back: a number plain (`9500`, `2.5`, no
 * grouping, no unit; a discount as `10%`), words as shown. A cell that could not be read copies
 * what the vendor wrote in it (`#N/A`).
 */
export function cellCopyText(row: QuoteRow, column: QuoteColumn): string {
  const value = cellValue(row.quote, column);
  if (value === null) return row.errors[column]?.[0]?.raw ?? '';
  if (typeof value === 'string') return value;
  return column === 'discount' ? `${String(value)}%` : String(value);
}
