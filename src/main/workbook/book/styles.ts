import type ExcelJS from 'exceljs';

const SYMBOLS: Readonly<Record<string, string>> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥', INR: '₹', AUD: 'A$', CAD: 'CA$' };

/** Excel number formats for money in the plan currency: whole units in grids, cents in inputs; negatives in parentheses. */
export function moneyFormats(currency: string): { grid: string; input: string } {
  const symbol = SYMBOLS[currency];
  const wrap = (body: string): string => (symbol ? `"${symbol}"${body}` : `${body} "${currency}"`);
  return {
    grid: `${wrap('#,##0')};(${wrap('#,##0')});"–"`,
    input: `${wrap('#,##0.00')};(${wrap('#,##0.00')})`,
  };
}

/**
 * Shared style objects: exceljs caches a style's id by object identity, so giving millions of
 * cells the same object costs one lookup each instead of one serialisation each.
 */
export interface BookStyles {
  readonly title: Partial<ExcelJS.Style>;
  readonly header: Partial<ExcelJS.Style>;
  readonly label: Partial<ExcelJS.Style>;
  readonly money: Partial<ExcelJS.Style>;
  readonly moneyInput: Partial<ExcelJS.Style>;
  readonly moneyTotal: Partial<ExcelJS.Style>;
  readonly override: Partial<ExcelJS.Style>;
  readonly month: Partial<ExcelJS.Style>;
  readonly index: Partial<ExcelJS.Style>;
  readonly helper: Partial<ExcelJS.Style>;
  readonly helperMoney: Partial<ExcelJS.Style>;
  readonly ratio: Partial<ExcelJS.Style>;
  readonly count: Partial<ExcelJS.Style>;
  readonly factor: Partial<ExcelJS.Style>;
  readonly plain: Partial<ExcelJS.Style>;
}

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF5' } };
const HELPER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
const OVERRIDE_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };

/** The styles of a workbook in `currency`. */
export function bookStyles(currency: string): BookStyles {
  const money = moneyFormats(currency);
  return {
    title: { font: { bold: true, size: 14 } },
    header: { font: { bold: true }, fill: HEADER_FILL, alignment: { wrapText: true, vertical: 'middle' } },
    label: { font: { bold: true } },
    money: { numFmt: money.grid },
    moneyInput: { numFmt: money.input },
    moneyTotal: { numFmt: money.grid, font: { bold: true } },
    override: { numFmt: money.grid, fill: OVERRIDE_FILL, font: { italic: true } },
    month: { numFmt: 'mmm yyyy', font: { bold: true }, fill: HEADER_FILL, alignment: { horizontal: 'right' } },
    index: { font: { color: { argb: 'FF808080' }, size: 9 } },
    helper: { fill: HELPER_FILL, font: { color: { argb: 'FF595959' } } },
    helperMoney: { numFmt: money.input, fill: HELPER_FILL, font: { color: { argb: 'FF595959' } } },
    ratio: { numFmt: '0.00"x"' },
    count: { numFmt: '0' },
    factor: { numFmt: '0.000000' },
    plain: {},
  };
}
