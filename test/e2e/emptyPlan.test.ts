import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type AppPage } from '#test/helpers/appPage';

let app: AppPage;

beforeAll(async () => {
  app = await openApp({ viewport: { width: 1280, height: 720 } });
  await app.page.goto(app.harness.url);
  await app.page.getByRole('grid', { name: 'Inputs' }).locator('.ag-row').first().waitFor({ timeout: 20_000 });
}, 180_000);

afterAll(() => app?.close());

describe('a plan with every scenario deleted', () => {
  it('says in each view what to do next, logs no error, and undo brings the scenarios back', async () => {
    const { page } = app;
    const remove = page.getByRole('button', { name: 'Delete scenario' });
    for (let left = 3; left > 0; left--) {
      await remove.click();
      await expect.poll(async () => (await app.plan()).scenarios.length).toBe(left - 1);
    }
    await page.getByRole('status').getByText('This plan has no scenarios yet').waitFor();
    await page.screenshot({ path: 'test-results/empty-inputs.png' });

    await page.getByRole('tab', { name: 'Timeline' }).click();
    await page.getByRole('heading', { name: 'No scenarios to lay out month by month' }).waitFor();
    await page.getByRole('tab', { name: 'Compare' }).click();
    await page.getByRole('heading', { name: 'No scenarios to compare' }).waitFor();
    await page.screenshot({ path: 'test-results/empty-compare.png' });

    await page.getByRole('tab', { name: 'Inputs' }).click();
    await page.getByRole('grid', { name: 'Inputs' }).click({ position: { x: 40, y: 10 } });
    for (let k = 0; k < 3; k++) await page.keyboard.press('Control+z');
    await expect.poll(async () => (await app.plan()).scenarios.length).toBe(3);
    expect(app.errors).toEqual([]);
  });
});
