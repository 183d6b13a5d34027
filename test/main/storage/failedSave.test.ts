import { chmodSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializePlan } from '#shared/model';
import { sha256Of } from '#main/storage/fileIdentity';
import type { FailingSaveReport } from '#test/helpers/storageFailingSaveReport';
import { smallPlan } from '#test/helpers/storagePlans';
import { helperScript, privateMountProblem, runInPrivateTmpfs, runUnprivileged, storageFolder, type ChildExit } from '#test/helpers/storageProcess';

const CHILD = helperScript('storageFailingSaveChild.ts');
const beforeText = serializePlan(smallPlan('Before'));

const folders: string[] = [];
afterAll(() =>
  folders.forEach((dir) => {
    chmodSync(dir, 0o755);
    rmSync(dir, { recursive: true, force: true });
  }),
);

function folder(): string {
  const dir = storageFolder();
  folders.push(dir);
  return dir;
}

function report(exit: ChildExit): FailingSaveReport {
  expect(exit.code, `the child failed:\n${exit.stderr}`).toBe(0);
  return JSON.parse(exit.stdout) as FailingSaveReport;
}

describe('a save that the disk refuses', () => {
  let mountProblem: string | null = null;
  beforeAll(() => {
    mountProblem = privateMountProblem();
  });

  it('on a full disk fails with "the disk is full", leaves the old file byte-identical and no temporary file, and the plan stays unsaved', () => {
    // Not skipped when namespaces are unavailable: a missing proof must show as a failure.
    expect(mountProblem).toBeNull();
    const dir = folder();
    const seen = report(runInPrivateTmpfs(dir, '2m', CHILD, ['full-disk', dir]));
    expect(seen.saved).toBe(false);
    expect(seen.error).toEqual({ kind: 'file-system', problem: 'disk-full', message: expect.stringContaining('"plan.leadsheet": the disk is full') });
    expect(seen.error?.message).toMatch(/Free some space.*The file on disk was not changed\./);
    expect(seen.hashBefore).toBe(sha256Of(Buffer.from(beforeText)));
    expect(seen.hashAfter).toBe(seen.hashBefore);
    expect(seen.files).toEqual(['plan.leadsheet']);
    expect(seen.unsaved).toBe(true);
    expect(seen.identityKept).toBe(true);
    expect(seen.retrySaved).toBe(true);
  });

  it('into a read-only folder fails with a message and leaves the old file intact', () => {
    expect(mountProblem).toBeNull();
    const dir = folder();
    const seen = report(runInPrivateTmpfs(dir, '2m', CHILD, ['read-only', dir]));
    expect(seen.saved).toBe(false);
    expect(seen.error).toEqual({
      kind: 'file-system',
      problem: 'read-only',
      message: 'Could not save "plan.leadsheet": the disk is read-only. Use Save As to save it somewhere you can write to. The file on disk was not changed.',
    });
    expect(seen.hashAfter).toBe(sha256Of(Buffer.from(beforeText)));
    expect(seen.files).toEqual(['plan.leadsheet']);
    expect(seen.unsaved).toBe(true);
    expect(seen.identityKept).toBe(true);
  });

  it('into a folder the user may not write fails with "permission denied" and leaves the old file intact', () => {
    const dir = folder();
    writeFileSync(join(dir, 'plan.leadsheet'), beforeText, { mode: 0o644 });
    chmodSync(dir, 0o555);
    const seen = report(runUnprivileged(CHILD, ['permission', dir]));
    expect(seen.saved).toBe(false);
    expect(seen.error?.problem).toBe('permission');
    expect(seen.error?.message).toBe(
      'Could not save "plan.leadsheet": permission denied. Use Save As to save it in a folder you are allowed to change. The file on disk was not changed.',
    );
    expect(readFileSync(join(dir, 'plan.leadsheet'), 'utf8')).toBe(beforeText);
    expect(readdirSync(dir)).toEqual(['plan.leadsheet']);
    expect(seen.unsaved).toBe(true);
  });
});
