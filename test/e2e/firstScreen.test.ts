import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calcPlan } from '#shared/calc';
import { monthAfter } from '#shared/model';
import { defaultPlan } from '#shared/templates';
import { openApp, type AppPage } from '#test/helpers/appPage';

let app: AppPage;
const today = '2026-11-22';

beforeAll(async () => {
  app = await openApp({ viewport: { width: 1100, height: 520 }, today });
}, 180_000);

afterAll(() => app?.close());

describe('the app in Chromium, through the harness', () => {
  it('opens on the default plan and shows each scenario’s totals as the engine computes them', async () => {
    const { page, errors } = app;
    await page.goto(app.harness.url);
    await page.getByRole('tab', { name: 'Compare' }).click();
    const table = page.getByRole('table', { name: 'Scenarios compared' });
    await table.waitFor({ timeout: 20_000 });
    await page.screenshot({ path: 'test-results/first-screen.png' });
    const engine = calcPlan(defaultPlan(monthAfter(today)));
    const header = await table.locator('thead th').allInnerTexts();
    expect(header.slice(1)).toEqual(engine.scenarios.map((s) => s.name));
    const totals = await table.locator('tbody tr', { hasText: 'Total' }).locator('td').allInnerTexts();
    const money = (v: number): string => `$${Math.round(v).toLocaleString('en-US')}`;
    expect(totals).toEqual(engine.scenarios.map((s) => money(s.total)));
    expect(errors).toEqual([]);
  });
});
