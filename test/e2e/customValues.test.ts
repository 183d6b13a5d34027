import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calcPlan } from '#shared/calc';
import type { Custom, Plan } from '#shared/model';
import { addItemInInputs, openApp, type AppPage } from '#test/helpers/appPage';
import { seriousViolations } from '#test/helpers/axe';

const today = '2026-11-22';
let app: AppPage;
let page: Page;
const mod = process.platform === 'darwin' ? 'Meta' : 'Control';

const values = (): Locator => page.getByRole('grid', { name: 'Monthly values of Cloud tools' });
const valueCell = (index: number): Locator => values().locator(`.ag-row[row-id="value-${index}"] .ag-cell[col-id="value"]`);

function customIn(plan: Plan): Custom | undefined {
  return plan.scenarios[0]?.items.find((i): i is Custom => i.kind === 'custom');
}

beforeAll(async () => {
  app = await openApp({ viewport: { width: 1440, height: 820 }, today });
  page = app.page;
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.harness.url });
  await page.goto(app.harness.url);
  await page.getByRole('grid', { name: 'Inputs' }).waitFor({ timeout: 20_000 });
}, 180_000);

afterAll(() => app?.close());

describe('a custom item’s monthly values in Inputs', () => {
  it('are edited beside the grid: a column pasted from Excel becomes the item’s values, and the totals are the engine’s', async () => {
    await addItemInInputs(page, 'Custom', 'Cloud tools');
    await page.locator('.ag-row .ag-cell[col-id="name"]', { hasText: 'Cloud tools' }).click();
    await values().waitFor();
    expect(await page.getByRole('heading', { name: 'Monthly values · Cloud tools' }).isVisible()).toBe(true);

    const before = (await app.summary()).scenarios[0]!.total;
    await page.evaluate(`navigator.clipboard.writeText(${JSON.stringify('1,200\r\n$1,250.50\r\n900\r\n')})`);
    await valueCell(0).click();
    await page.keyboard.press(`${mod}+v`);
    await expect.poll(async () => customIn(await app.plan())?.values).toEqual([1200, 1250.5, 900]);
    await expect.poll(() => valueCell(1).innerText()).toBe('1,250.5');
    const plan = await app.plan();
    await expect.poll(async () => (await app.summary()).scenarios.map((s) => s.total)).toEqual(calcPlan(plan).scenarios.map((s) => s.total));
    expect((await app.summary()).scenarios[0]!.total).toBeCloseTo(before + 1200 + 1250.5 + 900, 6);
    await page.screenshot({ path: 'test-results/custom-values.png' });
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('takes a range typed in a month past the last, fills the months between with 0, and one undo takes it back', async () => {
    await valueCell(5).click();
    await page.keyboard.type('800–1.2k');
    await page.keyboard.press('Enter');
    await expect.poll(async () => customIn(await app.plan())?.values).toEqual([1200, 1250.5, 900, 0, 0, { low: 800, base: 1000, high: 1200 }]);
    await expect.poll(() => valueCell(5).innerText()).toBe('800–1,000–1,200');
    await page.keyboard.press(`${mod}+z`);
    await expect.poll(async () => customIn(await app.plan())?.values).toEqual([1200, 1250.5, 900]);
  });

  it('refuses “lots” in place, naming the month, and keeps the values', async () => {
    await valueCell(0).click();
    await page.keyboard.type('lots');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('"lots" is not a number');
    await page.keyboard.press('Escape');
    expect(customIn(await app.plan())?.values).toEqual([1200, 1250.5, 900]);
  });

  it('ends the item earlier when its last values are cleared', async () => {
    await valueCell(2).click();
    await page.keyboard.press('Delete');
    await expect.poll(async () => customIn(await app.plan())?.values).toEqual([1200, 1250.5]);
  });
});
