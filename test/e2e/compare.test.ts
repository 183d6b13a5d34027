import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MonteCarloDto } from '#shared/ipc/jobChannels';
import { openApp, type AppPage } from '#test/helpers/appPage';

let app: AppPage;
let page: Page;
const viewport = { width: 1280, height: 900 };
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Money as the app shows it in en-US: whole dollars, negatives in parentheses. */
function money(value: number): string {
  const text = `$${Math.abs(Math.round(value)).toLocaleString('en-US')}`;
  return Math.round(value) < 0 ? `(${text})` : text;
}

function monthWords(month: string): string {
  const [year, m] = month.split('-');
  return `${MONTHS[Number(m) - 1]} ${year}`;
}

/** The cells of the row whose name is `label`, in scenario order. */
function rowCells(table: Locator, label: string | RegExp): Promise<string[]> {
  return table.locator('tbody tr', { has: page.locator('th', { hasText: label }) }).locator('td').allInnerTexts();
}

/** Shows the document in `opened`, on the Compare tab once its table is there. */
async function showCompare(opened: Page, documentId: string): Promise<Page> {
  await opened.goto(`${app.harness.url}/?document=${encodeURIComponent(documentId)}`);
  await opened.getByRole('tab', { name: 'Compare' }).click();
  await opened.getByRole('table', { name: 'Scenarios compared' }).waitFor({ timeout: 20_000 });
  return opened;
}

/** Width and height of the first canvas or svg inside `within`, once it has drawn. */
async function drawnSize(within: Locator, selector: 'canvas' | 'svg'): Promise<{ width: number; height: number }> {
  const element = within.locator(selector).first();
  await element.waitFor({ timeout: 20_000 });
  const box = await element.boundingBox();
  return { width: box?.width ?? 0, height: box?.height ?? 0 };
}

beforeAll(async () => {
  app = await openApp({ viewport, colorScheme: 'light' });
  // The document the page shows: created over HTTP so the test can ask main about the same one.
  const { documentId } = await app.call<{ documentId: string }>('document:create', {});
  page = await showCompare(app.page, documentId);
}, 180_000);

afterAll(() => app?.close());

describe('the Compare view in Chromium, through the harness', () => {
  it('shows each scenario’s fiscal years, total, NPV and cost per workflow as main’s summary has them', async () => {
    const expected = await app.summary();
    const table = page.getByRole('table', { name: 'Scenarios compared' });
    const header = await table.locator('thead th').allInnerTexts();
    expect(header.slice(1)).toEqual(expected.scenarios.map((s) => s.name));
    expect(await rowCells(table, /^Total$/)).toEqual(expected.scenarios.map((s) => money(s.total)));
    expect(await rowCells(table, /^NPV$/)).toEqual(expected.scenarios.map((s) => money(s.npv)));
    expect(await rowCells(table, /^Cost per workflow$/)).toEqual(expected.scenarios.map((s) => (s.costPerWorkflow === null ? 'no workflow shipped' : money(s.costPerWorkflow))));
    expect(await rowCells(table, /^Workflows shipped$/)).toEqual(expected.scenarios.map((s) => String(s.workflowsShipped)));
    for (const [y, year] of expected.fiscalYears.entries()) {
      const label = year.partial ? `${year.label} (${year.months} mo)` : year.label;
      expect(await rowCells(table, new RegExp(`^${label.replace(/[()]/g, '\\$&')}$`))).toEqual(expected.scenarios.map((s) => money(s.byFiscalYear[y] ?? 0)));
    }
    // The cheapest total is shaded, and only that one.
    const cheapest = expected.scenarios.reduce((a, b) => (b.total < a.total ? b : a));
    const shaded = await table.locator('tbody tr', { has: page.locator('th', { hasText: /^Total$/ }) }).locator('td.best').allInnerTexts();
    expect(shaded).toEqual([money(cheapest.total)]);
    await page.screenshot({ path: 'test-results/compare-light.png', fullPage: true });
  });

  it('switches the table to the low and high cases main computed', async () => {
    const expected = await app.summary();
    const table = page.getByRole('table', { name: 'Scenarios compared' });
    const cases = page.getByRole('radiogroup', { name: 'Case' });
    await cases.getByText('High inputs', { exact: true }).click();
    expect(await cases.getByRole('radio', { name: 'High inputs' }).isChecked()).toBe(true);
    expect(await rowCells(table, /^Total$/)).toEqual(expected.scenarios.map((s) => money(s.high?.total ?? NaN)));
    await cases.getByText('Low inputs', { exact: true }).click();
    expect(await cases.getByRole('radio', { name: 'Low inputs' }).isChecked()).toBe(true);
    expect(await rowCells(table, /^Total$/)).toEqual(expected.scenarios.map((s) => money(s.low?.total ?? NaN)));
    await cases.getByText('Base', { exact: true }).click();
    expect(await cases.getByRole('radio', { name: 'Base' }).isChecked()).toBe(true);
    expect(await rowCells(table, /^Total$/)).toEqual(expected.scenarios.map((s) => money(s.total)));
  });

  it('says in words, with the scenarios’ names, when one becomes cheaper than another', async () => {
    const expected = await app.summary();
    expect(expected.crossovers.length).toBeGreaterThan(0);
    const name = (id: string): string => expected.scenarios.find((s) => s.id === id)?.name ?? '';
    const crossovers = page.getByRole('region', { name: 'Crossovers' });
    for (const c of expected.crossovers) {
      await crossovers.getByText(`${name(c.cheaper)} becomes cheaper than ${name(c.dearer)} in ${monthWords(c.month)}.`).waitFor();
    }
    // The default plan: the officer alone overtakes the full-time hire once the hire starts.
    await crossovers.getByText('Fractional AI officer only becomes cheaper than Full-time AI executive in March 2027.').waitFor();
  });

  it('runs 200,000 Monte Carlo trials with progress, and shows what job:monteCarlo answers for the same seed and trials', async () => {
    const panel = page.getByRole('region', { name: 'Monte Carlo' });
    await expect.poll(() => panel.getByRole('textbox', { name: 'Seed' }).inputValue()).toBe('1');
    await panel.getByRole('textbox', { name: 'Trials' }).fill('200,000');
    await panel.getByRole('button', { name: 'Run', exact: true }).click();
    const job = page.getByRole('region', { name: 'Work in progress' });
    await job.getByRole('progressbar', { name: 'Running 200,000 Monte Carlo trials' }).waitFor({ timeout: 20_000 });
    const count = job.locator('.job-count');
    await expect.poll(() => count.innerText(), { timeout: 30_000 }).toMatch(/ of 200,000$/);
    const first = await count.innerText();
    await page.screenshot({ path: 'test-results/compare-monte-carlo-running.png' });
    await expect.poll(async () => ((await job.count()) === 0 ? 'gone' : count.innerText()), { timeout: 60_000 }).not.toBe(first);
    const table = page.getByRole('table', { name: 'Monte Carlo results' });
    await table.waitFor({ timeout: 60_000 });
    await panel.getByText('200,000 trials, seed 1').waitFor();

    const expected = await app.call<MonteCarloDto & { status: string }>('job:monteCarlo', { jobId: 'compare-e2e-check', documentId: app.documentId(), trials: 200_000, seed: 1 });
    expect(expected.status).toBe('done');
    const plan = await app.summary();
    const byId = (id: string): MonteCarloDto['scenarios'][number] => expected.scenarios.find((s) => s.id === id)!;
    for (const p of ['p10', 'p50', 'p90'] as const) {
      expect(await rowCells(table, new RegExp(`^Total\\s*${p.toUpperCase()}$`))).toEqual(plan.scenarios.map((s) => money(byId(s.id).total[p])));
      expect(await rowCells(table, new RegExp(`^NPV\\s*${p.toUpperCase()}$`))).toEqual(plan.scenarios.map((s) => money(byId(s.id).npv[p])));
      expect(await rowCells(table, new RegExp(`^Cost per workflow\\s*${p.toUpperCase()}$`))).toEqual(
        plan.scenarios.map((s) => {
          const cost = byId(s.id).costPerWorkflow;
          return cost ? money(cost[p]) : 'no workflow shipped';
        }),
      );
    }
    const share = (v: number): string => `${(Math.round(v * 1000) / 10).toLocaleString('en-US')}%`;
    const cheapest = (id: string): MonteCarloDto['probabilityCheapest'][number] => expected.probabilityCheapest.find((p) => p.id === id)!;
    expect(await rowCells(table, /^Cheapest on total/)).toEqual(plan.scenarios.map((s) => share(cheapest(s.id).total)));
    expect(await rowCells(table, /^Cheapest per workflow/)).toEqual(plan.scenarios.map((s) => share(cheapest(s.id).costPerWorkflow)));
    expect(await rowCells(table, /^No workflow shipped/)).toEqual(plan.scenarios.map((s) => share(byId(s.id).noWorkflowShare)));
    await page.screenshot({ path: 'test-results/compare-monte-carlo.png', fullPage: true });
  });

  it('cancelling a run keeps the results of the run before', async () => {
    const panel = page.getByRole('region', { name: 'Monte Carlo' });
    const table = page.getByRole('table', { name: 'Monte Carlo results' });
    const before = await table.innerText();
    await panel.getByRole('textbox', { name: 'Trials' }).fill('1m');
    await panel.getByRole('textbox', { name: 'Seed' }).fill('7');
    await panel.getByRole('button', { name: 'Run', exact: true }).click();
    const job = page.getByRole('region', { name: 'Work in progress' });
    await job.getByRole('progressbar', { name: 'Running 1,000,000 Monte Carlo trials' }).waitFor({ timeout: 20_000 });
    await job.getByRole('button', { name: 'Cancel' }).click();
    await job.waitFor({ state: 'detached', timeout: 30_000 });
    await panel.getByText('Run cancelled: the results below are from the earlier run.').waitFor();
    expect(await table.innerText()).toBe(before);
    await panel.getByText('200,000 trials, seed 1').waitFor();
  });

  it('draws the tornado, the cumulative chart with its band and the fiscal-year bars, in light and in dark', async () => {
    const tornado = page.getByRole('region', { name: 'Sensitivity' });
    await tornado.getByText('Agency project · workflows per year', { exact: true }).waitFor({ timeout: 20_000 });
    const sizes = [await drawnSize(tornado, 'svg'), await drawnSize(page.getByRole('region', { name: 'Cumulative cost' }), 'canvas'), await drawnSize(page.getByRole('region', { name: 'Cost by fiscal year' }), 'canvas')];
    for (const size of sizes) {
      expect(size.width).toBeGreaterThan(200);
      expect(size.height).toBeGreaterThan(100);
    }
    await page.getByRole('region', { name: 'Cumulative cost' }).getByText('Shaded: P10–P90 of cumulative cost from the last Monte Carlo run.').waitFor();
    await tornado.getByRole('combobox', { name: 'Scenario' }).selectOption({ label: 'Full-time AI executive' });
    await tornado.getByText('AI executive salary · base salary', { exact: true }).waitFor();
    await page.screenshot({ path: 'test-results/compare-light-charts.png', fullPage: true });

    const dark = await showCompare(await app.newPage({ viewport, colorScheme: 'dark' }), app.documentId());
    await dark.getByRole('region', { name: 'Sensitivity' }).locator('svg').first().waitFor();
    await dark.getByRole('region', { name: 'Cumulative cost' }).locator('canvas').first().waitFor();
    await dark.getByRole('region', { name: 'Cost by fiscal year' }).locator('canvas').first().waitFor();
    await dark.screenshot({ path: 'test-results/compare-dark.png', fullPage: true });
    await dark.close();
  });

  it('marks the Monte Carlo results as stale after a change, and the table follows the change', async () => {
    await page.getByRole('tab', { name: 'Settings' }).click();
    const rate = page.getByRole('textbox', { name: 'Discount rate' });
    await rate.fill('12');
    await rate.press('Enter');
    await page.getByRole('tab', { name: 'Compare' }).click();
    const panel = page.getByRole('region', { name: 'Monte Carlo' });
    await panel.getByText('Based on the plan before your last change — run again.').waitFor({ timeout: 20_000 });
    const table = page.getByRole('table', { name: 'Scenarios compared' });
    const changed = await app.summary();
    await expect.poll(() => rowCells(table, /^NPV$/)).toEqual(changed.scenarios.map((s) => money(s.npv)));
    await page.getByRole('region', { name: 'Cumulative cost' }).getByText('Shaded: P10–P90 of cumulative cost from the last Monte Carlo run, based on the plan before your last change.').waitFor();
    await panel.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/compare-stale.png' });
    expect(app.errors).toEqual([]);
  });
});
