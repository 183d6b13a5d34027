/**
 * Child of the app-level crash tests: runs the harness over USER_DATA, makes a new plan (or opens
 * FILE), edits a fee through `document:edit`, waits for the autosave, prints `edited`, and then
 * waits to be killed.
 * Usage: node --import tsx appCrashChild.ts USER_DATA [FILE]
 */
import { startHarness } from '#test/harness/server';

const [userData, file] = process.argv.slice(2);
if (!userData) throw new Error('usage: appCrashChild.ts USER_DATA [FILE]');
const harness = await startHarness({ userData, autosaveDelayMs: 10 });
const call = async (channel: string, body: unknown): Promise<{ ok: boolean; value: { documentId: string } }> =>
  (await fetch(`${harness.url}/ipc/${channel}`, { method: 'POST', headers: { origin: harness.url }, body: JSON.stringify(body) })).json() as never;

const created = file === undefined ? await call('file:new', {}) : await call('file:open', { path: file });
await call('document:edit', { documentId: created.value.documentId, edits: [{ scenarioId: 'caio-agency', itemId: 'caio-retainer', field: 'monthlyFee', value: 9000 }] });
// What the user's next quiet second does: the autosave timer fires.
await new Promise((done) => setTimeout(done, 200));
process.stdout.write('edited\n');
setInterval(() => undefined, 60_000);
