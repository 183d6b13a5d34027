/**
 * Child of the autosave-failure tests: runs a workspace whose user-data folder is DISK, a 1 MiB
 * tmpfs in a private mount namespace. It makes the disk refuse writes (filled to the last byte, or
 * remounted read-only) after a first autosave has made its folder, edits the plan twice with an
 * autosave after each, gives the disk back, edits once more, and prints one JSON line: the reports the page got and the autosaves left on the disk.
 * In `read-only-first` the disk is read-only before any autosave, so its folder was never made.
 * Usage: node --import tsx autosaveFailureChild.ts full-disk|read-only|read-only-first DISK
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AutosaveReport } from '#shared/ipc/events';
import { defaultPlan } from '#shared/templates';
import { createWorkspace } from '#main/document/workspace';
import { AUTOSAVE_FOLDER } from '#main/storage/autosave';
import { queuedDialogs } from '#test/harness/dialogs';

const [mode, disk] = process.argv.slice(2);
if ((mode !== 'full-disk' && mode !== 'read-only' && mode !== 'read-only-first') || !disk) throw new Error('usage: autosaveFailureChild.ts full-disk|read-only|read-only-first DISK');

const reports: { owner: string; report: AutosaveReport }[] = [];
const workspace = createWorkspace({
  userData: disk,
  dialogs: queuedDialogs(disk),
  platform: 'linux',
  now: () => new Date('2026-11-22T10:00:00Z'),
  // Only flush writes, so each edit is followed by exactly one autosave.
  autosaveDelayMs: 600_000,
  onAutosave: (owner, report) => reports.push({ owner, report }),
});
await workspace.start();
const { documentId } = workspace.create(defaultPlan('2027-01'), 'page');
const editAndAutosave = async (fee: number): Promise<void> => {
  const edited = workspace.edit(documentId, [{ scenarioId: 'caio-agency', itemId: 'caio-retainer', field: 'monthlyFee', value: fee }], 'page');
  if (!edited.ok) throw new Error(JSON.stringify(edited.error));
  await workspace.flush();
};

// As after earlier autosaves, the folder is there, except in read-only-first.
if (mode !== 'read-only-first') await editAndAutosave(8000);
const filler = join(disk, 'filler');
if (mode === 'full-disk') {
  try {
    writeFileSync(filler, Buffer.alloc(2 * 1024 * 1024));
  } catch {
    // ENOSPC once the disk is full: what was written stays and fills it.
  }
} else execFileSync('mount', ['-o', 'remount,ro', disk]);

await editAndAutosave(9000);
await editAndAutosave(9100);
if (mode === 'full-disk') rmSync(filler);
else execFileSync('mount', ['-o', 'remount,rw', disk]);
await editAndAutosave(9200);

const folder = join(disk, AUTOSAVE_FOLDER);
process.stdout.write(`${JSON.stringify({ documentId, reports, autosaves: existsSync(folder) ? readdirSync(folder) : [] })}\n`);
