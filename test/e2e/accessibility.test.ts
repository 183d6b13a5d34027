import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '#shared/model';
import { seriousViolations } from '#test/helpers/axe';
import { launchChromium } from '#test/helpers/browser';
import { startHarness, type Harness } from '../harness/server';


const today = '2026-11-22';
const mod = process.platform === 'darwin' ? 'Meta' : 'Control';
let harness: Harness;
let browser: Browser;

async function ask<T>(channel: string, request: object): Promise<T> {
  const response = await fetch(`${harness.url}/ipc/${channel}`, { method: 'POST', headers: { 'content-type': 'application/json', origin: harness.url }, body: JSON.stringify(request) });
  const answer = (await response.json()) as { ok: boolean; value: T; error?: { message: string } };
  if (!answer.ok) throw new Error(answer.error?.message ?? 'failed');
  return answer.value;
}

/** A window of the app on a new document of its own, its errors collected; resolves once the Inputs grid shows its rows. */
async function openWindow(): Promise<{ page: Page; documentId: string; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  const created = page.waitForResponse((r) => r.url().endsWith('/ipc/document:create'));
  await page.goto(harness.url);
  const answer = (await (await created).json()) as { ok: boolean; value: { documentId: string }; error?: unknown };
  if (!answer.ok) throw new Error(`document:create failed: ${JSON.stringify(answer.error)}`);
  await VIEWS[0]!.ready(page).waitFor({ timeout: 20_000 });
  return { page, documentId: answer.value.documentId, errors };
}

/** Each view, its shortcut digit, and what shows once it has drawn. */
const VIEWS: readonly { name: string; digit: number; ready: (p: Page) => Locator }[] = [
  { name: 'Inputs', digit: 1, ready: (p) => p.getByRole('grid', { name: 'Inputs' }).locator('.ag-row').first() },
  { name: 'Timeline', digit: 2, ready: (p) => p.getByRole('grid', { name: 'Timeline' }).locator('.ag-row').first() },
  { name: 'Compare', digit: 3, ready: (p) => p.getByRole('region', { name: 'Cost by fiscal year' }).locator('canvas').first() },
  { name: 'Quotes', digit: 4, ready: (p) => p.getByRole('region', { name: 'Vendor quotes' }) },
  { name: 'Settings', digit: 5, ready: (p) => p.getByLabel('Discount rate') },
];

/** The focused element, as a user would name it, and the focus indicator it draws (null: none). */
interface FocusStop {
  readonly role: string;
  readonly name: string;
  readonly inGrid: string | null;
  readonly rowId: string | null;
  readonly colId: string | null;
  readonly indicator: string | null;
}

/** Reads {@link FocusStop} in the page (a string: the tests compile without the DOM's types). */
const FOCUS_STOP = `(() => {
  const el = document.activeElement;
  if (!(el instanceof HTMLElement) || el === document.body) return { role: 'body', name: '', inGrid: null, rowId: null, colId: null, indicator: null };
  const role = el.getAttribute('role') ?? el.tagName.toLowerCase();
  const labelled = el.getAttribute('aria-label') ?? (el.labels && el.labels[0] ? el.labels[0].textContent : null);
  const name = (labelled ?? el.textContent ?? '').trim().replace(/\\s+/g, ' ').slice(0, 60);
  const grid = el.closest('[role="grid"], [role="treegrid"]');
  const style = getComputedStyle(el);
  const px = (v) => Number.parseFloat(v) || 0;
  const indicator = style.outlineStyle !== 'none' && px(style.outlineWidth) > 0
    ? 'outline ' + style.outlineWidth + ' ' + style.outlineStyle + ' ' + style.outlineColor
    : style.boxShadow !== 'none' ? 'box-shadow ' + style.boxShadow : null;
  const row = el.closest('.ag-row');
  return { role, name, inGrid: grid ? grid.getAttribute('aria-label') : null, rowId: row ? row.getAttribute('row-id') : null, colId: el.getAttribute('col-id'), indicator };
})()`;

const focusStop = (page: Page): Promise<FocusStop> => page.evaluate(FOCUS_STOP) as Promise<FocusStop>;

const describeStop = (s: FocusStop): string => `${s.role}${s.colId ? `[${s.colId}]` : ''} “${s.name}”${s.inGrid ? ` in grid ${s.inGrid}` : ''}: ${s.indicator ?? 'NO FOCUS INDICATOR'}`;

/** Presses Tab until `until` holds of the focused element (at most `limit` times); returns every stop on the way. */
async function tabUntil(page: Page, until: (stop: FocusStop) => boolean, limit: number): Promise<FocusStop[]> {
  const stops: FocusStop[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const stop = await focusStop(page);
    stops.push(stop);
    if (until(stop)) return stops;
  }
  throw new Error(`${limit} Tabs did not get there; the stops were:\n${stops.map(describeStop).join('\n')}`);
}

beforeAll(async () => {
  harness = await startHarness({ staticDir: 'out/renderer', today: () => today });
  browser = await launchChromium();
  mkdirSync('test-results', { recursive: true });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await harness?.close();
});

describe('accessibility in Chromium', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`every view, reached by Ctrl+1…5, has no serious or critical WCAG 2 A/AA violation in ${colorScheme}`, async () => {
      const { page, errors } = await openWindow();
      await page.emulateMedia({ colorScheme });
      const found: string[] = [];
      for (const view of VIEWS) {
        await page.keyboard.press(`${mod}+${view.digit}`);
        await expect.poll(() => page.getByRole('tab', { selected: true }).innerText()).toBe(view.name);
        await view.ready(page).waitFor({ timeout: 20_000 });
        await page.screenshot({ path: `test-results/accessibility-${view.name.toLowerCase()}-${colorScheme}.png` });
        found.push(...(await seriousViolations(page)).map((v) => `${view.name} (${colorScheme}): ${v}`));
      }
      expect(found, found.join('\n')).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    }, 120_000);
  }

  it('keyboard only: the view tabs are one stop and arrows move between them', async () => {
    const { page, errors } = await openWindow();
    await page.getByRole('tab', { name: 'Inputs' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByRole('tab', { selected: true }).innerText()).toBe('Timeline');
    expect(await focusStop(page)).toMatchObject({ role: 'tab', name: 'Timeline' });
    await page.keyboard.press('End');
    await expect.poll(() => page.getByRole('tab', { selected: true }).innerText()).toBe('Settings');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByRole('tab', { selected: true }).innerText()).toBe('Inputs');
    expect(await page.getByRole('tab', { name: 'Compare' }).getAttribute('tabindex')).toBe('-1');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keyboard only: from nothing focused, Tab reaches the file commands, the view tabs and the Inputs grid; arrows, typing and Enter set the CAIO retainer’s monthly fee; every stop shows its focus', async () => {
    const { page, documentId, errors } = await openWindow();
    expect((await focusStop(page)).role).toBe('body');

    const stops = await tabUntil(page, (s) => s.inGrid === 'Inputs', 40);
    const named = stops.map((s) => `${s.role} ${s.name}`);
    // The view tabs are one stop (the selected tab); arrows move between them.
    expect(named.slice(0, 6)).toEqual(['button New', 'button Open…', 'button Save', 'button Save As…', 'tab Inputs', 'select Kind of item to add']);
    expect(named).toContain('select Kind of item to add');
    expect(named).toContain('button Add scenario');
    expect(stops.at(-1)).toMatchObject({ role: 'columnheader', colId: 'name' });
    await page.screenshot({ path: 'test-results/accessibility-keyboard-header.png' });

    // Into the body: the first row is the scenario, the second its CAIO retainer; then right to Monthly fee.
    for (const key of ['ArrowDown', 'ArrowDown']) {
      await page.keyboard.press(key);
      stops.push(await focusStop(page));
    }
    for (let i = 0; i < 20 && (await focusStop(page)).colId !== 'monthlyFee'; i++) {
      await page.keyboard.press('ArrowRight');
      stops.push(await focusStop(page));
    }
    const atFee = await focusStop(page);
    stops.push(atFee);
    expect(atFee).toMatchObject({ role: 'gridcell', rowId: 'item␟caio-agency␟caio-retainer', colId: 'monthlyFee', inGrid: 'Inputs' });
    await page.screenshot({ path: 'test-results/accessibility-keyboard-cell.png' });

    await page.keyboard.type('9.5k');
    expect(await page.getByRole('textbox', { name: 'Monthly fee' }).inputValue()).toBe('9.5k');
    await page.keyboard.press('Enter');
    const fee = page.locator('.ag-row[row-id="item␟caio-agency␟caio-retainer"] .ag-cell[col-id="monthlyFee"]');
    await expect.poll(() => fee.innerText()).toBe('9,500');
    await expect.poll(async () => (await ask<Plan>('document:plan', { documentId })).scenarios[0]?.items.find((i) => i.id === 'caio-retainer')).toMatchObject({ monthlyFee: 9500 });
    // Enter moved the focus down, as in a spreadsheet.
    await expect.poll(async () => (await focusStop(page)).rowId).toBe('item␟caio-agency␟agency-project');
    stops.push(await focusStop(page));

    const unmarked = stops.filter((s) => s.indicator === null);
    expect(unmarked.map(describeStop), stops.map(describeStop).join('\n')).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('keyboard only: Save is reached with Tab and Enter saves through the dialog, and the focus stays on Save', async () => {
    const { page, errors } = await openWindow();
    // The window's one level-1 heading names the plan's file, as the title bar does.
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Untitled');
    await tabUntil(page, (s) => s.role === 'button' && s.name === 'Save', 5);
    harness.queueDialogs(['keyboard']);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.title(), { timeout: 20_000 }).toBe('keyboard.leadsheet — Leadsheet');
    expect(existsSync(join(harness.dir, 'keyboard.leadsheet'))).toBe(true);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('keyboard.leadsheet');
    // While saving the command is busy, not disabled: the focus does not fall back to the page.
    expect(await focusStop(page)).toMatchObject({ role: 'button', name: 'Save' });
    await page.screenshot({ path: 'test-results/accessibility-keyboard-saved.png' });
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('keyboard only: Ctrl+3 opens Compare, Tab reaches Monte Carlo’s Run and Enter starts it; every stop shows its focus, and the results pass axe in light and dark', async () => {
    const { page, errors } = await openWindow();
    await page.keyboard.press(`${mod}+3`);
    await VIEWS[2]!.ready(page).waitFor({ timeout: 20_000 });
    const stops = await tabUntil(page, (s) => s.role === 'button' && s.name === 'Run', 80);
    const panel = page.getByRole('region', { name: 'Monte Carlo' });
    expect(stops.map((s) => `${s.role} ${s.name}`)).toEqual(expect.arrayContaining(['input Trials', 'input Seed']));
    await page.screenshot({ path: 'test-results/accessibility-keyboard-run.png' });
    await page.keyboard.press('Enter');
    const results = page.getByRole('table', { name: 'Monte Carlo results' });
    await results.waitFor({ timeout: 30_000 });
    expect(await panel.getByText('10,000 trials, seed 1').count()).toBe(1);
    // The run did not drop the focus to the page: the next Tab goes on from Run.
    expect(await focusStop(page)).toMatchObject({ role: 'button', name: 'Run' });
    const unmarked = stops.filter((s) => s.indicator === null);
    expect(unmarked.map(describeStop), stops.map(describeStop).join('\n')).toEqual([]);

    const found: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await results.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `test-results/accessibility-monte-carlo-${colorScheme}.png` });
      found.push(...(await seriousViolations(page)).map((v) => `Compare after Monte Carlo (${colorScheme}): ${v}`));
    }
    expect(found, found.join('\n')).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
