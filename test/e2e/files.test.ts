import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePlanText, serializePlan } from '#shared/model';
import { defaultPlan } from '#shared/templates';
import { openApp, type AppPage } from '#test/helpers/appPage';
import { helperScript, startTsChild } from '#test/helpers/storageProcess';
import { tempFolders } from '#test/helpers/tempFolders';

const folder = tempFolders();
let app: AppPage;
let page: Page;

function feeIn(path: string): unknown {
  const plan = parsePlanText(readFileSync(path, 'utf8'));
  return plan.ok ? plan.value.scenarios[0]?.items[0] : plan.error;
}

beforeAll(async () => {
  const dir = folder();
  const userData = folder();
  writeFileSync(join(dir, 'plan.leadsheet'), serializePlan(defaultPlan('2027-01')));
  // A previous run opened plan.leadsheet, changed the retainer to 9,000 and was killed before saving.
  const crashed = startTsChild(helperScript('appCrashChild.ts'), [userData, join(dir, 'plan.leadsheet')]);
  await crashed.untilLine('edited');
  crashed.process.kill('SIGKILL');
  await crashed.exited;

  app = await openApp({ viewport: { width: 1100, height: 640 }, dir, userData });
  page = app.page;
  await page.goto(app.harness.url);
}, 180_000);

afterAll(() => app?.close());

describe('files through the app in Chromium', () => {
  it('offers back the work a crash left, and restoring it shows the edit, unsaved, under the file’s name', async () => {
    const banner = page.getByRole('region', { name: 'Recovered work' });
    await banner.getByText('Leadsheet closed before plan.leadsheet was saved').waitFor({ timeout: 20_000 });
    await page.screenshot({ path: 'test-results/files-recovery-offer.png' });
    await banner.getByRole('button', { name: 'Restore' }).click();
    await banner.waitFor({ state: 'detached' });
    await expect.poll(() => page.title()).toBe('• plan.leadsheet — Leadsheet');
    await page.getByRole('tab', { name: 'Compare' }).click();
    const total = await page.getByRole('table', { name: 'Scenarios compared' }).locator('tbody tr', { hasText: 'Total' }).locator('td').first().innerText();
    expect(total).toBe(`$${(9000 * 36 + 405000).toLocaleString('en-US')}`);
  });

  it('does not overwrite the file another program changed: it asks, and Overwrite then saves', async () => {
    const path = join(app.harness.dir, 'plan.leadsheet');
    const theirs = serializePlan({ ...defaultPlan('2027-01'), name: 'A colleague’s version' });
    writeFileSync(path, theirs);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const prompt = page.getByRole('dialog', { name: 'The file changed on disk' });
    await prompt.waitFor();
    await expect.poll(() => prompt.innerText()).toContain('"plan.leadsheet" changed on disk');
    await page.screenshot({ path: 'test-results/files-changed-on-disk.png' });
    expect(readFileSync(path, 'utf8')).toBe(theirs);
    await prompt.getByRole('button', { name: 'Overwrite' }).click();
    await expect.poll(() => page.title()).toBe('plan.leadsheet — Leadsheet');
    expect(feeIn(path)).toMatchObject({ monthlyFee: 9000 });
  });

  it('saves a copy with Save As under the name given in the dialog', async () => {
    app.harness.queueDialogs(['copy']);
    await page.getByRole('button', { name: 'Save As…' }).click();
    await expect.poll(() => page.title()).toBe('copy.leadsheet — Leadsheet');
    expect(feeIn(join(app.harness.dir, 'copy.leadsheet'))).toMatchObject({ monthlyFee: 9000 });
  });

  it('refuses a malformed file with a message naming it, and leaves it as it was', async () => {
    writeFileSync(join(app.harness.dir, 'broken.leadsheet'), '{"schemaVersion": 1, "settings": ');
    app.harness.queueDialogs(['broken.leadsheet']);
    await page.getByRole('button', { name: 'Open…' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    await expect.poll(() => alert.innerText()).toContain('Could not open "broken.leadsheet"');
    await page.screenshot({ path: 'test-results/files-refused.png' });
    expect(readFileSync(join(app.harness.dir, 'broken.leadsheet'), 'utf8')).toBe('{"schemaVersion": 1, "settings": ');
    await alert.getByRole('button', { name: 'Dismiss' }).click();
  });

  it('opens a plan file dropped on the window', async () => {
    writeFileSync(join(app.harness.dir, 'dropped.leadsheet'), serializePlan({ ...defaultPlan('2027-01'), scenarios: defaultPlan('2027-01').scenarios.slice(0, 1) }));
    // What the browser does when a file from the desktop is let go over the window.
    await page.evaluate(`(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['{}'], 'dropped.leadsheet', { type: 'application/json' }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    })()`);
    await expect.poll(() => page.title()).toBe('dropped.leadsheet — Leadsheet');
    expect(await page.getByRole('table', { name: 'Scenarios compared' }).locator('thead th').count()).toBe(2);
    expect(app.errors).toEqual([]);
  });
});
