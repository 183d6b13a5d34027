import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import ExcelJS from 'exceljs';
import { calcPlan } from '#shared/calc';
import { valueIn, type Plan } from '#shared/model';
import { assumptionsLayout, ASSUMPTIONS, ITEM_COLUMNS, SETTING_ROWS } from './assumptionsLayout';
import { assumptionsColumns, fxRange, settingAddress, writeAssumptions } from './assumptionsSheet';
import { writeQuotes, QUOTE_HEADERS, QUOTES_SHEET } from './quotesSheet';
import { SCENARIO_COLUMNS, SCENARIO_ROWS, scenarioLayout, scenarioSheetNames } from './scenarioLayout';
import { writeScenarioSheet } from './scenarioSheet';
import { SheetWriter } from './sheetWriter';
import { bookStyles } from './styles';
import { summaryLayout, writeSummary } from './summarySheet';

/** Columns that stay legible across a landscape A4 page: wider sheets print fit to as many pages across. */
const COLUMNS_PER_PAGE = 18;

/** Landscape A4, fit to width: one page across for the Summary, as many as keep a wide sheet legible. */
function printSetup(columns: number): Partial<ExcelJS.PageSetup> {
  return { orientation: 'landscape', fitToPage: true, fitToWidth: Math.max(1, Math.ceil(columns / COLUMNS_PER_PAGE)), fitToHeight: 0, paperSize: 9 };
}

type Zip = { append: (data: unknown, options: { name: string }) => unknown };

/**
 * Asks spreadsheet programs to recalculate every formula on open. The streaming writer has no
 * setting for it (exceljs 4.4 writes an empty calcPr), so the workbook part is amended as it is zipped.
 */
function forceFullCalcOnLoad(workbook: ExcelJS.stream.xlsx.WorkbookWriter): void {
  const zip = (workbook as unknown as { zip: Zip }).zip;
  const append = zip.append.bind(zip);
  zip.append = (data, options) =>
    append(options.name === '/xl/workbook.xml' && typeof data === 'string' ? data.replace(/<calcPr([^>]*?)\/>/, '<calcPr$1 fullCalcOnLoad="1"/>') : data, options);
}

type ZipEvents = { on: (event: 'entry', listener: (entry: { name: string }) => void) => void };

/**
 * Waits for the zip to take each sheet before the next is built. Rows are generated synchronously
 * and exceljs's sheet streams ignore backpressure, so without this every sheet would sit in
 * memory until the last one is written.
 */
function zippedSheets(workbook: ExcelJS.stream.xlsx.WorkbookWriter): (sheet: ExcelJS.Worksheet) => Promise<void> {
  const done = new Set<string>();
  const waiting = new Map<string, () => void>();
  (workbook as unknown as { zip: ZipEvents }).zip.on('entry', ({ name }) => {
    const key = name.replace(/^\//, '');
    done.add(key);
    waiting.get(key)?.();
  });
  return (sheet) => {
    const key = `xl/worksheets/sheet${sheet.id}.xml`;
    return done.has(key) ? Promise.resolve() : new Promise((resolve) => waiting.set(key, resolve));
  };
}

/**
 * Writes the plan as an Excel workbook with live formulas (Summary, Assumptions, a sheet per
 * scenario, Quotes), streaming rows to a temporary file beside `path` and renaming it into place.
 */
export async function exportWorkbook(plan: Plan, path: string): Promise<void> {
  const result = calcPlan(plan);
  const styles = bookStyles(plan.settings.currency);
  const H = plan.settings.horizonMonths;
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  // Opened here, not by exceljs: a missing or read-only folder fails now, and a write error later
  // rejects the export instead of leaving it waiting for a zip that will never finish.
  const handle = await open(temporary, 'wx');
  const stream = handle.createWriteStream();
  const failed = new Promise<never>((_, reject) => stream.once('error', reject));
  failed.catch(() => undefined);
  // Fast deflate: the parts are repetitive XML, so level 1 loses little size and saves most of the compression time.
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false, zip: { zlib: { level: 1 } } });
  forceFullCalcOnLoad(workbook);
  const zipped = zippedSheets(workbook);
  workbook.creator = 'Leadsheet';
  try {
    await Promise.race([writeSheets(), failed]);
    await rename(temporary, path);
  } catch (error) {
    stream.destroy();
    await rm(temporary, { force: true });
    throw error;
  }

  async function writeSheets(): Promise<void> {
    const assumptions = assumptionsLayout(plan);
    const names = scenarioSheetNames(plan.scenarios);
    const layouts = plan.scenarios.map((s) => scenarioLayout(s, plan.settings));
    const frozen = (xSplit: number, ySplit: number, columns: number): Partial<ExcelJS.AddWorksheetOptions> => ({ views: [{ state: 'frozen', xSplit, ySplit }], pageSetup: printSetup(columns) });

    const summary = workbook.addWorksheet('Summary', frozen(1, summaryLayout(result.fiscalYears.length).header, 1));
    summary.columns = [{ width: 28 }, ...plan.scenarios.map(() => ({ width: 24 }))];
    writeSummary(new SheetWriter(summary), plan, result, names, layouts, styles);
    summary.commit();

    const sheet = workbook.addWorksheet(ASSUMPTIONS, frozen(3, assumptions.itemsHeader, ITEM_COLUMNS.count));
    sheet.columns = assumptionsColumns();
    writeAssumptions(new SheetWriter(sheet), plan, assumptions, names, styles);
    sheet.commit();

    for (const [s, scenario] of plan.scenarios.entries()) {
      const ws = workbook.addWorksheet(names[s] as string, frozen(SCENARIO_COLUMNS.firstMonth, SCENARIO_ROWS.discount, SCENARIO_COLUMNS.firstMonth + H + result.fiscalYears.length));
      ws.columns = [{ width: 34 }, { width: 10, hidden: true }, { width: 12 }, { width: 14 }, ...Array.from({ length: H + result.fiscalYears.length }, () => ({ width: 11 }))];
      const o = scenario.valueOverrides;
      writeScenarioSheet(new SheetWriter(ws), s, scenario, result.scenarios[s] as (typeof result.scenarios)[number], layouts[s] as ReturnType<typeof scenarioLayout>, {
        plan,
        months: result.months,
        fiscalYears: result.fiscalYears,
        assumptions,
        scenarioRow: assumptions.scenarioRow(s),
        valuePerWorkflowMonth:
          valueIn(o?.hoursSavedPerWorkflowPerMonth ?? plan.settings.hoursSavedPerWorkflowPerMonth, 'base') * valueIn(o?.loadedHourlyCost ?? plan.settings.loadedHourlyCost, 'base'),
        styles,
      });
      ws.commit();
      await zipped(ws);
    }

    const quotes = workbook.addWorksheet(QUOTES_SHEET, frozen(0, 1, QUOTE_HEADERS.length - 2));
    quotes.columns = QUOTE_HEADERS.map((h) => ({ width: h.endsWith('(data)') ? 12 : h === 'Notes' || h === 'Errors' ? 40 : 16, hidden: h.endsWith('(data)') }));
    writeQuotes(new SheetWriter(quotes), plan.quotes, styles);
    quotes.commit();

    for (const setting of SETTING_ROWS) workbook.definedNames.add(settingAddress(assumptions, setting.key), setting.name);
    workbook.definedNames.add(fxRange(assumptions), 'FxRates');
    await workbook.commit();
  }
}
