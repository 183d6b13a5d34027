import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { serializePlan } from '#shared/model';
import { launchChromium } from '../test/helpers/browser';
import { startHarness, type Harness } from '../test/harness/server';
import { fmt, summarise, type BenchReport } from './measure';
import { stressPlan } from './plans';

const GOALS = { editPaintP95: 50, longTask: 100 } as const;
const ASSETS = 'out/renderer/assets';
/** A grid's cell on screen. */
const CELL = '.ag-cell[role="gridcell"]';

/** Raw and gzipped bytes of the files given. */
function sizes(files: readonly string[]): { raw: number; gzip: number } {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(file);
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip };
}

/** The peer: React and ReactDOM's own production builds, the floor any React renderer ships. */
function reactFloor(): { raw: number; gzip: number } {
  return sizes(['node_modules/react/cjs/react.production.js', 'node_modules/react-dom/cjs/react-dom-client.production.js', 'node_modules/react-dom/cjs/react-dom.production.js']);
}

const kb = (bytes: number): string => fmt(bytes / 1024, 0);

/** Milliseconds from navigation start until the Inputs grid shows its first cell (seen within a frame or so), and until the DOM was parsed. */
async function loadToGrid(page: Page, url: string): Promise<{ grid: number; domContentLoaded: number }> {
  await page.goto(url);
  await page.locator(CELL).first().waitFor({ timeout: 30_000 });
  return page.evaluate<{ grid: number; domContentLoaded: number }>(`({
    grid: performance.now(),
    domContentLoaded: performance.getEntriesByType('navigation')[0]?.domContentLoadedEventEnd ?? NaN,
  })`);
}

/**
 * One edit typed into the CAIO retainer's monthly fee, timed in the page from the Enter key to the
 * frame after the scenario's total changed on screen. The page observes the DOM itself, so the
 * browser's automation adds nothing to the figure.
 */
async function editToPaint(page: Page, fee: number): Promise<number> {
  const cell = page.locator('.ag-row[row-id="item\u241fcaio-agency\u241fcaio-retainer"] .ag-cell[col-id="monthlyFee"]');
  await cell.click();
  await page.keyboard.type(String(fee));
  // The page's own code, as text: it runs in Chromium, whose DOM this Node project has no types for.
  return page.evaluate<number>(`new Promise((resolve, reject) => {
    const total = document.querySelector('.ag-row[row-id="scenario\u241fcaio-agency"] .ag-cell[col-id="kind"]');
    if (!total) return reject(new Error('no scenario total on screen'));
    const before = total.textContent;
    let started = 0;
    const observer = new MutationObserver(() => {
      if (total.textContent === before) return;
      observer.disconnect();
      requestAnimationFrame(() => resolve(performance.now() - started));
    });
    observer.observe(total, { childList: true, characterData: true, subtree: true });
    started = performance.now();
    document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', bubbles: true, cancelable: true }));
  })`);
}

/** Scrolls the stress plan's timeline to the far right and the bottom in steps, recording long tasks; the longest in ms and how many passed 100 ms. */
async function timelineScroll(page: Page): Promise<{ longest: number; over: number; steps: number }> {
  await page.getByRole('tab', { name: 'Timeline' }).click();
  await page.locator(`.timeline ${CELL}`).first().waitFor({ timeout: 60_000 });
  return page.evaluate<{ longest: number; over: number; steps: number }>(`(async () => {
    const tasks = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(entry.duration);
    });
    observer.observe({ type: 'longtask', buffered: false });
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
    // AG Grid 36 scrolls both ways in one viewport.
    const horizontal = document.querySelector('.timeline .ag-grid-viewport');
    const vertical = horizontal;
    let steps = 0;
    for (const [element, axis] of [[horizontal, 'left'], [vertical, 'top']]) {
      if (!element) throw new Error('no timeline viewport to scroll');
      const end = axis === 'left' ? element.scrollWidth - element.clientWidth : element.scrollHeight - element.clientHeight;
      for (let at = 0; at <= end; at += axis === 'left' ? 400 : 300) {
        element.scrollTo({ [axis]: at });
        steps++;
        await frame();
        await frame();
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    observer.disconnect();
    return { longest: tasks.length ? Math.max(...tasks) : 0, over: tasks.filter((d) => d > 100).length, steps };
  })()`);
}

/** The renderer in Chromium through the harness: bundle size, first grid, edit to paint, timeline scroll. */
export async function rendererBench(): Promise<BenchReport> {
  const build = spawnSync(process.execPath, ['node_modules/electron-vite/bin/electron-vite.js', 'build'], { encoding: 'utf8', timeout: 300_000 });
  if (build.status !== 0) throw new Error(`electron-vite build failed:\n${build.stderr}`);
  const assets = readdirSync(ASSETS).map((name) => join(ASSETS, name)).filter((file) => statSync(file).isFile());
  const js = sizes(assets.filter((file) => file.endsWith('.js')));
  // What the page loads before its first grid: the entry script and the modules it preloads; the other views load on first use.
  const html = readFileSync('out/renderer/index.html', 'utf8');
  const atStart = sizes([...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((match) => join('out/renderer', match[1] ?? '')));
  const css = sizes(assets.filter((file) => file.endsWith('.css')));
  const floor = reactFloor();

  let harness: Harness | undefined;
  let browser: Browser | undefined;
  try {
    harness = await startHarness({ staticDir: 'out/renderer' });
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const loads: number[] = [];
    const parsed: number[] = [];
    for (let run = 0; run < 5; run++) {
      const load = await loadToGrid(page, harness.url);
      loads.push(load.grid);
      parsed.push(load.domContentLoaded);
    }
    const paints: number[] = [];
    for (let k = 0; k < 60; k++) paints.push(await editToPaint(page, 9000 + k));
    const load = summarise(loads);
    const dcl = summarise(parsed);
    const paint = summarise(paints.slice(10));

    const stressFile = join(harness.dir, 'stress.leadsheet');
    writeFileSync(stressFile, serializePlan(stressPlan()));
    const stressPage = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await stressPage.goto(harness.url);
    await stressPage.locator(CELL).first().waitFor({ timeout: 30_000 });
    harness.queueDialogs(['stress.leadsheet']);
    await stressPage.getByRole('button', { name: 'Open…' }).click();
    await stressPage.getByRole('heading', { name: 'stress.leadsheet', level: 1 }).waitFor({ timeout: 120_000 });
    const scroll = await timelineScroll(stressPage);

    return {
      title: '8. Renderer in Chromium, through the harness',
      header: ['figure', 'result', 'peer', 'ratio'],
      rows: [
        ['renderer JavaScript loaded at start, gzipped', `${kb(atStart.gzip)} KB (${kb(atStart.raw)} KB minified)`, `React + ReactDOM alone ${kb(floor.gzip)} KB`, `${fmt(atStart.gzip / floor.gzip, 1)}×`],
        ['renderer JavaScript, every view, gzipped', `${kb(js.gzip)} KB (${kb(js.raw)} KB minified)`, `React + ReactDOM alone ${kb(floor.gzip)} KB`, `${fmt(js.gzip / floor.gzip, 1)}×`],
        ['renderer CSS, gzipped', `${kb(css.gzip)} KB (${kb(css.raw)} KB raw)`, '', ''],
        ['page load → Inputs grid interactive (median of 5)', `${fmt(load.median, 0)} ms`, `DOMContentLoaded ${fmt(dcl.median, 0)} ms`, `${fmt(load.median / dcl.median, 1)}×`],
        ['edit a fee → scenario total painted, default plan', `p50 ${fmt(paint.median, 1)} ms, p95 ${fmt(paint.p95, 1)} ms`, '', ''],
        ['stress plan timeline scrolled end to end', `longest task ${fmt(scroll.longest, 0)} ms, ${scroll.over} over 100 ms, ${scroll.steps} scroll steps`, '', ''],
      ],
      notes: [
        'edit → paint is measured in the page: from the Enter key to the frame after the scenario total changed (the patch applied here, sent to main, the summary back, React rendered);',
        'long tasks come from PerformanceObserver("longtask") while the timeline scrolls right then down, two frames per step',
      ],
      goals: [
        { target: `edit → totals painted p95 < ${GOALS.editPaintP95} ms, default plan`, value: paint.p95, digits: 1, unit: ' ms', met: paint.p95 < GOALS.editPaintP95 },
        { target: `stress timeline scroll: no task over ${GOALS.longTask} ms (longest)`, value: scroll.longest, digits: 0, unit: ' ms', met: scroll.over === 0 },
      ],
    };
  } finally {
    await browser?.close();
    await harness?.close();
  }
}
