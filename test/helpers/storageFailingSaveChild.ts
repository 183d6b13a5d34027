/**
 * Child of the failed-save tests. For full-disk and read-only it runs inside a private mount
 * namespace where DIR is a 2 MiB tmpfs, and first saves a small plan there; for permission it runs
 * as an unprivileged user in a folder it may not write, over a plan file the parent wrote. It
 * opens the plan, edits it, makes the save fail, tries to save, and prints one JSON line of what
 * it saw (a {@link FailingSaveReport}).
 * Usage: node --import tsx storageFailingSaveChild.ts full-disk|read-only|permission DIR
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isUnsaved, newDocumentState, reduceDocument, type PlanDocumentState } from '#main/storage/documentState';
import { sha256Of } from '#main/storage/fileIdentity';
import { openPlan } from '#main/storage/planFile';
import { saveDocument } from '#main/storage/saveDocument';
import { savePlan } from '#main/storage/savePlan';
import type { FailingSaveReport } from './storageFailingSaveReport';
import { largePlan, smallPlan } from './storagePlans';

const [mode, dir] = process.argv.slice(2);
if ((mode !== 'full-disk' && mode !== 'read-only' && mode !== 'permission') || !dir) {
  throw new Error('usage: storageFailingSaveChild.ts full-disk|read-only|permission DIR');
}
const file = join(dir, 'plan.leadsheet');
const hash = (): string => sha256Of(readFileSync(file));

if (!existsSync(file)) {
  const first = await savePlan(file, smallPlan('Before'), null);
  if (!first.ok) throw new Error(first.error.message);
}
const opened = await openPlan(file);
if (!opened.ok) throw new Error(JSON.stringify(opened.error));
let state: PlanDocumentState = reduceDocument(reduceDocument(newDocumentState(), { type: 'opened', path: file, identity: opened.value.identity }), { type: 'edited' });
if (mode === 'read-only') execFileSync('mount', ['-o', 'remount,ro', dir]);

const hashBefore = hash();
// Bigger than the 2 MiB disk when full-disk; any plan otherwise.
const edited = mode === 'full-disk' ? largePlan(3 * 1024 * 1024, 'too big') : smallPlan('After');
const save = await saveDocument(state, edited, file);
if (save.event) state = reduceDocument(state, save.event);
const report: FailingSaveReport = {
  saved: save.result.ok,
  error: save.result.ok ? null : { kind: save.result.error.kind, message: save.result.error.message, problem: 'problem' in save.result.error ? save.result.error.problem : null },
  hashBefore,
  hashAfter: hash(),
  files: readdirSync(dir),
  unsaved: isUnsaved(state),
  identityKept: state.identity === opened.value.identity,
  retrySaved: false,
};
if (mode === 'full-disk') {
  // The document must still be saveable once the plan fits: the failed save did not spoil its identity.
  const retry = await saveDocument(state, smallPlan('After, smaller'), file);
  report.retrySaved = retry.result.ok;
}
process.stdout.write(`${JSON.stringify(report)}\n`);
