import type { Quote } from '#shared/model';
import type { QuoteImport } from '#main/quotes/parseQuotes';

/** Longest text a table cell shows; a service description can run to a paragraph. */
const CELL_WIDTH = 36;

function clip(text: string | null): string {
  const flat = (text ?? '').replace(/\s+/g, ' ').trim();
  return flat.length > CELL_WIDTH ? `${flat.slice(0, CELL_WIDTH - 1)}…` : flat;
}

const AMOUNT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** A quote's price as read: grouped, cents only when it has them, with its currency code. */
function amountText(quote: Quote): string {
  if (quote.amount === null) return '';
  const fixed = Number.isInteger(quote.amount) ? AMOUNT.format(quote.amount) : quote.amount.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return quote.currency ? `${fixed} ${quote.currency}` : fixed;
}

function termText(quote: Quote): string {
  const { termMonths: term, minimumMonths: min } = quote;
  if (term === null) return min === null ? '' : `min ${min} mo`;
  return min === null ? `${term} mo` : `${term} mo (min ${min})`;
}

/** A table where text columns read left-aligned and figures right-aligned. */
function layout(header: readonly string[], rows: readonly (readonly string[])[], right: ReadonlySet<number>): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((row) => (row[c] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, c) => (right.has(c) ? cell.padStart(widths[c] ?? 0) : cell.padEnd(widths[c] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** The columns each sheet was read with, so a user can see what to correct with --map. */
function mappingLines(result: QuoteImport): string[] {
  const sheets = [...new Set(result.mapping.map((m) => m.sheet))];
  return sheets.map((sheet) => {
    const columns = result.mapping.filter((m) => m.sheet === sheet).map((m) => `${m.field}=${m.column} (${m.header})`);
    return `Columns of ${sheet}: ${columns.join(', ')}`;
  });
}

/** `leadsheet quotes` as text: the mapping, one line per quote, then every error with its cell and every notice. */
export function quotesTable(file: string, result: QuoteImport): string {
  const { quotes, notices } = result;
  const rows = quotes.map((q) => [`${q.sheet}!${q.row}`, clip(q.vendor), clip(q.service), q.pricingModel ?? '', amountText(q), termText(q), q.start ?? '', q.errors.length > 0 ? String(q.errors.length) : '']);
  const withErrors = quotes.filter((q) => q.errors.length > 0).length;
  const parts = [
    ...mappingLines(result),
    '',
    layout(['row', 'vendor', 'service', 'model', 'amount', 'term', 'start', 'errors'], rows, new Set([4, 5, 7])),
    '',
    `${quotes.length} quote${quotes.length === 1 ? '' : 's'} from ${file}; ${withErrors} with errors`,
  ];
  const errors = quotes.flatMap((q) => q.errors.map((e) => `  ${e.cell}: ${e.message}`));
  if (errors.length > 0) parts.push('', 'Errors:', ...errors);
  if (notices.length > 0) parts.push('', 'Notices:', ...notices.map((n) => `  ${n}`));
  return `${parts.join('\n')}\n`;
}
