import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FileStatus } from '#shared/ipc/fileChannels';
import { serializePlan } from '#shared/model';
import { openPlanFile, type PlanFileOpener } from '#main/app/openPlanFile';
import type { Workspace } from '#main/document/workspace';
import { smallPlan } from '#test/helpers/storagePlans';
import { tempFolders } from '#test/helpers/tempFolders';
import { testWorkspace } from '#test/helpers/workspace';

const folder = tempFolders();

/** An opener over a real workspace, recording what it presented and refused. */
function opener(workspace: Pick<Workspace, 'open'>): PlanFileOpener & { presented: { documentId: string; file: FileStatus }[]; refused: string[] } {
  const presented: { documentId: string; file: FileStatus }[] = [];
  const refused: string[] = [];
  return {
    workspace,
    windows: { present: async (documentId, file) => void presented.push({ documentId, file }) },
    refuse: (message) => void refused.push(message),
    presented,
    refused,
  };
}

describe('opening a plan file from outside a window', () => {
  it('presents the opened document with its file status', async () => {
    const { workspace, dir } = testWorkspace(folder);
    const path = join(dir, 'q3.leadsheet');
    writeFileSync(path, serializePlan(smallPlan('Q3')));
    const target = opener(workspace);
    await openPlanFile(target, path);
    expect(target.presented).toEqual([{ documentId: expect.any(String), file: { path, name: 'q3.leadsheet', unsaved: false } }]);
    expect(target.refused).toEqual([]);
  });

  it('refuses a file that is not a plan, naming it, and presents nothing', async () => {
    const { workspace, dir } = testWorkspace(folder);
    const target = opener(workspace);
    await openPlanFile(target, join(dir, 'quotes.xlsx'));
    expect(target.refused).toEqual([expect.stringMatching(/^"quotes\.xlsx" is not a Leadsheet plan/)]);
    expect(target.presented).toEqual([]);
  });

  it('presents nothing again for a file already open: its window comes forward instead', async () => {
    const focused: string[] = [];
    const { workspace, dir } = testWorkspace(folder, { openWindow: () => undefined, focusDocument: (documentId) => void focused.push(documentId) });
    const path = join(dir, 'q3.leadsheet');
    writeFileSync(path, serializePlan(smallPlan('Q3')));
    const target = opener(workspace);
    await openPlanFile(target, path);
    await openPlanFile(target, path);
    expect(target.presented).toHaveLength(1);
    expect(focused).toEqual([target.presented[0]?.documentId]);
  });

  it('asks with the Open dialog when given no path, and does nothing when it is cancelled', async () => {
    const { workspace, dialogs } = testWorkspace(folder);
    const target = opener(workspace);
    await openPlanFile(target);
    expect(dialogs.asked()).toEqual([{ kind: 'openPlan', detail: '' }]);
    expect(target.presented).toEqual([]);
    expect(target.refused).toEqual([]);
  });

  it('turns an unexpected failure into a message instead of a rejection', async () => {
    const target = opener({ open: () => Promise.reject(new Error('disk gone')) });
    await openPlanFile(target, '/plans/q3.leadsheet');
    expect(target.refused).toEqual(['Could not open "/plans/q3.leadsheet": disk gone']);
  });
});
