import { existsSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '#shared/model';
import { openApp, type AppPage } from '#test/helpers/appPage';
import { tempFolders } from '#test/helpers/tempFolders';

const folder = tempFolders();
let app: AppPage;
let page: Page;

/** The cached value of a Summary figure, by its row label, for the scenario in column `k` (0-based). */
function summaryFigure(sheet: ExcelJS.Worksheet, label: string, k: number): unknown {
  let found: unknown;
  sheet.eachRow((row) => {
    if (row.getCell(1).value === label) {
      const value = row.getCell(2 + k).value;
      found = value !== null && typeof value === 'object' && 'result' in value ? value.result : value;
    }
  });
  return found;
}

beforeAll(async () => {
  app = await openApp({ viewport: { width: 1200, height: 900 }, dir: folder(), userData: folder() });
  page = app.page;
  await page.goto(app.harness.url);
  await page.getByRole('tab', { name: 'Settings' }).click();
  await page.getByLabel('Discount rate').waitFor({ timeout: 20_000 });
}, 180_000);

afterAll(() => app?.close());

describe('the plan to Excel and back', () => {
  let exported: Plan;

  it('exports the plan to the workbook named in the Save dialog, whose Summary shows main’s totals', async () => {
    // An assumption changed first, so the round trip has something of the user's to carry.
    await page.getByLabel('Discount rate').fill('10%');
    await page.getByLabel('Discount rate').press('Enter');
    await expect.poll(async () => (await app.plan()).settings.discountRatePct).toBe(10);
    exported = await app.plan();
    app.harness.queueDialogs(['plan.xlsx']);
    await page.getByRole('button', { name: 'Export to Excel…' }).click();
    await page.getByText('Exported plan.xlsx').waitFor({ timeout: 60_000 });
    expect(app.harness.asked().at(-1)).toEqual({ kind: 'saveWorkbook', detail: 'Untitled.xlsx' });
    const path = join(app.harness.dir, 'plan.xlsx');
    expect(existsSync(path)).toBe(true);
    await page.screenshot({ path: 'test-results/workbook-exported.png' });

    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    const sheet = book.getWorksheet('Summary')!;
    const summary = await app.summary();
    summary.scenarios.forEach((s, k) => {
      expect(summaryFigure(sheet, 'Total', k)).toBeCloseTo(s.total, 2);
      expect(summaryFigure(sheet, 'NPV at the discount rate', k)).toBeCloseTo(s.npv, 2);
    });
  });

  it('imports the workbook back through Import from Excel, as a new unsaved plan with the same assumptions and totals', async () => {
    const original = app.documentId();
    const totals = (await app.summary()).scenarios.map((s) => s.total);
    app.harness.queueDialogs(['plan.xlsx']);
    await page.getByRole('button', { name: 'Import from Excel…' }).click();
    await expect.poll(() => app.documentId(), { timeout: 60_000 }).not.toBe(original);
    await page.getByText(/^Imported /).waitFor();
    expect(app.harness.asked().at(-1)).toEqual({ kind: 'openSpreadsheet', detail: 'workbook' });
    await expect.poll(() => page.title()).toMatch(/^• /);
    const imported = await app.plan();
    expect(imported.settings.discountRatePct).toBe(10);
    expect(imported.scenarios.map((s) => s.name)).toEqual(exported.scenarios.map((s) => s.name));
    const back = (await app.summary()).scenarios.map((s) => s.total);
    back.forEach((t, k) => expect(t).toBeCloseTo(totals[k]!, 6));
    expect(await page.getByLabel('Discount rate').inputValue()).toBe('10%');
    await page.screenshot({ path: 'test-results/workbook-imported.png' });
    expect(app.errors).toEqual([]);
  });
});
