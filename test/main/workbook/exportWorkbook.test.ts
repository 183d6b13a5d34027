import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { scenarioLayout, SCENARIO_COLUMNS } from '#main/workbook/book/scenarioLayout';
import { recalculateWithLibreOffice } from '#test/helpers/libreoffice';
import { everyKindPlan, planWith, retainer } from '#test/helpers/plans';
import { exported, readBook } from '#test/helpers/workbooks';
import { zipEntryText } from '#test/helpers/zipEntry';

describe('the exported workbook', () => {
  let book: ExcelJS.Workbook;
  let path: string;
  const plan = everyKindPlan();
  beforeAll(async () => {
    path = await exported(plan);
    book = await readBook(path);
  });

  it('holds Summary, Assumptions, a sheet per scenario and Quotes, in that order', () => {
    expect(book.worksheets.map((w) => w.name)).toEqual(['Summary', 'Assumptions', 'Mixed agency & officer', 'Full-time hire', 'Agency project', 'Quotes']);
  });

  it('names the settings so formulas and people can find them', () => {
    for (const name of ['StartMonth', 'HorizonMonths', 'Currency', 'DiscountRatePct', 'FiscalYearStartMonth', 'CompanyValuation', 'FxRates']) {
      expect(book.definedNames.getRanges(name).ranges, name).toHaveLength(1);
    }
  });

  it('makes every computed month a formula over Assumptions, and every override a marked plain value', () => {
    const sheet = book.getWorksheet('Full-time hire')!;
    const layout = scenarioLayout(plan.scenarios[1]!, plan.settings);
    const row = sheet.getRow(layout.itemRow[0]!);
    const cell = (m: number): ExcelJS.Cell => row.getCell(SCENARIO_COLUMNS.firstMonth + 1 + m);
    expect(cell(0).formula || (cell(0).value as { sharedFormula?: string }).sharedFormula).toBeTruthy();
    const overridden = cell(7);
    expect(overridden.value).toBe(50000);
    expect(overridden.note).toMatch(/Override/);
    expect((overridden.fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFF2CC');
    expect(String((cell(0).value as { formula?: string }).formula ?? '')).toMatch(/Assumptions!/);
  });

  it('formats money in the plan currency', async () => {
    expect(book.getWorksheet('Agency project')!.getRow(6).getCell(SCENARIO_COLUMNS.firstMonth + 1).numFmt).toContain('"$"');
    const euro = await readBook(await exported(planWith([retainer()], { currency: 'EUR', horizonMonths: 3 })));
    expect(euro.getWorksheet('Scenario')!.getRow(6).getCell(SCENARIO_COLUMNS.firstMonth + 1).numFmt).toContain('"€"');
  });

  it('freezes the header rows and item columns and prints landscape, fit to width: the Summary on one page across, a wide sheet on as many as keep it legible', () => {
    const sheet = book.getWorksheet('Mixed agency & officer')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: SCENARIO_COLUMNS.firstMonth, ySplit: 5 });
    // 4 label columns, 40 months and 5 fiscal years: 49 columns, 18 to a page.
    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 3, fitToHeight: 0 });
    expect(book.getWorksheet('Summary')!.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
  });

  it('asks the spreadsheet program to recalculate everything on open', () => {
    expect(zipEntryText(path, 'xl/workbook.xml')).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  });

  it('carries in every formula a cached value equal to what LibreOffice recalculates', () => {
    const recalculated = recalculateWithLibreOffice(path);
    let checked = 0;
    for (const sheet of book.worksheets) {
      const rows = recalculated.get(sheet.name)!;
      sheet.eachRow((row, r) =>
        row.eachCell((cell, c) => {
          const v = cell.value as { formula?: string; sharedFormula?: string; result?: unknown } | null;
          if (!v || typeof v !== 'object' || !('result' in v) || (v.formula === undefined && v.sharedFormula === undefined)) return;
          const text = rows[r - 1]?.[c - 1] ?? '';
          const cached = v.result;
          const where = `${sheet.name}!${cell.address}`;
          if (typeof cached === 'number') expect(Math.abs(Number(text) - cached), `${where}: ${text} vs ${cached}`).toBeLessThan(0.005);
          else if (cached instanceof Date) expect(text, where).toBe(`${String(cached.getUTCMonth() + 1).padStart(2, '0')}/01/${cached.getUTCFullYear()}`);
          else expect(text, where).toBe(String(cached ?? ''));
          checked++;
        }),
      );
    }
    expect(checked).toBeGreaterThan(1000);
  }, 120_000);
});

describe('an export that cannot be written', () => {
  it('fails at once into a folder that does not exist, leaving nothing behind', async () => {
    const { exportWorkbook } = await import('#main/workbook/book/exportWorkbook');
    await expect(exportWorkbook(planWith([retainer()], { horizonMonths: 3 }), '/nonexistent-folder/plan.xlsx')).rejects.toThrow(/ENOENT/);
  });
});
