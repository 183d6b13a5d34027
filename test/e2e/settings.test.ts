import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type AppPage } from '#test/helpers/appPage';
import { tempFolders } from '#test/helpers/tempFolders';

const folder = tempFolders();
let app: AppPage;
let page: Page;
const money = (v: number): string => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', currencySign: 'accounting', maximumFractionDigits: 0 }).format(v);

beforeAll(async () => {
  app = await openApp({ viewport: { width: 1200, height: 1100 }, dir: folder(), userData: folder() });
  page = app.page;
  await page.goto(app.harness.url);
  await page.getByRole('tab', { name: 'Settings' }).click();
  await page.getByLabel('Discount rate').waitFor({ timeout: 20_000 });
}, 180_000);

afterAll(() => app?.close());

describe('the plan settings form', () => {
  it('shows each setting as the plan holds it', async () => {
    const settings = (await app.plan()).settings;
    expect(await page.getByLabel('Discount rate').inputValue()).toBe(`${settings.discountRatePct as number}%`);
    expect(await page.getByLabel('Horizon').inputValue()).toBe(String(settings.horizonMonths));
    expect(await page.getByLabel('Start month').inputValue()).toBe(settings.startMonth);
    expect(await page.getByLabel('Currency', { exact: true }).inputValue()).toBe(settings.currency);
    expect(await page.getByLabel('Fiscal year starts in').locator('option:checked').innerText()).toBe('January');
    await page.screenshot({ path: 'test-results/settings.png', fullPage: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: 'test-results/settings-dark.png', fullPage: true });
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('changes the discount rate, and NPV moves to what main computes at the new rate', async () => {
    const before = await app.summary();
    const field = page.getByLabel('Discount rate');
    await field.fill('12%');
    await field.press('Enter');
    await expect.poll(async () => (await app.plan()).settings.discountRatePct).toBe(12);
    const after = await app.summary();
    // A higher rate discounts future costs more: every scenario's NPV falls, its total does not move.
    after.scenarios.forEach((s, k) => {
      expect(s.npv).toBeLessThan(before.scenarios[k]!.npv);
      expect(s.total).toBe(before.scenarios[k]!.total);
    });
    const line = page.getByLabel('NPV at this rate');
    for (const s of after.scenarios) await expect.poll(() => line.innerText()).toContain(`${s.name} ${money(s.npv)}`);
    await page.getByRole('tab', { name: 'Compare' }).click();
    await page.getByRole('tabpanel').getByText(money(after.scenarios[0]!.npv), { exact: true }).first().waitFor();
    await page.getByRole('tab', { name: 'Settings' }).click();
  });

  it('refuses a value out of bounds at the field, with the reason, and keeps the plan as it was', async () => {
    const field = page.getByLabel('Discount rate');
    await field.fill('2000%');
    await field.press('Enter');
    const reason = page.getByRole('alert').filter({ hasText: '2000%' });
    await expect.poll(() => reason.innerText()).toBe('"2000%": the most this field takes is 1,000%');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await field.getAttribute('aria-describedby')).toContain(await reason.getAttribute('id'));
    expect((await app.plan()).settings.discountRatePct).toBe(12);
    await page.screenshot({ path: 'test-results/settings-refused.png', fullPage: true });
    await field.press('Escape');
    expect(await field.inputValue()).toBe('12%');
    expect(await field.getAttribute('aria-invalid')).toBe('false');
  });

  it('adds an exchange rate, and the model refuses a currency change that would strand it', async () => {
    await page.getByRole('button', { name: 'Add a currency' }).click();
    await page.getByLabel('Currency of the new currency rate').fill('eur');
    await page.getByLabel('USD per 1 new currency').fill('1.08');
    await page.getByLabel('USD per 1 new currency').press('Enter');
    await expect.poll(async () => (await app.plan()).settings.fxRates).toEqual({ EUR: 1.08 });
    expect(await page.getByLabel('USD per 1 EUR').inputValue()).toBe('1.08');
    // A rate for the plan's own currency is no rate: refused at its row.
    await page.getByLabel('Currency of the EUR rate').fill('USD');
    await page.getByLabel('Currency of the EUR rate').press('Enter');
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'plan currency' }).innerText()).toBe('USD is the plan currency: it needs no exchange rate');
    expect((await app.plan()).settings.fxRates).toEqual({ EUR: 1.08 });
    expect(app.errors).toEqual([]);
  });
});
