import { basename, extname, resolve } from 'node:path';
import type { Quote } from '#shared/model';
import { fieldNamed, QUOTE_FIELDS, type ColumnOverride, type QuoteField } from '#main/quotes/columns';
import { csvSheet } from '#main/quotes/csv';
import type { GridSheet } from '#main/quotes/grid';
import { parseQuoteSheets } from '#main/quotes/parseQuotes';
import { openSpreadsheet } from '#main/workbook/openSpreadsheet';
import { quoteSheets } from '#main/workbook/quoteSheets';
import { parseCommandArgs } from '../args';
import { EXIT, InputError, UsageError, type CliIo, type ExitCode } from '../io';
import { quotesTable } from '../quotesTable';

export const QUOTES_USAGE = 'leadsheet quotes BOOK.xlsx|BOOK.csv [--sheet NAME] [--map FIELD=COLUMN,...] [--json]';

/** `--map amount=D,currency=Ccy` (the flag may repeat) as an override; an unknown field or a pair without `=` is a usage error. */
export function parseMapFlag(values: readonly string[]): ColumnOverride {
  const override: Partial<Record<QuoteField, string>> = {};
  for (const pair of values.flatMap((v) => v.split(','))) {
    if (pair.trim() === '') continue;
    const eq = pair.indexOf('=');
    if (eq < 0) throw new UsageError(`--map wants FIELD=COLUMN, got '${pair}'`);
    const name = pair.slice(0, eq).trim();
    const field = fieldNamed(name);
    if (!field) throw new UsageError(`--map: unknown field '${name}'; the fields are ${QUOTE_FIELDS.join(', ')}`);
    override[field] = pair.slice(eq + 1).trim();
  }
  return override;
}

/** A quote as `quotes --json` prints it: product.md's keys, in its order. */
function quoteJson(q: Quote): Record<string, unknown> {
  return {
    sheet: q.sheet,
    row: q.row,
    vendor: q.vendor,
    service: q.service,
    pricingModel: q.pricingModel,
    amount: q.amount,
    currency: q.currency,
    quantity: q.quantity,
    per: q.per,
    termMonths: q.termMonths,
    minimumMonths: q.minimumMonths,
    discountPct: q.discountPct,
    start: q.start,
    notes: q.notes,
    raw: q.raw,
    errors: q.errors,
  };
}

/** `leadsheet quotes`: every row of a vendor's quote sheet, with its errors by cell; exit 0 even when rows have errors. */
export async function quotesCommand(args: readonly string[], io: CliIo): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs(
    args,
    { sheet: { type: 'string' }, map: { type: 'string', multiple: true }, json: { type: 'boolean' } },
    { min: 1, max: 1, names: 'BOOK (the .xlsx or .csv of quotes)' },
  );
  const file = positionals[0] as string;
  const map = parseMapFlag(values.map ?? []);
  const opened = await openSpreadsheet(resolve(io.cwd, file));
  if (!opened.ok) throw new InputError(`${file}: ${opened.error.reason}`);
  const book = opened.value;
  // A CSV's one sheet is named after the file, as Excel names it on opening.
  const sheets: GridSheet[] = book.kind === 'xlsx' ? quoteSheets(book.workbook) : [csvSheet(book.text, basename(file, extname(file)))];
  const result = parseQuoteSheets(sheets, { file, ...(values.sheet === undefined ? {} : { sheet: values.sheet }), map });
  if (!result.ok) {
    const hint = result.error.kind === 'no-header' ? '\nName at least two columns by their header text with --map, e.g. --map "vendor=Firm,amount=Monthly investment"' : '';
    throw new InputError(`${result.error.message}${hint}`);
  }
  if (values.json) io.stdout(`${JSON.stringify({ quotes: result.value.quotes.map(quoteJson), notices: result.value.notices }, null, 2)}\n`);
  else io.stdout(quotesTable(file, result.value));
  return EXIT.ok;
}
