import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AutosaveReport } from '#shared/ipc/events';
import { defaultPlan } from '#shared/templates';
import { AUTOSAVE_FOLDER } from '#main/storage/autosave';
import { privateMountProblem, runInPrivateTmpfs } from '#test/helpers/storageProcess';
import { tempFolders } from '#test/helpers/tempFolders';
import { testWorkspace } from '#test/helpers/workspace';

const folder = tempFolders();
const retainerFee = (fee: number) => [{ scenarioId: 'caio-agency', itemId: 'caio-retainer', field: 'monthlyFee', value: fee }];
const CANNOT_WRITE = 'Leadsheet could not keep a recovery copy of this plan: its data folder cannot be written to. Your plan is still open — save it (Ctrl+S) to keep your changes.';

interface ChildReport {
  documentId: string;
  reports: { owner: string; report: AutosaveReport }[];
  autosaves: string[];
}

function onFailingDisk(mode: 'full-disk' | 'read-only' | 'read-only-first'): ChildReport {
  const disk = join(folder(), 'disk');
  mkdirSync(disk);
  const exit = runInPrivateTmpfs(disk, '1m', join(import.meta.dirname, 'autosaveFailureChild.ts'), [mode, disk]);
  expect(exit.code, `the child failed:\n${exit.stderr}`).toBe(0);
  return JSON.parse(exit.stdout) as ChildReport;
}

/** A workspace whose pages' autosave reports are kept, with a file where its autosave folder should be. */
function blockedWorkspace(host: Parameters<typeof testWorkspace>[1] = {}) {
  const reports: { owner: string; report: AutosaveReport }[] = [];
  const made = testWorkspace(folder, { autosaveDelayMs: 600_000, onAutosave: (owner, report) => reports.push({ owner, report }), ...host });
  const blocker = join(made.userData, AUTOSAVE_FOLDER);
  writeFileSync(blocker, 'not a folder');
  return { ...made, reports, unblock: () => rmSync(blocker) };
}

describe('an autosave that cannot be written', () => {
  let mountProblem: string | null = null;
  beforeAll(() => {
    mountProblem = privateMountProblem();
  });

  it('on a full disk, tells the owning page once, in plain words, and that it is over once an autosave is written again', () => {
    expect(mountProblem).toBeNull();
    const seen = onFailingDisk('full-disk');
    expect(seen.reports).toEqual([
      {
        owner: 'page',
        report: {
          documentId: seen.documentId,
          ok: false,
          message: 'Leadsheet could not keep a recovery copy of this plan: the disk is full. Your plan is still open — save it (Ctrl+S) to keep your changes.',
        },
      },
      { owner: 'page', report: { documentId: seen.documentId, ok: true } },
    ]);
    expect(seen.autosaves).toEqual([`${seen.documentId}.autosave.json`]);
  });

  it('on a read-only disk, says the disk is read-only, and that it is over once the disk takes the autosave', () => {
    expect(mountProblem).toBeNull();
    const seen = onFailingDisk('read-only');
    expect(seen.reports.map(({ report }) => report)).toEqual([
      { documentId: seen.documentId, ok: false, message: expect.stringContaining('recovery copy of this plan: the disk is read-only.') },
      { documentId: seen.documentId, ok: true },
    ]);
    expect(seen.autosaves).toEqual([`${seen.documentId}.autosave.json`]);
  });

  it('on a disk already read-only at the first autosave, still says the disk is read-only, not that a folder is missing', () => {
    expect(mountProblem).toBeNull();
    const seen = onFailingDisk('read-only-first');
    expect(seen.reports.map(({ report }) => report)).toEqual([
      { documentId: seen.documentId, ok: false, message: expect.stringContaining('recovery copy of this plan: the disk is read-only.') },
      { documentId: seen.documentId, ok: true },
    ]);
    expect(seen.autosaves).toEqual([`${seen.documentId}.autosave.json`]);
  });

  it('when something blocks the autosave folder, says so with the macOS shortcut on a Mac, and a save of the plan ends it', async () => {
    const { workspace, dialogs, reports } = blockedWorkspace({ platform: 'darwin' });
    const { documentId } = workspace.create(defaultPlan('2027-01'), 'page');
    workspace.edit(documentId, retainerFee(9000), 'page');
    await workspace.flush();
    expect(reports).toEqual([{ owner: 'page', report: { documentId, ok: false, message: CANNOT_WRITE.replace('Ctrl+S', '⌘S') } }]);

    dialogs.queue(['kept.leadsheet']);
    expect(await workspace.save(documentId, false)).toMatchObject({ ok: true, value: { status: 'saved' } });
    expect(reports.at(-1)).toEqual({ owner: 'page', report: { documentId, ok: true } });
    expect(reports).toHaveLength(2);
  });

  it('tells only the page that owns the plan, and a page that takes the plan over later is told at once', async () => {
    const { workspace, reports, unblock } = blockedWorkspace();
    const mine = workspace.create(defaultPlan('2027-01'), 'mine');
    const theirs = workspace.create(defaultPlan('2027-01'), 'theirs');
    workspace.edit(theirs.documentId, retainerFee(9000), 'theirs');
    await workspace.flush();
    expect(reports).toEqual([{ owner: 'theirs', report: { documentId: theirs.documentId, ok: false, message: CANNOT_WRITE } }]);

    workspace.summary(theirs.documentId, 'window-3');
    expect(reports.at(-1)).toEqual({ owner: 'window-3', report: { documentId: theirs.documentId, ok: false, message: CANNOT_WRITE } });
    unblock();
    workspace.edit(mine.documentId, retainerFee(9100), 'mine');
    await workspace.flush();
    expect(reports.filter(({ owner }) => owner === 'mine')).toEqual([]);
  });
});

describe('a save that ends without saving', () => {
  it('is reported for the owning page when the Save dialog is cancelled or the file changed on disk, and not when it saves', async () => {
    const failed: string[] = [];
    const { workspace, dialogs, dir } = testWorkspace(folder, { onSaveFailed: (owner) => failed.push(owner) });
    const { documentId } = workspace.create(defaultPlan('2027-01'), 'page');
    workspace.edit(documentId, retainerFee(9000), 'page');
    expect(await workspace.save(documentId, false)).toEqual({ ok: true, value: { status: 'cancelled' } });
    expect(failed).toEqual(['page']);

    dialogs.queue(['plan.leadsheet']);
    expect(await workspace.save(documentId, false)).toMatchObject({ ok: true, value: { status: 'saved' } });
    expect(failed).toEqual(['page']);

    workspace.edit(documentId, retainerFee(9100), 'page');
    writeFileSync(join(dir, 'plan.leadsheet'), 'changed by someone else');
    expect(await workspace.save(documentId, false)).toMatchObject({ ok: false, error: { code: 'changed-on-disk' } });
    expect(failed).toEqual(['page', 'page']);
  });
});
