import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calcPlan } from '#shared/calc';
import { monthAfter, type Item, type Plan } from '#shared/model';
import { addItemInInputs, openApp, type AppPage } from '#test/helpers/appPage';

const today = '2026-11-22';
let app: AppPage;
let page: Page;

function itemIn(plan: Plan, scenarioId: string, itemId: string): Item | undefined {
  return plan.scenarios.find((s) => s.id === scenarioId)?.items.find((i) => i.id === itemId);
}

const grid = (): Locator => page.getByRole('grid', { name: 'Inputs' });
/** A cell by the row's id and the column's: the grid's coordinates, as a user points at them. */
const cell = (scenarioId: string, itemId: string, colId: string): Locator => page.locator(`.ag-row[row-id="item␟${scenarioId}␟${itemId}"] .ag-cell[col-id="${colId}"]`);
const headerCell = (scenarioId: string, colId: string): Locator => page.locator(`.ag-row[row-id="scenario␟${scenarioId}"] .ag-cell[col-id="${colId}"]`);
const status = (): Locator => page.getByRole('status', { name: 'Inputs selection' });
const mod = process.platform === 'darwin' ? 'Meta' : 'Control';

/** The Name column top to bottom, as shown. */
async function namesShown(): Promise<string[]> {
  const rows = await page.$$eval('.ag-row[row-index]', (elements) =>
    elements.flatMap((row) => {
      const name = row.querySelector('[col-id="name"]');
      return name ? [[Number(row.getAttribute('row-index')), name.textContent ?? ''] as const] : [];
    }),
  );
  return rows.sort((a, b) => a[0] - b[0]).map(([, name]) => name);
}

function namesIn(plan: Plan): string[] {
  return plan.scenarios.flatMap((s) => [s.name, ...s.items.map((i) => i.name)]);
}

beforeAll(async () => {
  app = await openApp({ viewport: { width: 1280, height: 760 }, today });
  page = app.page;
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.harness.url });
  await page.goto(app.harness.url);
  await grid().waitFor({ timeout: 20_000 });
}, 180_000);

afterAll(() => app?.close());

describe('the Inputs grid in Chromium', () => {
  it('opens first, on the default plan: one row per item under its scenario, each header with its total', async () => {
    expect(await page.getByRole('tab', { selected: true }).innerText()).toBe('Inputs');
    const plan = await app.plan();
    expect(await namesShown()).toEqual(namesIn(plan));
    const engine = calcPlan(plan);
    expect(await headerCell('caio-agency', 'kind').innerText()).toBe(`Total $${engine.scenarios[0]!.total.toLocaleString('en-US')}`);
    expect(await cell('caio-agency', 'caio-retainer', 'monthlyFee').innerText()).toBe('5,000–7,500–10,000');
    // A salary has no monthly fee: the cell is greyed and takes no entry.
    await expect.poll(() => cell('full-time-hire', 'executive-salary', 'monthlyFee').getAttribute('class').catch(() => '')).toMatch(/sheet-na/);
  });

  it('typing 9.5k and Enter over the CAIO retainer sets 9,500, moves down, and the totals main computes are the engine’s', async () => {
    await cell('caio-agency', 'caio-retainer', 'monthlyFee').click();
    await page.keyboard.type('9.5k');
    await page.keyboard.press('Enter');
    await expect.poll(() => cell('caio-agency', 'caio-retainer', 'monthlyFee').innerText()).toBe('9,500');
    expect(await cell('caio-agency', 'agency-project', 'monthlyFee').getAttribute('class')).toContain('ag-cell-focus');
    await expect.poll(async () => (await app.summary()).scenarios[0]?.total).toBe(9500 * 36 + 405000);
    const plan = await app.plan();
    expect(itemIn(plan, 'caio-agency', 'caio-retainer')).toMatchObject({ monthlyFee: 9500 });
    const engine = calcPlan(plan);
    expect((await app.summary()).scenarios.map((s) => s.total)).toEqual(engine.scenarios.map((s) => s.total));
    await expect.poll(() => headerCell('caio-agency', 'kind').innerText()).toBe(`Total $${(9500 * 36 + 405000).toLocaleString('en-US')}`);
    await page.screenshot({ path: 'test-results/inputs-edited.png' });
  });

  it('refuses “lots” in place: the editor stays open with the reason beside it, and the plan is unchanged', async () => {
    const before = await app.plan();
    await cell('caio-agency', 'caio-retainer', 'monthlyFee').click();
    await page.keyboard.type('lots');
    await page.keyboard.press('Enter');
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.innerText()).toContain('"lots" is not a number');
    await expect.poll(() => page.getByRole('textbox', { name: 'Monthly fee' }).inputValue()).toBe('lots');
    await page.screenshot({ path: 'test-results/inputs-refused.png' });
    expect(await app.plan()).toEqual(before);
    await page.keyboard.press('Escape');
    await expect.poll(() => alert.count()).toBe(0);
    await expect.poll(() => cell('caio-agency', 'caio-retainer', 'monthlyFee').innerText()).toBe('9,500');
  });

  it('duplicates, adds, reorders and deletes items, each through main', async () => {
    await cell('caio-agency', 'caio-retainer', 'name').click();
    await page.getByRole('button', { name: 'Duplicate item' }).click();
    await expect.poll(async () => (await app.plan()).scenarios[0]?.items.map((i) => i.name)).toEqual(['CAIO retainer', 'CAIO retainer (copy)', 'Agency project']);
    await expect.poll(namesShown).toEqual(namesIn(await app.plan()));

    await addItemInInputs(page, 'One-time', 'Kickoff workshop');
    await expect.poll(async () => (await app.plan()).scenarios[0]?.items.map((i) => `${i.name}:${i.kind}`)).toEqual([
      'CAIO retainer:retainer',
      'CAIO retainer (copy):retainer',
      'Kickoff workshop:oneTime',
      'Agency project:project',
    ]);

    await page.locator('.ag-row .ag-cell[col-id="name"]', { hasText: 'Kickoff workshop' }).click();
    await page.getByRole('button', { name: 'Move item up' }).click();
    await expect.poll(async () => (await app.plan()).scenarios[0]?.items.map((i) => i.name)).toEqual(['CAIO retainer', 'Kickoff workshop', 'CAIO retainer (copy)', 'Agency project']);
    await expect.poll(namesShown).toEqual(namesIn(await app.plan()));
    await page.getByRole('button', { name: 'Delete item' }).click();
    await expect.poll(async () => (await app.plan()).scenarios[0]?.items.map((i) => i.name)).toEqual(['CAIO retainer', 'CAIO retainer (copy)', 'Agency project']);
    await expect.poll(namesShown).toEqual(namesIn(await app.plan()));
  });

  it('adds a scenario from a template, duplicates, renames, reorders and deletes it, and undo brings it back', async () => {
    await page.getByRole('combobox', { name: 'Template' }).selectOption({ label: 'Fractional CTO' });
    await page.getByRole('button', { name: 'Add scenario' }).click();
    await expect.poll(async () => (await app.summary()).scenarios.map((s) => s.name)).toEqual([
      'Fractional CAIO + agency',
      'Fractional AI officer only',
      'Full-time AI executive',
      'Fractional CTO',
    ]);
    const added = (await app.plan()).scenarios[3]!;
    expect(added.items[0]?.source).toMatchObject({ type: 'article' });
    await expect.poll(namesShown).toEqual(namesIn(await app.plan()));
    // Its source shows on focus of its item's row.
    await page.locator('.ag-row .ag-cell[col-id="name"]', { hasText: added.items[0]!.name }).click();
    await expect.poll(() => page.locator('.inputs-source').innerText()).toContain(`Source: ${(added.items[0]!.source as { title: string }).title}`);

    await headerCell(added.id, 'name').click();
    await page.getByRole('button', { name: 'Duplicate scenario' }).click();
    await expect.poll(async () => (await app.plan()).scenarios.map((s) => s.name).at(-1)).toBe('Fractional CTO (copy)');
    const copy = (await app.plan()).scenarios[4]!;
    await page.getByRole('button', { name: 'Rename scenario' }).click();
    const field = page.getByRole('textbox', { name: 'Name' });
    await field.waitFor();
    await field.fill('CTO, second opinion');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await app.plan()).scenarios.map((s) => s.name).at(-1)).toBe('CTO, second opinion');

    await headerCell(copy.id, 'name').click();
    await page.getByRole('button', { name: 'Move scenario up' }).click();
    await expect.poll(async () => (await app.plan()).scenarios.map((s) => s.id).slice(3)).toEqual([copy.id, added.id]);
    await expect.poll(namesShown).toEqual(namesIn(await app.plan()));

    await headerCell(copy.id, 'name').click();
    await page.getByRole('button', { name: 'Delete scenario' }).click();
    await expect.poll(async () => (await app.plan()).scenarios.map((s) => s.id)).not.toContain(copy.id);
    await expect.poll(namesShown).toEqual(namesIn(await app.plan()));
    await headerCell(added.id, 'name').click();
    await page.keyboard.press(`${mod}+z`);
    await expect.poll(async () => (await app.plan()).scenarios.map((s) => s.id).slice(3)).toEqual([copy.id, added.id]);
    await expect.poll(namesShown).toEqual(namesIn(await app.plan()));
    await page.screenshot({ path: 'test-results/inputs-scenarios.png' });
    await headerCell(copy.id, 'name').click();
    await page.getByRole('button', { name: 'Delete scenario' }).click();
    await expect.poll(async () => (await app.plan()).scenarios.length).toBe(4);
    await headerCell(added.id, 'name').click();
    await page.getByRole('button', { name: 'Delete scenario' }).click();
    await expect.poll(async () => (await app.plan()).scenarios.length).toBe(3);
  });

  it('pastes a 3 × 4 block copied from Excel as one change, and undo and redo take it back and forth in one step each', async () => {
    const before = await app.plan();
    const excel = 'USD\t2027-01\t24\t3%\r\nUSD\t2027-02\t18\t2.5%\r\nUSD\t2027-03\t12\t0%\r\n';
    await page.evaluate(`navigator.clipboard.writeText(${JSON.stringify(excel)})`);
    await cell('caio-agency', 'caio-retainer', 'currency').click();
    await page.keyboard.press(`${mod}+v`);
    const rows = ['caio-retainer', 'caio-retainer-2', 'agency-project'];
    const shown = async (): Promise<string[][]> =>
      Promise.all(rows.map((id) => Promise.all(['currency', 'start', 'durationMonths', 'escalationPct'].map((col) => cell('caio-agency', id, col).innerText()))));
    await expect.poll(shown).toEqual([
      ['USD', '2027-01', '24', '3%'],
      ['USD', '2027-02', '18', '2.5%'],
      ['USD', '2027-03', '12', '0%'],
    ]);
    await expect.poll(async () => itemIn(await app.plan(), 'caio-agency', 'agency-project')).toMatchObject({ currency: 'USD', start: '2027-03', durationMonths: 12, escalationPct: 0 });
    await page.screenshot({ path: 'test-results/inputs-pasted.png' });

    await page.keyboard.press(`${mod}+z`);
    await expect.poll(() => app.plan()).toEqual(before);
    await expect.poll(shown).toEqual([
      ['', '2026-12', 'to end', '0%'],
      ['', '2026-12', 'to end', '0%'],
      ['', '2026-12', 'to end', '0%'],
    ]);
    await page.keyboard.press(`${mod}+Shift+z`);
    await expect.poll(async () => itemIn(await app.plan(), 'caio-agency', 'caio-retainer')).toMatchObject({ currency: 'USD', start: '2027-01', durationMonths: 24, escalationPct: 3 });
    await expect.poll(shown).toEqual([
      ['USD', '2027-01', '24', '3%'],
      ['USD', '2027-02', '18', '2.5%'],
      ['USD', '2027-03', '12', '0%'],
    ]);
  });

  it('copies a selection as tab-separated text Excel reads', async () => {
    await cell('caio-agency', 'caio-retainer', 'durationMonths').click();
    await cell('caio-agency', 'caio-retainer-2', 'escalationPct').click({ modifiers: ['Shift'] });
    await page.keyboard.press(`${mod}+c`);
    expect(await page.evaluate('navigator.clipboard.readText()')).toBe('24\t3%\r\n18\t2.5%\r\n');
  });

  it('shows the sum, average and count of the selection in the status line', async () => {
    await cell('caio-agency', 'caio-retainer', 'durationMonths').click();
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+ArrowDown');
    await expect.poll(() => status().innerText()).toBe('Average: 18  Count: 3  Sum: 54');
    await cell('caio-agency', 'caio-retainer', 'monthlyFee').click();
    await cell('caio-agency', 'caio-retainer-2', 'monthlyFee').click({ modifiers: ['Shift'] });
    await expect.poll(() => status().innerText()).toBe('Average: $9,500  Count: 2  Sum: $19,000');
    await page.screenshot({ path: 'test-results/inputs-status.png' });
  });

  it('fills down with Ctrl+D from the selection’s top row, as one undo step', async () => {
    await cell('caio-agency', 'caio-retainer', 'escalationPct').click();
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Control+d');
    await expect.poll(async () => (await app.plan()).scenarios[0]?.items.map((i) => i.escalationPct)).toEqual([3, 3, 3]);
    await expect.poll(() => cell('caio-agency', 'agency-project', 'escalationPct').innerText()).toBe('3%');
    await page.keyboard.press(`${mod}+z`);
    await expect.poll(async () => (await app.plan()).scenarios[0]?.items.map((i) => i.escalationPct)).toEqual([3, 2.5, 0]);
  });

  it('Delete clears the selected cells that can be empty and zeroes amounts', async () => {
    await cell('caio-agency', 'caio-retainer', 'durationMonths').click();
    await page.keyboard.press('Delete');
    await expect.poll(async () => itemIn(await app.plan(), 'caio-agency', 'caio-retainer')?.durationMonths).toBeUndefined();
    await expect.poll(() => cell('caio-agency', 'caio-retainer', 'durationMonths').innerText()).toBe('to end');
  });

  it('logged no errors on the page', () => {
    expect(app.errors).toEqual([]);
    expect(monthAfter(today)).toBe('2026-12');
  });
});
