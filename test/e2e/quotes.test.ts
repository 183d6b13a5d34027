import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanSummary } from '#shared/ipc/summary';
import type { Quote } from '#shared/model';
import { openApp, type AppPage } from '#test/helpers/appPage';
import { tempFolders } from '#test/helpers/tempFolders';

const folder = tempFolders();
let app: AppPage;
let page: Page;

const money = (v: number): string => `$${Math.round(v).toLocaleString('en-US')}`;
const mod = process.platform === 'darwin' ? 'Meta' : 'Control';
/** The quotes main reads from the rate card, as its parser's own test expects them. */
const northwind = (JSON.parse(readFileSync('test/fixtures/quotes/northwind-rate-card.expected.json', 'utf8')) as { quotes: Quote[] }).quotes;
const quote = (id: string): Quote => northwind.find((q) => q.id === id)!;

beforeAll(async () => {
  const dir = folder();
  copyFileSync('test/fixtures/quotes/northwind-rate-card.xlsx', join(dir, 'northwind-rate-card.xlsx'));
  app = await openApp({ viewport: { width: 1440, height: 900 }, dir, userData: folder() });
  page = app.page;
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.harness.url });
  await page.goto(app.harness.url);
  await page.getByRole('tab', { name: 'Quotes' }).click();
}, 180_000);

afterAll(() => app?.close());

const grid = (): ReturnType<Page['locator']> => page.locator('.quote-grid');
/** A grid row by its quote id (`Rate card!5`). */
const row = (id: string): ReturnType<Page['locator']> => grid().locator(`[row-id="${id}"]`);
const cell = (id: string, column: string): ReturnType<Page['locator']> => row(id).locator(`[col-id="${column}"]`);

describe('vendor quotes in the Quotes view', () => {
  it('imports a messy rate card through the Open dialog and shows the columns it detected', async () => {
    app.harness.queueDialogs(['northwind-rate-card.xlsx']);
    await page.getByRole('button', { name: 'Import quotes…' }).click();
    await cell('Rate card!5', 'amount').waitFor({ timeout: 30_000 });
    expect(app.harness.asked().at(-1)).toEqual({ kind: 'openSpreadsheet', detail: 'quotes' });
    expect(await page.getByLabel('Quote file').innerText()).toContain('northwind-rate-card.xlsx');
    expect(await page.getByLabel('Price', { exact: true }).inputValue()).toBe('D');
    expect(await page.getByLabel('Term', { exact: true }).inputValue()).toBe('G');
    expect(await page.getByLabel('Minimum term').inputValue()).toBe('H');
    expect(await page.getByLabel('Price', { exact: true }).locator('option:checked').innerText()).toBe('D · Rate');
    expect(await cell('Rate card!5', 'amount').innerText()).toBe('9,500');
    expect(await cell('Rate card!5', 'term').innerText()).toBe('12 mo');
    expect(await page.getByRole('list', { name: 'Notices' }).innerText()).toContain('Rate card row 12 skipped: a total row');
    await page.screenshot({ path: 'test-results/quotes-imported.png', fullPage: true });
  });

  it('marks a price it could not read at its cell, with the reason on hover, on focus and in the errors list', async () => {
    const price = cell('Rate card!9', 'amount');
    await expect.poll(() => price.getAttribute('class')).toContain('quote-cell-error');
    expect(await price.innerText()).toContain('#N/A');
    expect(await price.locator('[title]').getAttribute('title')).toBe(`'Rate card'!D9: "#N/A" is not a price`);
    await price.click();
    await expect.poll(() => page.getByRole('status', { name: 'Cell' }).innerText()).toBe(`'Rate card'!D9: "#N/A" is not a price`);
    const list = page.getByRole('region', { name: '1 cell could not be read' });
    expect(await list.innerText()).toContain(`'Rate card'!D9: "#N/A" is not a price`);
    // The row cannot be ticked, and says why.
    expect(await row('Rate card!9').locator('input[type=checkbox]').isDisabled()).toBe(true);
    expect(await row('Rate card!9').locator('[col-id="status"]').innerText()).toContain('Cannot add');
    await cell('Rate card!5', 'term').click();
    await expect.poll(() => page.getByRole('status', { name: 'Cell' }).innerText()).toBe(`'Rate card'!G5: 12 mo`);
  });

  it('selects a rectangle of prices with Shift+click: the status line sums it in the quotes’ currency, and Ctrl+C copies it as tab-separated text', async () => {
    const selection = page.getByRole('status', { name: 'Quotes selection' });
    const [first, second, third, euro] = ['Rate card!5', 'Rate card!6', 'Rate card!7', 'Rate card!8'].map(quote);
    const dollars = [first!, second!, third!];
    expect(dollars.map((q) => q.currency)).toEqual(['USD', 'USD', 'USD']);
    const sum = dollars.reduce((total, q) => total + q.amount!, 0);

    await cell('Rate card!5', 'amount').click();
    await cell('Rate card!7', 'currency').click({ modifiers: ['Shift'] });
    // Three prices and three currency codes: six cells counted, the three prices summed, in dollars.
    await expect.poll(() => selection.innerText()).toBe(`Average: ${money(sum / 3)}  Count: 6  Sum: ${money(sum)}`);
    for (const id of ['Rate card!5', 'Rate card!6', 'Rate card!7']) expect(await cell(id, 'amount').getAttribute('class')).toContain('sheet-selected');
    expect(await cell('Rate card!8', 'amount').getAttribute('class')).not.toContain('sheet-selected');
    // The source cell still says where the price came from.
    // The cell line follows the focus, which Shift+click moved to the far corner: where that cell came from.
    expect(await page.getByRole('status', { name: 'Cell' }).innerText()).toBe(`'Rate card'!E7: USD`);
    await page.screenshot({ path: 'test-results/quotes-selection.png' });

    await page.keyboard.press(`${mod}+c`);
    // Numbers plain, as Excel reads them back as numbers; rows end in CRLF.
    expect(await page.evaluate('navigator.clipboard.readText()')).toBe(dollars.map((q) => `${q.amount}\t${q.currency}\r\n`).join(''));

    // A euro price joins: dollars and euros do not add up as money, so the figures are plain numbers.
    expect(euro!.currency).toBe('EUR');
    await cell('Rate card!8', 'amount').click({ modifiers: ['Shift'] });
    const all = sum + euro!.amount!;
    await expect.poll(() => selection.innerText()).toBe(`Average: ${(all / 4).toLocaleString('en-US', { maximumFractionDigits: 2 })}  Count: 4  Sum: ${all.toLocaleString('en-US')}`);
    // Shift+arrows grow it as in Excel: one column to the right adds the four currency codes to the count.
    await page.keyboard.press('Shift+ArrowRight');
    await expect.poll(() => selection.innerText()).toContain('Count: 8');
    expect(app.errors).toEqual([]);
  });

  it('ticks quotes with the tick column, with Space on it, and with the header box for every quote that can be added', async () => {
    const add = (n: number): ReturnType<Page['getByRole']> => page.getByRole('button', { name: `Add ${n} quote${n === 1 ? '' : 's'} as line items` });
    // From the source cell, one step left is the row's tick box.
    await cell('Rate card!6', 'source').click();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Space');
    await expect.poll(() => row('Rate card!6').locator('input[type=checkbox]').isChecked()).toBe(true);
    expect(await add(1).isEnabled()).toBe(true);
    await page.keyboard.press('Space');
    await expect.poll(() => add(0).isDisabled()).toBe(true);

    const header = grid().locator('.ag-header-select-all input[type=checkbox]');
    await header.check();
    const addable = await grid().locator('.ag-row input[type=checkbox]:enabled').count();
    expect(addable).toBeGreaterThan(1);
    await add(addable).waitFor();
    // The quote with an unreadable price is left unticked.
    expect(await row('Rate card!9').locator('input[type=checkbox]').isChecked()).toBe(false);
    await page.screenshot({ path: 'test-results/quotes-ticked.png' });
    await header.uncheck();
    await expect.poll(() => add(0).isDisabled()).toBe(true);
    expect(app.errors).toEqual([]);
  });

  it('reads the rows again with a corrected column mapping', async () => {
    await page.getByLabel('Minimum term').selectOption('');
    await page.getByLabel('Term', { exact: true }).selectOption('H');
    await page.screenshot({ path: 'test-results/quotes-mapping-edited.png' });
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect.poll(() => cell('Rate card!5', 'term').innerText(), { timeout: 20_000 }).toBe('6 mo');
    expect(await cell('Rate card!5', 'minimumTerm').innerText()).toBe('');
    expect(await page.getByLabel('Term', { exact: true }).inputValue()).toBe('H');
    expect(await page.getByLabel('Minimum term').inputValue()).toBe('');
    expect(await page.getByRole('button', { name: 'Apply' }).isDisabled()).toBe(true);
  });

  it('adds a ticked quote to a scenario as a line item, which main then holds with the quote as its source, and Compare’s totals move', async () => {
    const plan = await app.plan();
    const scenario = plan.scenarios[1]!;
    const before = await app.summary();
    await row('Rate card!5').locator('input[type=checkbox]').check();
    await page.getByLabel('Scenario', { exact: true }).selectOption({ label: scenario.name });
    await page.getByRole('button', { name: 'Add 1 quote as line items' }).click();
    await page.getByText(`Added 1 quote to ${scenario.name} as line items`).waitFor();
    await page.screenshot({ path: 'test-results/quotes-added.png', fullPage: true });

    const after = await app.plan();
    const item = after.scenarios[1]!.items.at(-1)!;
    expect(item).toMatchObject({
      kind: 'retainer',
      name: 'Fractional Chief AI Officer',
      vendor: 'Northwind Analytics',
      monthlyFee: 9500,
      discountPct: 10,
      durationMonths: 6,
      start: '2027-01',
      source: { type: 'quote', file: 'northwind-rate-card.xlsx', sheet: 'Rate card', row: 5, quoteId: 'Rate card!5' },
    });
    expect(item.currency ?? after.settings.currency).toBe('USD');
    expect(after.quotes.map((q) => q.id)).toEqual(['Rate card!5']);

    const summary = await app.summary();
    const total = (s: PlanSummary): number => s.scenarios.find((x) => x.id === scenario.id)!.total;
    // Six months of 9,500 less 10%.
    expect(total(summary) - total(before)).toBeCloseTo(9500 * 0.9 * 6, 6);
    await page.getByRole('tab', { name: 'Compare' }).click();
    await page.getByRole('tabpanel').getByText(money(total(summary)), { exact: true }).first().waitFor();
    expect(app.errors).toEqual([]);
  });

  it('reads a quote sheet dropped on the view as quotes, not as a plan to open', async () => {
    await page.getByRole('tab', { name: 'Quotes' }).click();
    copyFileSync('test/fixtures/quotes/totals_and_blanks.csv', join(app.harness.dir, 'totals_and_blanks.csv'));
    await page.evaluate(`(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['x'], 'totals_and_blanks.csv', { type: 'text/csv' }));
      document.querySelector('.quotes-view').dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    })()`);
    await cell('totals_and_blanks!4', 'amount').waitFor({ timeout: 20_000 });
    expect(await page.getByLabel('Quote file').innerText()).toContain('totals_and_blanks.csv');
    expect(await page.title()).not.toContain('totals_and_blanks');
    await page.screenshot({ path: 'test-results/quotes-dropped.png', fullPage: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: 'test-results/quotes-dark.png', fullPage: true });
    await page.emulateMedia({ colorScheme: 'light' });
    expect(app.errors).toEqual([]);
  });
});
