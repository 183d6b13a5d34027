import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type AppPage } from '#test/helpers/appPage';
import { seriousViolations } from '#test/helpers/axe';
import { tempFolders } from '#test/helpers/tempFolders';

const folder = tempFolders();
let app: AppPage;
let page: Page;
let blocker: string;

const shortcut = process.platform === 'darwin' ? '⌘S' : 'Ctrl+S';
const cell = (scenarioId: string, itemId: string, colId: string): Locator => page.locator(`.ag-row[row-id="item␟${scenarioId}␟${itemId}"] .ag-cell[col-id="${colId}"]`);
const banner = (): Locator => page.getByRole('alert').filter({ hasText: 'recovery copy' });

async function typeFee(fee: string): Promise<void> {
  await cell('caio-agency', 'caio-retainer', 'monthlyFee').click();
  await page.keyboard.type(fee);
  await page.keyboard.press('Enter');
}

beforeAll(async () => {
  const userData = folder();
  // A file where main's autosave folder should be: as root, permission bits would stop nothing.
  blocker = join(userData, 'autosave');
  writeFileSync(blocker, 'in the way');
  app = await openApp({ viewport: { width: 1200, height: 640 }, userData });
  page = app.page;
  await page.goto(app.harness.url);
  await page.getByRole('grid', { name: 'Inputs' }).waitFor({ timeout: 20_000 });
}, 180_000);

afterAll(() => app?.close());

describe('an autosave that cannot be written, in Chromium', () => {
  it('after an edit, shows one lasting banner saying the plan has no recovery copy and to save it, passing axe in light and dark', async () => {
    await typeFee('9k');
    await banner().waitFor({ timeout: 10_000 });
    expect(await banner().innerText()).toBe(
      `Leadsheet could not keep a recovery copy of this plan: its data folder cannot be written to. Your plan is still open — save it (${shortcut}) to keep your changes.`,
    );
    const found: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.screenshot({ path: `test-results/autosave-failure-${colorScheme}.png` });
      found.push(...(await seriousViolations(page)).map((v) => `${colorScheme}: ${v}`));
    }
    expect(found, found.join('\n')).toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });

    // Another edit fails to autosave too (written at once here): still the one banner, not one per attempt.
    await typeFee('9.1k');
    await expect.poll(async () => (await app.summary()).scenarios[0]?.total).toBe(9100 * 36 + 405000);
    await app.harness.workspace.flush();
    expect(await page.getByRole('alert').count()).toBe(1);
  });

  it('goes away once the folder can be written again and the next edit is autosaved', async () => {
    rmSync(blocker);
    await typeFee('9.2k');
    await banner().waitFor({ state: 'detached', timeout: 10_000 });
    expect(readdirSync(blocker)).toEqual([`${app.documentId()}.autosave.json`]);
    expect(app.errors).toEqual([]);
  });
});
