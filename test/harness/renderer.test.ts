import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './server';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness({ staticDir: 'out/renderer', today: () => '2026-11-22' });
}, 150_000);
afterAll(() => harness.close());

describe('the harness serving the built renderer', () => {
  it('serves the page with a strict Content-Security-Policy and the browser API script first', async () => {
    const html = await (await fetch(`${harness.url}/`)).text();
    expect(html).toMatch(/<head><script src="\/harness-api.js"><\/script>/);
    expect(html).toMatch(/Content-Security-Policy" content="default-src 'self'; script-src 'self'/);
    const script = html.match(/src="\.(\/assets\/index-[^"]+\.js)"/)?.[1];
    expect((await fetch(`${harness.url}${script}`)).status).toBe(200);
  });

  it('provides the same named functions as the preload, over HTTP', async () => {
    const api = await (await fetch(`${harness.url}/harness-api.js`)).text();
    for (const name of ['appInfo', 'templatesList', 'planCreate', 'planValidate', 'planCalculate']) expect(api).toContain(`"${name}": (request) => call(`);
  });

  it('serves nothing outside the built renderer', async () => {
    expect((await fetch(`${harness.url}/..%2f..%2fpackage.json`)).status).toBe(404);
  });
});
