import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import type { PlanSummary } from '#shared/ipc/summary';
import type { Plan } from '#shared/model';
import { startHarness, type Harness } from '#test/harness/server';
import { launchChromium } from './browser';

/** How a page of the app is shown: the window's size in CSS pixels, and light or dark. */
export interface PageOptions {
  readonly viewport: { readonly width: number; readonly height: number };
  readonly colorScheme?: 'light' | 'dark';
}

/** The app's first page, and the main behind it. */
export interface AppOptions extends PageOptions {
  /** The folder the file dialogs answer in; a fresh temporary one when left out. */
  readonly dir?: string;
  /** Main's user-data folder (recent files, recovered work); a fresh temporary one when left out. */
  readonly userData?: string;
  /** The day main takes as today, `YYYY-MM-DD`; fixed so that the default plan starts in the same month every run. */
  readonly today?: string;
  /** Main answers every call this much later, as when it is busy. */
  readonly answerDelayMs?: number;
}

/** The app in Chromium: main served by the harness, and a page not yet navigated, so that each test goes where it starts. */
export interface AppPage {
  readonly harness: Harness;
  readonly browser: Browser;
  readonly page: Page;
  /** The page errors and console errors of every page opened here, in order: a test ends by expecting none. */
  readonly errors: string[];
  /** The document the page shows, as its latest call to main names it ('' before any). */
  documentId(): string;
  /** Calls a channel of main over HTTP, as the page does, and returns its value (throws on an error answer). */
  call<T>(channel: string, body: unknown): Promise<T>;
  /** The plan main holds for {@link documentId}. */
  plan(): Promise<Plan>;
  /** Main's summary of {@link documentId}. */
  summary(): Promise<PlanSummary>;
  /** Another page of the same browser, its errors collected with the first's. */
  newPage(options: PageOptions): Promise<Page>;
  close(): Promise<void>;
}

const TODAY = '2026-11-22';

/** Starts the harness on the built renderer, launches Chromium and opens a page; creates test-results/ for screenshots. Close it in `afterAll`. */
export async function openApp(options: AppOptions): Promise<AppPage> {
  const { dir, userData, today = TODAY, answerDelayMs, ...pageOptions } = options;
  const harness = await startHarness({ staticDir: 'out/renderer', today: () => today, dir, userData, ...(answerDelayMs === undefined ? {} : { answerDelayMs }) });
  // Nothing else holds the harness yet: without this its server would keep the test run alive.
  const browser = await launchChromium().catch(async (error: unknown) => {
    await harness.close();
    throw error;
  });
  const errors: string[] = [];
  let documentId = '';

  const newPage = async (shown: PageOptions): Promise<Page> => {
    const opened = await browser.newPage(shown);
    opened.on('pageerror', (error) => errors.push(error.message));
    opened.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    return opened;
  };

  const call = async <T>(channel: string, body: unknown): Promise<T> => {
    const response = await fetch(`${harness.url}/ipc/${channel}`, { method: 'POST', headers: { 'content-type': 'application/json', origin: harness.url }, body: JSON.stringify(body) });
    const answer = (await response.json()) as { ok: true; value: T } | { ok: false; error: { message: string } };
    if (!answer.ok) throw new Error(`${channel}: ${answer.error.message}`);
    return answer.value;
  };

  const page = await newPage(pageOptions);
  page.on('request', (request) => {
    if (!request.url().includes('/ipc/')) return;
    const body = request.postDataJSON() as { documentId?: string } | null;
    if (body?.documentId) documentId = body.documentId;
  });
  mkdirSync('test-results', { recursive: true });

  return {
    harness,
    browser,
    page,
    errors,
    documentId: () => documentId,
    call,
    plan: () => call<Plan>('document:plan', { documentId }),
    summary: async () => (await call<{ summary: PlanSummary }>('document:summary', { documentId })).summary,
    newPage,
    close: async () => {
      await browser.close();
      await harness.close();
    },
  };
}

/** Adds an item of `kind` (as the Kind list names it) in Inputs, as a user does, and names it `name`. */
export async function addItemInInputs(page: Page, kind: string, name: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Kind of item to add' }).selectOption({ label: kind });
  await page.getByRole('button', { name: 'Add item' }).click();
  const nameField = page.getByRole('textbox', { name: 'Name' });
  await nameField.waitFor();
  await nameField.fill(name);
  await page.keyboard.press('Enter');
}
