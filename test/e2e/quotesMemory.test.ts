import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type AppPage } from '#test/helpers/appPage';
import { tempFolders } from '#test/helpers/tempFolders';
import { ACME_JUNE, ACME_MARCH, writeVendorBook } from '#test/main/quotes/vendorBook';

const folder = tempFolders();
let app: AppPage;
let page: Page;

beforeAll(async () => {
  const dir = folder();
  // Two proposals from Acme AI on its own template, whose vendor column is headed `Practice`: no synonym knows it.
  await writeVendorBook(join(dir, 'acme-march.xlsx'), ACME_MARCH);
  await writeVendorBook(join(dir, 'acme-june.xlsx'), ACME_JUNE);
  app = await openApp({ viewport: { width: 1440, height: 900 }, dir, userData: folder() });
  page = app.page;
  await page.goto(app.harness.url);
  await page.getByRole('tab', { name: 'Quotes' }).click();
}, 180_000);

afterAll(() => app?.close());

const cell = (id: string, column: string): ReturnType<Page['locator']> => page.locator('.quote-grid').locator(`[row-id="${id}"] [col-id="${column}"]`);
const notice = (): ReturnType<Page['getByRole']> => page.getByRole('status', { name: 'Remembered columns' });
const vendorColumn = (): ReturnType<Page['getByLabel']> => page.getByLabel('Vendor', { exact: true });

/** Imports a file of the dialog folder through Import quotes… and waits until its price in row 4 shows. */
async function importFile(name: string, price: string): Promise<void> {
  app.harness.queueDialogs([name]);
  await page.getByRole('button', { name: 'Import quotes…' }).click();
  await expect.poll(() => page.getByLabel('Quote file').innerText(), { timeout: 30_000 }).toContain(name);
  await expect.poll(() => cell('Proposal!4', 'amount').innerText(), { timeout: 30_000 }).toBe(price);
}

describe('a column mapping corrected once is remembered for the vendor’s next sheet', () => {
  it('reads a sheet whose vendor column is not detected with no vendor, and no remembered mapping', async () => {
    await importFile('acme-march.xlsx', '9,500');
    expect(await vendorColumn().inputValue()).toBe('');
    expect(await cell('Proposal!4', 'vendor').innerText()).toBe('');
    expect(await notice().count()).toBe(0);
  });

  it('reads the rows again with the vendor column the user chose, and says the mapping is kept for Acme AI', async () => {
    await vendorColumn().selectOption('A');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect.poll(() => cell('Proposal!4', 'vendor').innerText(), { timeout: 20_000 }).toBe('Acme AI');
    expect(await notice().innerText()).toContain('Columns mapped as you set them for Acme AI');
  });

  it('maps the next file with the same headers as set, naming the vendor, with the mapping editor showing it as current', async () => {
    await importFile('acme-june.xlsx', '6,200');
    await expect.poll(() => notice().innerText()).toContain('Columns mapped as you set them for Acme AI');
    expect(await vendorColumn().inputValue()).toBe('A');
    expect(await vendorColumn().locator('option:checked').innerText()).toBe('A · PRACTICE');
    for (const row of ['Proposal!4', 'Proposal!5', 'Proposal!6']) expect(await cell(row, 'vendor').innerText()).toBe('Acme AI');
    expect(await cell('Proposal!5', 'service').innerText()).toBe('Data platform review');
    expect(await page.getByRole('button', { name: 'Apply' }).isDisabled()).toBe(true);
    await page.screenshot({ path: 'test-results/quotes-memory-remembered.png', fullPage: true });
    expect(app.errors).toEqual([]);
  });

  it('goes back to the detected columns in one click, keeping every row and the ticks, and forgets the mapping', async () => {
    await cell('Proposal!5', 'source').click();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Add 1 quote as line items' }).waitFor();

    await page.getByRole('button', { name: 'Use detected columns' }).click();
    await expect.poll(() => vendorColumn().inputValue(), { timeout: 20_000 }).toBe('');
    await expect.poll(() => notice().count()).toBe(0);
    for (const row of ['Proposal!4', 'Proposal!5', 'Proposal!6']) expect(await cell(row, 'vendor').innerText()).toBe('');
    expect(await cell('Proposal!6', 'amount').innerText()).toBe('3,000');
    expect(await page.locator('.quote-grid [row-id="Proposal!5"] input[type=checkbox]').isChecked()).toBe(true);
    await page.screenshot({ path: 'test-results/quotes-memory-detected.png', fullPage: true });

    await importFile('acme-march.xlsx', '9,500');
    expect(await vendorColumn().inputValue()).toBe('');
    expect(await notice().count()).toBe(0);
    expect(app.errors).toEqual([]);
  });
});
