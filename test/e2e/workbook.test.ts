import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanSummary } from '#shared/ipc/summary';
import type { Plan } from '#shared/model';
import { launchChromium } from '#test/helpers/browser';
import { tempFolders } from '#test/helpers/tempFolders';
import { startHarness, type Harness } from '../harness/server';

const folder = tempFolders();
let browser: Browser;
let harness: Harness;
let page: Page;
let documentId = '';
const errors: string[] = [];

async function call<T>(channel: string, body: unknown): Promise<T> {
  const answer = (await (await fetch(`${harness.url}/ipc/${channel}`, { method: 'POST', headers: { origin: harness.url }, body: JSON.stringify(body) })).json()) as { ok: boolean; value: T; error?: { message: string } };
  if (!answer.ok) throw new Error(answer.error?.message);
  return answer.value;
}
const summaryOf = async (id: string): Promise<PlanSummary> => (await call<{ summary: PlanSummary }>('document:summary', { documentId: id })).summary;

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
  harness = await startHarness({ staticDir: 'out/renderer', today: () => '2026-11-22', dir: folder(), userData: folder() });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('request', (request) => {
    if (!request.url().includes('/ipc/')) return;
    const body = request.postDataJSON() as { documentId?: string } | null;
    if (body?.documentId) documentId = body.documentId;
  });
  mkdirSync('test-results', { recursive: true });
  await page.goto(harness.url);
  await page.getByRole('tab', { name: 'Settings' }).click();
  await page.getByLabel('Discount rate').waitFor({ timeout: 20_000 });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await harness?.close();
});

describe('the plan to Excel and back', () => {
  let exported: Plan;

  it('exports the plan to the workbook named in the Save dialog, whose Summary shows main’s totals', async () => {
    // An assumption changed first, so the round trip has something of the user's to carry.
    await page.getByLabel('Discount rate').fill('10%');
    await page.getByLabel('Discount rate').press('Enter');
    await expect.poll(async () => (await call<Plan>('document:plan', { documentId })).settings.discountRatePct).toBe(10);
    exported = await call<Plan>('document:plan', { documentId });
    harness.queueDialogs(['plan.xlsx']);
    await page.getByRole('button', { name: 'Export to Excel…' }).click();
    await page.getByText('Exported plan.xlsx').waitFor({ timeout: 60_000 });
    expect(harness.asked().at(-1)).toEqual({ kind: 'saveWorkbook', detail: 'Untitled.xlsx' });
    const path = join(harness.dir, 'plan.xlsx');
    expect(existsSync(path)).toBe(true);
    await page.screenshot({ path: 'test-results/workbook-exported.png' });

    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    const sheet = book.getWorksheet('Summary')!;
    const summary = await summaryOf(documentId);
    summary.scenarios.forEach((s, k) => {
      expect(summaryFigure(sheet, 'Total', k)).toBeCloseTo(s.total, 2);
      expect(summaryFigure(sheet, 'NPV at the discount rate', k)).toBeCloseTo(s.npv, 2);
    });
  });

  it('imports the workbook back through Import from Excel, as a new unsaved plan with the same assumptions and totals', async () => {
    const original = documentId;
    const totals = (await summaryOf(original)).scenarios.map((s) => s.total);
    harness.queueDialogs(['plan.xlsx']);
    await page.getByRole('button', { name: 'Import from Excel…' }).click();
    await expect.poll(() => documentId, { timeout: 60_000 }).not.toBe(original);
    await page.getByText(/^Imported /).waitFor();
    expect(harness.asked().at(-1)).toEqual({ kind: 'openSpreadsheet', detail: 'workbook' });
    await expect.poll(() => page.title()).toMatch(/^• /);
    const imported = await call<Plan>('document:plan', { documentId });
    expect(imported.settings.discountRatePct).toBe(10);
    expect(imported.scenarios.map((s) => s.name)).toEqual(exported.scenarios.map((s) => s.name));
    const back = (await summaryOf(documentId)).scenarios.map((s) => s.total);
    back.forEach((t, k) => expect(t).toBeCloseTo(totals[k]!, 6));
    expect(await page.getByLabel('Discount rate').inputValue()).toBe('10%');
    await page.screenshot({ path: 'test-results/workbook-imported.png' });
    expect(errors).toEqual([]);
  });
});
