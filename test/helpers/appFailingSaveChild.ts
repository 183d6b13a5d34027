/**
 * Child of the app-level failed-save tests: runs the harness (the app's router over HTTP) with its
 * file dialogs in DIR, a 2 MiB tmpfs in a private mount namespace. It writes a plan of about
 * 1.2 MB there, opens it through `file:open`, edits a fee through `document:edit`, makes the disk
 * refuse the save (too full for a second copy, or remounted read-only), calls `file:save`, and
 * prints one JSON line of what it saw.
 * Usage: node --import tsx appFailingSaveChild.ts full-disk|read-only DIR
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serializePlan } from '#shared/model';
import { sha256Of } from '#main/storage/fileIdentity';
import { startHarness } from '#test/harness/server';
import { largePlan } from './storagePlans';

const [mode, dir] = process.argv.slice(2);
if ((mode !== 'full-disk' && mode !== 'read-only') || !dir) throw new Error('usage: appFailingSaveChild.ts full-disk|read-only DIR');

const file = join(dir, 'plan.leadsheet');
const plan = largePlan(1200 * 1024, 'before');
writeFileSync(file, serializePlan(plan));
const harness = await startHarness({ dir, userData: join(dir, '..', 'user-data-of-child') });
const call = async (channel: string, body: unknown): Promise<{ ok: boolean; value?: never; error?: { code: string; message: string } }> =>
  (await fetch(`${harness.url}/ipc/${channel}`, { method: 'POST', headers: { origin: harness.url }, body: JSON.stringify(body) })).json() as never;

const opened = await call('file:open', { path: file });
if (!opened.ok) throw new Error(JSON.stringify(opened));
const { documentId } = opened.value as unknown as { documentId: string };
const [scenario] = plan.scenarios;
const edited = await call('document:edit', { documentId, edits: [{ scenarioId: scenario?.id, itemId: scenario?.items[0]?.id, field: 'monthlyFee', value: 4321 }] });
if (!edited.ok) throw new Error(JSON.stringify(edited));
if (mode === 'read-only') execFileSync('mount', ['-o', 'remount,ro', dir]);

const hashBefore = sha256Of(readFileSync(file));
const saved = await call('file:save', { documentId });
const summary = await call('document:summary', { documentId });
process.stdout.write(
  `${JSON.stringify({
    saved,
    hashBefore,
    hashAfter: sha256Of(readFileSync(file)),
    files: readdirSync(dir),
    status: summary.ok ? (summary.value as unknown as { file: unknown }).file : null,
  })}\n`,
);
await harness.close();
