import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type AppPage } from '#test/helpers/appPage';

let app: AppPage;
const mod = process.platform === 'darwin' ? 'Meta' : 'Control';

beforeAll(async () => {
  // Main answers each call 400 ms late, so keys pressed at once arrive before its answers.
  app = await openApp({ viewport: { width: 1280, height: 720 }, answerDelayMs: 400 });
  await app.page.goto(app.harness.url);
  await app.page.getByRole('grid', { name: 'Inputs' }).locator('.ag-row').first().waitFor({ timeout: 30_000 });
}, 180_000);

afterAll(() => app?.close());

const escalation = async (): Promise<unknown[]> => (await app.plan()).scenarios[0]!.items.map((item) => item.escalationPct);
const cell = (itemId: string, colId: string) => app.page.locator(`.ag-row[row-id="item␟caio-agency␟${itemId}"] .ag-cell[col-id="${colId}"]`);

describe('while main is busy', () => {
  it('Ctrl+Z right after a change undoes that change, in the grid and in main', async () => {
    const { page } = app;
    const before = await escalation();
    await cell('caio-retainer', 'escalationPct').click();
    await page.keyboard.type('4');
    await page.keyboard.press('Enter');
    await cell('caio-retainer', 'escalationPct').click();
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Control+d');
    // The fill is on screen before main has answered it; undo must take back the fill, not the typed 4.
    await expect.poll(() => cell('agency-project', 'escalationPct').innerText()).toBe('4%');
    await page.keyboard.press(`${mod}+z`);
    await expect.poll(() => cell('agency-project', 'escalationPct').innerText()).toBe(`${String(before[1])}%`);
    await expect.poll(escalation, { timeout: 10_000 }).toEqual([4, ...before.slice(1)]);
    await page.screenshot({ path: 'test-results/busy-main-undo.png' });
    expect(app.errors).toEqual([]);
  });
});
