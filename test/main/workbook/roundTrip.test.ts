import { createReadStream } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { calcPlan } from '#shared/calc';
import type { Plan, Quote } from '#shared/model';
import { defaultPlan } from '#shared/templates';
import { importWorkbook } from '#main/workbook/book/importWorkbook';
import { fromWorkbook, streamImportSource } from '#main/workbook/book/importSource';
import { ITEM_COLUMNS, numberHeader } from '#main/workbook/book/assumptionsLayout';
import { scenarioLayout, SCENARIO_COLUMNS } from '#main/workbook/book/scenarioLayout';
import { recalculateWithLibreOffice } from '#test/helpers/libreoffice';
import { everyKindPlan } from '#test/helpers/plans';
import { exported, readBook } from '#test/helpers/workbooks';

const quote: Quote = {
  id: 'Pricing!7',
  file: 'acme quote.xlsx',
  sheet: 'Pricing',
  row: 7,
  vendor: 'Acme AI',
  service: 'Fractional CAIO',
  pricingModel: 'retainer',
  amount: 9500,
  currency: 'USD',
  quantity: null,
  per: 'month',
  termMonths: 12,
  minimumMonths: 2,
  discountPct: 10,
  start: '2027-03',
  notes: '=cmd|calc (a note that looks like a formula)',
  raw: { Vendor: 'Acme AI', Price: '$9,500/mo' },
  errors: [{ cell: 'Pricing!F7', message: '"soon" is not a date' }],
};

function withQuote(plan: Plan): Plan {
  return { ...plan, quotes: [quote] };
}

async function roundTrip(plan: Plan): Promise<Plan> {
  const book = await readBook(await exported(plan));
  const result = importWorkbook(fromWorkbook(book), 'plan.xlsx');
  if (!result.ok) throw new Error(result.error.issues.map((i) => i.message).join('\n'));
  return result.value;
}

/** Finds the Assumptions cell of an item's input: its row by item id, its column by header. */
function assumptionCell(book: Awaited<ReturnType<typeof readBook>>, itemId: string, header: string): { row: number; column: number } {
  const sheet = book.getWorksheet('Assumptions')!;
  let headerRow = 0;
  sheet.eachRow((row, n) => {
    if (!headerRow && row.getCell(2).value === 'Item id') headerRow = n;
  });
  const headers = sheet.getRow(headerRow).values as unknown[];
  const column = headers.indexOf(header);
  for (let r = headerRow + 1; r <= sheet.rowCount; r++) if (sheet.getRow(r).getCell(ITEM_COLUMNS.text.id + 1).value === itemId) return { row: r, column };
  throw new Error(`no item ${itemId}`);
}

describe('export then import', () => {
  it('gives back the same plan: the default plan', async () => {
    const plan = defaultPlan('2027-01');
    expect(await roundTrip(plan)).toEqual(plan);
  });

  it('gives back the same plan: every kind, ranges, overrides, currencies, sources and the quote library', async () => {
    const plan = withQuote(everyKindPlan());
    expect(await roundTrip(plan)).toEqual(plan);
  });

  it('gives back the same plan when the workbook is streamed, as the command line reads it', async () => {
    const plan = withQuote(everyKindPlan());
    const result = importWorkbook(await streamImportSource(createReadStream(await exported(plan))), 'plan.xlsx');
    expect(result.ok && result.value).toEqual(plan);
  });

  it('brings back an assumption changed in Excel, and LibreOffice recalculates the edited workbook to the same totals', async () => {
    const plan = defaultPlan('2027-01');
    const path = await exported(plan);
    const book = await readBook(path);
    const { row, column } = assumptionCell(book, 'caio-retainer', numberHeader('monthlyFee', 'base'));
    book.getWorksheet('Assumptions')!.getRow(row).getCell(column).value = 9000;
    await book.xlsx.writeFile(path);

    const imported = importWorkbook(fromWorkbook(await readBook(path)), 'plan.xlsx');
    if (!imported.ok) throw new Error(JSON.stringify(imported.error));
    const fee = imported.value.scenarios[0]!.items[0]!;
    expect(fee.kind === 'retainer' && fee.monthlyFee).toEqual({ low: 5000, base: 9000, high: 10000 });
    const recalculated = recalculateWithLibreOffice(path);
    const sheet = recalculated.get('Fractional CAIO + agency')!;
    const layout = scenarioLayout(imported.value.scenarios[0]!, imported.value.settings);
    const engineTotal = calcPlan(imported.value).scenarios[0]!.total;
    expect(Math.abs(Number(sheet[layout.totalRow - 1]![SCENARIO_COLUMNS.total]) - engineTotal)).toBeLessThan(0.005);
    expect(engineTotal).toBe(9000 * 36 + 405000);
  }, 120_000);

  it('reads a value typed over a month formula in Excel as an override of that month', async () => {
    const plan = defaultPlan('2027-01');
    const path = await exported(plan);
    const book = await readBook(path);
    const sheet = book.getWorksheet('Fractional AI officer only')!;
    const layout = scenarioLayout(plan.scenarios[1]!, plan.settings);
    sheet.getRow(layout.itemRow[0]!).getCell(SCENARIO_COLUMNS.firstMonth + 1 + 4).value = 1234.5;
    const imported = importWorkbook(fromWorkbook(book), 'plan.xlsx');
    if (!imported.ok) throw new Error(JSON.stringify(imported.error));
    expect(imported.value.scenarios[1]!.items[0]!.overrides).toEqual({ '2027-05': 1234.5 });
  });

  it('names the sheet and cell of a value typed wrong in Excel', async () => {
    const path = await exported(defaultPlan('2027-01'));
    const book = await readBook(path);
    const { row, column } = assumptionCell(book, 'executive-salary', numberHeader('baseSalary', 'base'));
    book.getWorksheet('Assumptions')!.getRow(row).getCell(column).value = 'lots';
    const imported = importWorkbook(fromWorkbook(book), 'plan.xlsx');
    expect(imported.ok).toBe(false);
    const letter = book.getWorksheet('Assumptions')!.getRow(row).getCell(column).address;
    expect(imported.ok ? [] : imported.error.issues.map((i) => i.message)).toContain(
      `Assumptions!${letter}: Scenario 'Full-time AI executive', item 'AI executive salary': base salary (base) must be a number, got 'lots'`,
    );
  });

  it('refuses a workbook Leadsheet did not export and points to leadsheet quotes', async () => {
    const { default: ExcelJS } = await import('exceljs');
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Pricing').addRow(['Vendor', 'Price']);
    const result = importWorkbook(fromWorkbook(book), 'vendor.xlsx');
    expect(result.ok ? '' : result.error.issues[0]!.message).toBe(
      "vendor.xlsx: is not a workbook Leadsheet exported (it has no 'Assumptions' sheet starting 'Leadsheet plan'). To read vendor quotes from it, use: leadsheet quotes vendor.xlsx",
    );
  });
});
