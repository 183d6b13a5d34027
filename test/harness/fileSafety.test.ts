import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { helperScript, privateMountProblem, runInPrivateTmpfs, startTsChild } from '#test/helpers/storageProcess';
import { tempFolders } from '#test/helpers/tempFolders';
import { startHarness, type Harness } from './server';

const folder = tempFolders();

interface AppSaveReport {
  saved: { ok: boolean; error?: { code: string; message: string } };
  hashBefore: string;
  hashAfter: string;
  files: string[];
  status: { unsaved: boolean } | null;
}

function appSave(mode: 'full-disk' | 'read-only'): AppSaveReport {
  // The disk is a folder of its own, so the child's user-data folder beside it is on the real disk.
  const dir = join(folder(), 'disk');
  mkdirSync(dir);
  const exit = runInPrivateTmpfs(dir, '2m', helperScript('appFailingSaveChild.ts'), [mode, dir]);
  expect(exit.code, `the child failed:\n${exit.stderr}`).toBe(0);
  return JSON.parse(exit.stdout) as AppSaveReport;
}

describe('file safety through the app (the router the window calls, over HTTP)', () => {
  let mountProblem: string | null = null;
  beforeAll(() => {
    mountProblem = privateMountProblem();
  });

  it('a Save onto a full disk answers "the disk is full", leaves the old file byte-identical with no temporary file, and the plan unsaved', () => {
    expect(mountProblem).toBeNull();
    const seen = appSave('full-disk');
    expect(seen.saved).toMatchObject({ ok: false, error: { code: 'file-error', message: expect.stringContaining('"plan.leadsheet": the disk is full') } });
    expect(seen.hashAfter).toBe(seen.hashBefore);
    expect(seen.files).toEqual(['plan.leadsheet']);
    expect(seen.status).toMatchObject({ unsaved: true });
  });

  it('a Save into a read-only folder answers with the reason and leaves the old file intact', () => {
    expect(mountProblem).toBeNull();
    const seen = appSave('read-only');
    expect(seen.saved).toMatchObject({ ok: false, error: { code: 'file-error', message: expect.stringContaining('the disk is read-only') } });
    expect(seen.hashAfter).toBe(seen.hashBefore);
    expect(seen.files).toEqual(['plan.leadsheet']);
    expect(seen.status).toMatchObject({ unsaved: true });
  });
});

describe('a crash with unsaved edits', () => {
  let next: Harness | undefined;
  afterAll(() => next?.close());

  it('is followed, at the next start, by the offer of the autosaved plan, which opens with the edit', async () => {
    const userData = folder();
    const child = startTsChild(helperScript('appCrashChild.ts'), [userData]);
    await child.untilLine('edited');
    child.process.kill('SIGKILL');
    expect((await child.exited).signal).toBe('SIGKILL');

    next = await startHarness({ userData });
    const url = next.url;
    const call = async (channel: string, body: unknown): Promise<{ ok: boolean; value: never }> =>
      (await fetch(`${url}/ipc/${channel}`, { method: 'POST', headers: { origin: url }, body: JSON.stringify(body) })).json() as never;
    const offered = (await call('file:recoverable', {})).value as { plans: { autosaveId: string; name: string }[] };
    expect(offered.plans).toHaveLength(1);
    expect(offered.plans[0]).toMatchObject({ name: 'Untitled' });
    const recovered = (await call('file:recover', { autosaveId: offered.plans[0]!.autosaveId })).value as { file: unknown; summary: { scenarios: { total: number }[] } };
    expect(recovered.file).toEqual({ path: null, name: 'Untitled', unsaved: true });
    expect(recovered.summary.scenarios[0]!.total).toBe(9000 * 36 + 405000);
  });
});
