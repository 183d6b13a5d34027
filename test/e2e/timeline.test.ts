import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calcPlan } from '#shared/calc';
import type { Timeline } from '#shared/ipc/viewChannels';
import { defaultPlan } from '#shared/templates';
import { openApp, type AppPage } from '#test/helpers/appPage';

let app: AppPage;
let page: Page;
const EUR = 1.25;

const mainTimeline = (): Promise<Timeline> => app.call<Timeline>('document:timeline', { documentId: app.documentId(), scenarioId: 'caio-agency' });

const cell = (rowId: string, colId: string): Locator => page.locator(`.ag-row[row-id="${rowId}"] .ag-cell[col-id="${colId}"]`);
const whole = (v: number): string => Math.round(v).toLocaleString('en-US');
const mod = process.platform === 'darwin' ? 'Meta' : 'Control';

beforeAll(async () => {
  app = await openApp({ viewport: { width: 1280, height: 720 } });
  page = app.page;
  const plan = defaultPlan('2026-12');
  const { documentId } = await app.call<{ documentId: string }>('document:open', { plan: { ...plan, settings: { ...plan.settings, fxRates: { EUR } } } });
  await page.goto(`${app.harness.url}/?document=${encodeURIComponent(documentId)}`);
  await page.getByRole('tab', { name: 'Timeline' }).click();
  await page.getByRole('grid', { name: 'Timeline' }).waitFor({ timeout: 20_000 });
}, 180_000);

afterAll(() => app?.close());

describe('the Timeline grid in Chromium', () => {
  it('shows the first scenario’s items by month, with Total and Cumulative pinned under them as main computes them', async () => {
    const timeline = await mainTimeline();
    const retainer = timeline.items.find((i) => i.id === 'caio-retainer')!;
    expect(await cell('caio-retainer', 'm:0').innerText()).toBe(whole(retainer.values[0]!));
    expect(await cell('total', 'm:1').innerText()).toBe(whole(timeline.total[1]!));
    expect(await cell('cumulative', 'm:1').innerText()).toBe(whole(timeline.cumulative[1]!));
    expect(await cell('total', 'total').innerText()).toBe(whole((await app.summary()).scenarios[0]!.total));
    expect(await page.getByRole('columnheader', { name: 'FY2027' }).count()).toBe(1);
    await page.screenshot({ path: 'test-results/timeline-months.png' });
  });

  it('overrides a month typed over: the cell is marked, the plan holds the override and the totals follow', async () => {
    const before = (await app.summary()).scenarios[0]!.total;
    const computed = (await mainTimeline()).items.find((i) => i.id === 'caio-retainer')!.values[2]!;
    await cell('caio-retainer', 'm:2').click();
    await page.keyboard.type('12k');
    await page.keyboard.press('Enter');
    await expect.poll(() => cell('caio-retainer', 'm:2').innerText()).toBe('12,000');
    await expect.poll(() => cell('caio-retainer', 'm:2').getAttribute('aria-description')).toBe('overridden');
    expect(await cell('caio-retainer', 'm:2').getAttribute('class')).toContain('timeline-overridden');
    expect((await app.plan()).scenarios[0]!.items[0]!.overrides).toEqual({ '2027-02': 12000 });
    await expect.poll(async () => (await app.summary()).scenarios[0]!.total).toBe(before - computed + 12000);
    expect((await app.summary()).scenarios.map((s) => s.total)).toEqual(calcPlan(await app.plan()).scenarios.map((s) => s.total));
    await expect.poll(() => cell('total', 'total').innerText()).toBe(whole(before - computed + 12000));
    await page.screenshot({ path: 'test-results/timeline-override.png' });
  });

  it('refuses an override that is not an amount, in place', async () => {
    await cell('caio-retainer', 'm:3').click();
    await page.keyboard.type('soon');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('"soon" is not a number');
    await page.keyboard.press('Escape');
    expect(Object.keys((await app.plan()).scenarios[0]!.items[0]!.overrides)).toEqual(['2027-02']);
  });

  it('Delete clears the override and the computed value comes back; undo puts it back', async () => {
    await cell('caio-retainer', 'm:2').click();
    await page.keyboard.press('Delete');
    await expect.poll(async () => (await app.plan()).scenarios[0]!.items[0]!.overrides).toEqual({});
    await expect.poll(() => cell('caio-retainer', 'm:2').innerText()).toBe('7,500');
    expect(await cell('caio-retainer', 'm:2').getAttribute('aria-description')).toBeNull();
    await page.keyboard.press(`${mod}+z`);
    await expect.poll(() => cell('caio-retainer', 'm:2').innerText()).toBe('12,000');
    await page.keyboard.press(`${mod}+Shift+z`);
    await expect.poll(() => cell('caio-retainer', 'm:2').innerText()).toBe('7,500');
  });

  it('rolls months up into fiscal quarters and years, sums of the months main computed', async () => {
    const timeline = await mainTimeline();
    const values = timeline.items.find((i) => i.id === 'caio-retainer')!.values;
    const sum = (from: number, to: number): number => values.slice(from, to + 1).reduce((a, b) => a + b, 0);
    await page.getByRole('radio', { name: 'Quarter' }).check();
    // Dec 2026 is Q4 of FY2026 alone; Jan–Mar 2027 is Q1 FY2027.
    await expect.poll(() => cell('caio-retainer', 'q:Q1 FY2027').innerText()).toBe(whole(sum(1, 3)));
    expect(await cell('caio-retainer', 'q:Q4 FY2026').innerText()).toBe(whole(sum(0, 0)));
    await page.screenshot({ path: 'test-results/timeline-quarters.png' });
    await page.getByRole('radio', { name: 'Fiscal year' }).check();
    await expect.poll(() => cell('caio-retainer', 'y:FY2027').innerText()).toBe(whole(sum(1, 12)));
    expect(await cell('total', 'y:FY2027').innerText()).toBe(whole((await app.summary()).scenarios[0]!.byFiscalYear[1]!));
    await page.getByRole('radio', { name: 'Month' }).check();
    await expect.poll(() => cell('caio-retainer', 'm:0').innerText()).toBe(whole(values[0]!));
  });

  it('marks the quarter and the fiscal year that hold an overridden month', async () => {
    await cell('caio-retainer', 'm:2').click();
    await page.keyboard.type('12000');
    await page.keyboard.press('Enter');
    await expect.poll(() => cell('caio-retainer', 'm:2').getAttribute('aria-description')).toBe('overridden');
    await page.getByRole('radio', { name: 'Quarter' }).check();
    await expect.poll(() => cell('caio-retainer', 'q:Q1 FY2027').getAttribute('aria-description')).toBe('holds an overridden month');
    expect(await cell('caio-retainer', 'q:Q4 FY2026').getAttribute('aria-description')).toBeNull();
    expect(await cell('caio-retainer', 'q:Q1 FY2027').getAttribute('class')).toContain('timeline-overridden');
    await page.getByRole('radio', { name: 'Fiscal year' }).check();
    await expect.poll(() => cell('caio-retainer', 'y:FY2027').getAttribute('aria-description')).toBe('holds an overridden month');
    await page.getByRole('radio', { name: 'Month' }).check();
    await cell('caio-retainer', 'm:2').click();
    await page.keyboard.press('Delete');
    await expect.poll(async () => (await app.plan()).scenarios[0]!.items[0]!.overrides).toEqual({});
    // The grid shows the computed month and total again before the next test reads them.
    await expect.poll(() => cell('caio-retainer', 'm:2').innerText()).toBe('7,500');
    const total = (await app.summary()).scenarios[0]!.total;
    await expect.poll(() => cell('total', 'total').innerText()).toBe(whole(total));
  });

  it('shows amounts in another currency of the plan’s rates, dividing by the rate', async () => {
    const total = (await app.summary()).scenarios[0]!.total;
    await page.getByRole('combobox', { name: 'Currency' }).selectOption('EUR');
    await expect.poll(() => cell('caio-retainer', 'm:0').innerText()).toBe(whole(7500 / EUR));
    expect(await cell('total', 'total').innerText()).toBe(whole(total / EUR));
    await cell('caio-retainer', 'm:0').click();
    await page.keyboard.press('Shift+ArrowRight');
    await expect.poll(() => page.getByRole('status', { name: 'Timeline selection' }).innerText()).toBe(`Average: €6,000  Count: 2  Sum: €12,000`);
    await page.screenshot({ path: 'test-results/timeline-eur.png' });
    await page.getByRole('combobox', { name: 'Currency' }).selectOption('USD');
    await expect.poll(() => cell('caio-retainer', 'm:0').innerText()).toBe('7,500');
  });

  it('shows another scenario when picked', async () => {
    await page.getByRole('combobox', { name: 'Scenario' }).selectOption({ label: 'Full-time AI executive' });
    await expect.poll(() => page.locator('.ag-row[row-id="executive-salary"]').count()).toBeGreaterThan(0);
    const timeline = await app.call<Timeline>('document:timeline', { documentId: app.documentId(), scenarioId: 'full-time-hire' });
    expect(await cell('total', 'total').innerText()).toBe(whole(timeline.cumulative.at(-1)!));
  });

  it('logged no errors on the page', () => {
    expect(app.errors).toEqual([]);
  });
});
