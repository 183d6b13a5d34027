import type { PricingModel, Quote } from '#shared/model';
import type { ColumnMapping, QuoteField } from './columns';
import { FIELD_LABELS } from './columns';
import { agrees, currencyOfFormat, currencyOfText, type CurrencyMark } from './currency';
import { parseMonth } from './dates';
import { parseMonths, type TermUnit } from './duration';
import { cellRef, cellText, EMPTY, isBlank, type GridCell } from './grid';
import type { NumberStyle } from './numberStyle';
import { parsePercent } from './percent';
import { parsePriceText } from './price';
import { modelOfWords, type UnitMeaning } from './pricingModel';
import { parsePer, parseQuantity, type Per } from './quantity';

/** What every row of one sheet is read with: where each field is, the file's number style, and what the headers say. */
export interface SheetReader {
  readonly file: string;
  readonly sheet: string;
  readonly columns: ReadonlyMap<QuoteField, ColumnMapping>;
  /** `raw`'s key for each column: its header, or its letter where the header is empty (kept only when the cell is not). */
  readonly rawKeys: readonly { readonly key: string; readonly headed: boolean }[];
  readonly style: NumberStyle;
  readonly hints: {
    /** The currency the price header names, as in `Price (USD)`. */
    readonly currency: CurrencyMark | null;
    /** What the price header says about billing, as in `Day rate` or `Monthly fee`, and the header. */
    readonly unit: { readonly meaning: UnitMeaning; readonly header: string } | null;
    /** The period the quantity header counts over, as in `Hours per week`. */
    readonly per: Per | null;
    readonly termUnit: TermUnit;
    readonly minimumUnit: TermUnit;
  };
  /** The cell at a 0-based row and column, with a vertically merged cell's value repeated down its rows. */
  readonly cell: (row: number, col: number) => GridCell;
}

const UNIT_WORDS: Readonly<Record<UnitMeaning, string>> = {
  retainer: 'per month',
  hourly: 'per hour',
  daily: 'per day',
  week: 'per week',
  salary: 'per year',
  project: 'per project',
  oneTime: 'one-off',
  timeAndMaterials: 'time and materials',
};

/** Two units agree when equal, or when one is time and materials and the other its hour or day. */
function unitsAgree(a: UnitMeaning, b: UnitMeaning): boolean {
  const tm = (x: UnitMeaning, y: UnitMeaning): boolean => x === 'timeAndMaterials' && (y === 'hourly' || y === 'daily');
  return a === b || tm(a, b) || tm(b, a);
}

/** A unit someone wrote, the field whose cell holds it, and how a message names where it was written. */
interface UnitSource {
  readonly meaning: UnitMeaning;
  readonly text: string;
  readonly field: QuoteField;
  readonly where: string;
}

/** One row being read: its cells by field, and the errors found so far, each naming its cell. */
class RowReading {
  readonly errors: { col: number; cell: string; message: string }[] = [];

  constructor(
    readonly reader: SheetReader,
    readonly row: number,
  ) {}

  col(field: QuoteField): number | null {
    return this.reader.columns.get(field)?.column ?? null;
  }

  cell(field: QuoteField): GridCell {
    const col = this.col(field);
    return col === null ? EMPTY : this.reader.cell(this.row, col);
  }

  /** The field's cell as trimmed text, or null when it is empty. */
  text(field: QuoteField): string | null {
    return cellText(this.cell(field)).trim() || null;
  }

  fail(field: QuoteField, message: string): void {
    const col = this.col(field) ?? 0;
    this.errors.push({ col, cell: cellRef(this.reader.sheet, this.row, col), message });
  }

  /** The value of a parse, or null with its error recorded against the field's cell. */
  read<T>(field: QuoteField, result: { ok: true; value: T } | { ok: false; error: string }): T | null {
    if (result.ok) return result.value;
    this.fail(field, result.error);
    return null;
  }
}

/** Reads one row into a quote; every problem is an error naming its cell, and the row is kept whatever happens. */
export function quoteOfRow(reader: SheetReader, row: number): Quote {
  const r = new RowReading(reader, row);

  // Price: the amount, and what the cell itself says about currency and billing.
  const priceCell = r.cell('amount');
  const priceText = cellText(priceCell).trim();
  let amount: number | null = null;
  let writtenCurrency: CurrencyMark | null = null;
  let writtenUnit: UnitMeaning | null = null;
  if (r.col('amount') !== null) {
    if (priceCell.kind === 'number') {
      amount = priceCell.value;
      writtenCurrency = priceCell.format ? currencyOfFormat(priceCell.format) : null;
    } else if (priceCell.kind === 'text') {
      const price = r.read('amount', parsePriceText(priceCell.text, reader.style));
      amount = price?.amount ?? null;
      writtenCurrency = price?.currency ?? null;
      writtenUnit = price?.unit ?? null;
    } else if (!isBlank(priceCell)) r.fail('amount', `${JSON.stringify(priceText)} is not a price`);
    if (isBlank(priceCell)) r.fail('amount', 'no price');
  }

  // Pricing model: the model column, then a unit column, then the price's own words, then the price header.
  const sources: UnitSource[] = [];
  for (const field of ['pricingModel', 'unit'] as const) {
    const written = r.text(field);
    if (written === null) continue;
    const meaning = modelOfWords(written);
    if (meaning) sources.push({ meaning, text: written, field, where: reader.columns.get(field)?.header || FIELD_LABELS[field] });
    else if (field === 'unit') r.fail(field, `${JSON.stringify(written)} is not a unit (month, hour, day, year, project or one-off)`);
    else r.fail(field, `${JSON.stringify(written)} is not a pricing model (retainer, hourly, daily, project, salary or one-off)`);
  }
  if (writtenUnit) sources.push({ meaning: writtenUnit, text: priceText, field: 'amount', where: 'the price' });
  const [first, ...later] = sources;
  for (const other of later) {
    if (first && !unitsAgree(first.meaning, other.meaning)) r.fail(other.field, `${JSON.stringify(other.text)} is ${UNIT_WORDS[other.meaning]}, but ${first.where} says ${JSON.stringify(first.text)}`);
  }
  // The header speaks for every row, so it only decides when no cell does, and never conflicts.
  const hint = reader.hints.unit;
  if (hint) sources.push({ meaning: hint.meaning, text: hint.header, field: 'amount', where: 'the header' });
  const chosen = sources[0];
  let pricingModel: PricingModel | null = null;
  if (chosen?.meaning === 'timeAndMaterials') pricingModel = sources.some((s) => s.meaning === 'daily') ? 'daily' : 'hourly';
  else if (chosen?.meaning === 'week') r.fail(chosen.field, `${JSON.stringify(chosen.text)}: a weekly price has no pricing model; give it per month, day or hour`);
  else if (chosen) pricingModel = chosen.meaning;

  // Currency: the currency column, else the one written with the price (its text or number format), else the header's.
  const currencyText = r.text('currency');
  const columnCurrency = currencyText === null ? null : currencyOfText(currencyText);
  if (currencyText !== null && columnCurrency === null) r.fail('currency', `${JSON.stringify(currencyText)} is not a currency`);
  const headerCurrency = reader.hints.currency;
  const currency = columnCurrency ?? writtenCurrency?.code ?? headerCurrency?.code ?? null;
  // The price's own symbol or format is checked against the currency column, or failing that against the header's.
  const against = columnCurrency !== null ? { code: columnCurrency, says: `${reader.columns.get('currency')?.header || FIELD_LABELS.currency} says ${columnCurrency}` } : headerCurrency ? { code: headerCurrency.code, says: `the header says ${headerCurrency.code}` } : null;
  if (writtenCurrency && against && !agrees(writtenCurrency, against.code)) r.fail('amount', `${JSON.stringify(priceText)} is in ${writtenCurrency.code}, but ${against.says}`);

  const quantity = r.read('quantity', parseQuantity(r.cell('quantity'), reader.style));
  const perCell = r.read('per', parsePer(r.cell('per')));
  const discount = r.read('discount', parsePercent(r.cell('discount'), reader.style));
  // A discount written as −10% still means ten percent off.
  const discountPct = discount === null ? null : Math.abs(discount);
  if (discountPct !== null && discountPct > 100) r.fail('discount', `${JSON.stringify(r.text('discount'))} is more than 100%`);

  return {
    id: `${reader.sheet}!${row + 1}`,
    file: reader.file,
    sheet: reader.sheet,
    row: row + 1,
    vendor: r.text('vendor'),
    service: r.text('service'),
    pricingModel,
    amount,
    currency,
    quantity: quantity?.quantity ?? null,
    // A period qualifies a quantity: the header's `Hours per week` says nothing about a row with no hours.
    per: perCell ?? (quantity ? (quantity.per ?? reader.hints.per) : null),
    termMonths: r.read('term', parseMonths(r.cell('term'), reader.style, reader.hints.termUnit)),
    minimumMonths: r.read('minimumTerm', parseMonths(r.cell('minimumTerm'), reader.style, reader.hints.minimumUnit)),
    discountPct: discountPct !== null && discountPct <= 100 ? discountPct : null,
    start: r.read('start', parseMonth(r.cell('start'))),
    notes: r.text('notes'),
    raw: rawOf(reader, row),
    // In column order, as the user reads the row; a sort is stable, so one cell's errors keep their order.
    errors: r.errors.sort((a, b) => a.col - b.col).map(({ cell, message }) => ({ cell, message })),
  };
}

/** The row's cells as text, keyed by header: every headed column, and any other column that holds something. */
function rawOf(reader: SheetReader, row: number): Record<string, string> {
  const raw: Record<string, string> = {};
  reader.rawKeys.forEach(({ key, headed }, c) => {
    const value = cellText(reader.cell(row, c));
    if (headed || value !== '') raw[key] = value;
  });
  return raw;
}
