import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventPayloadOf } from '#shared/ipc/events';
import { openApp, type AppPage } from '#test/helpers/appPage';

let app: AppPage;

/** What a click in the native menu does: main sends the window a menu command. */
async function menu(command: EventPayloadOf<'menu:command'>): Promise<void> {
  const response = await fetch(`${app.harness.url}/harness/menu`, { method: 'POST', body: JSON.stringify(command) });
  expect(response.status).toBe(200);
}

beforeAll(async () => {
  app = await openApp({ viewport: { width: 1280, height: 800 } });
  await app.page.goto(app.harness.url);
  await app.page.getByRole('grid', { name: 'Inputs' }).locator('.ag-row').first().waitFor({ timeout: 30_000 });
}, 180_000);

afterAll(() => app?.close());

describe('the native menu’s commands reach the window', () => {
  it('File > Save As saves under the name given in the dialog', async () => {
    app.harness.queueDialogs(['from-menu']);
    await menu({ type: 'saveAs' });
    await app.page.getByRole('heading', { name: 'from-menu.leadsheet', level: 1 }).waitFor();
    expect(existsSync(join(app.harness.dir, 'from-menu.leadsheet'))).toBe(true);
  });

  it('File > Export to Excel writes the workbook named in the dialog', async () => {
    app.harness.queueDialogs(['from-menu.xlsx']);
    await menu({ type: 'exportExcel' });
    await expect.poll(() => existsSync(join(app.harness.dir, 'from-menu.xlsx')), { timeout: 30_000 }).toBe(true);
  });

  it('File > Import Quotes brings the Quotes view forward with the quotes read', async () => {
    copyFileSync('test/fixtures/quotes/northwind-rate-card.xlsx', join(app.harness.dir, 'rates.xlsx'));
    app.harness.queueDialogs(['rates.xlsx']);
    await menu({ type: 'importQuotes' });
    await expect.poll(() => app.page.getByRole('tab', { selected: true }).innerText()).toBe('Quotes');
    await app.page.getByText('rates.xlsx').first().waitFor({ timeout: 30_000 });
    await app.page.screenshot({ path: 'test-results/menu-import-quotes.png' });
  });

  it('Edit > Undo and Redo take back and bring back the last change', async () => {
    await app.page.getByRole('tab', { name: 'Settings' }).click();
    const rate = app.page.getByLabel('Discount rate');
    await rate.fill('11%');
    await rate.press('Enter');
    await expect.poll(async () => (await app.plan()).settings.discountRatePct).toBe(11);
    await menu({ type: 'undo' });
    await expect.poll(async () => (await app.plan()).settings.discountRatePct).toBe(8);
    await menu({ type: 'redo' });
    await expect.poll(async () => (await app.plan()).settings.discountRatePct).toBe(11);
    expect(app.errors).toEqual([]);
  });
});
