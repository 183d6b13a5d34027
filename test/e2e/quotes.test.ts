import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
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

/** A channel of main, called as the page calls it. */
async function call<T>(channel: string, body: unknown): Promise<T> {
  const answer = (await (await fetch(`${harness.url}/ipc/${channel}`, { method: 'POST', headers: { origin: harness.url }, body: JSON.stringify(body) })).json()) as { ok: boolean; value: T; error?: { message: string } };
  if (!answer.ok) throw new Error(answer.error?.message);
  return answer.value;
}

const money = (v: number): string => `$${Math.round(v).toLocaleString('en-US')}`;

beforeAll(async () => {
  const dir = folder();
  copyFileSync('test/fixtures/quotes/northwind-rate-card.xlsx', join(dir, 'northwind-rate-card.xlsx'));
  harness = await startHarness({ staticDir: 'out/renderer', today: () => '2026-11-22', dir, userData: folder() });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  // The document the page shows, as its calls to main name it.
  page.on('request', (request) => {
    if (!request.url().includes('/ipc/')) return;
    const body = request.postDataJSON() as { documentId?: string } | null;
    if (body?.documentId) documentId = body.documentId;
  });
  mkdirSync('test-results', { recursive: true });
  await page.goto(harness.url);
  await page.getByRole('tab', { name: 'Quotes' }).click();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await harness?.close();
});

const grid = (): ReturnType<Page['locator']> => page.locator('.quote-grid');
/** A grid row by its quote id (`Rate card!5`). */
const row = (id: string): ReturnType<Page['locator']> => grid().locator(`[row-id="${id}"]`);
const cell = (id: string, column: string): ReturnType<Page['locator']> => row(id).locator(`[col-id="${column}"]`);

describe('vendor quotes in the Quotes view', () => {
  it('imports a messy rate card through the Open dialog and shows the columns it detected', async () => {
    harness.queueDialogs(['northwind-rate-card.xlsx']);
    await page.getByRole('button', { name: 'Import quotes…' }).click();
    await row('Rate card!5').waitFor({ timeout: 30_000 });
    expect(harness.asked().at(-1)).toEqual({ kind: 'openSpreadsheet', detail: 'quotes' });
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
    const plan = await call<Plan>('document:plan', { documentId });
    const scenario = plan.scenarios[1]!;
    const before = (await call<{ summary: PlanSummary }>('document:summary', { documentId })).summary;
    await row('Rate card!5').locator('input[type=checkbox]').check();
    await page.getByLabel('Scenario', { exact: true }).selectOption({ label: scenario.name });
    await page.getByRole('button', { name: 'Add 1 quote as line items' }).click();
    await page.getByText(`Added 1 quote to ${scenario.name} as line items`).waitFor();
    await page.screenshot({ path: 'test-results/quotes-added.png', fullPage: true });

    const after = await call<Plan>('document:plan', { documentId });
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

    const summary = (await call<{ summary: PlanSummary }>('document:summary', { documentId })).summary;
    const total = (s: PlanSummary): number => s.scenarios.find((x) => x.id === scenario.id)!.total;
    // Six months of 9,500 less 10%.
    expect(total(summary) - total(before)).toBeCloseTo(9500 * 0.9 * 6, 6);
    await page.getByRole('tab', { name: 'Compare' }).click();
    await page.getByRole('tabpanel').getByText(money(total(summary)), { exact: true }).first().waitFor();
    expect(errors).toEqual([]);
  });

  it('reads a quote sheet dropped on the view as quotes, not as a plan to open', async () => {
    await page.getByRole('tab', { name: 'Quotes' }).click();
    copyFileSync('test/fixtures/quotes/totals_and_blanks.csv', join(harness.dir, 'totals_and_blanks.csv'));
    await page.evaluate(`(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['x'], 'totals_and_blanks.csv', { type: 'text/csv' }));
      document.querySelector('.quotes-view').dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    })()`);
    await row('totals_and_blanks!4').waitFor({ timeout: 20_000 });
    expect(await page.getByLabel('Quote file').innerText()).toContain('totals_and_blanks.csv');
    expect(await page.title()).not.toContain('totals_and_blanks');
    await page.screenshot({ path: 'test-results/quotes-dropped.png', fullPage: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: 'test-results/quotes-dark.png', fullPage: true });
    await page.emulateMedia({ colorScheme: 'light' });
    expect(errors).toEqual([]);
  });
});
