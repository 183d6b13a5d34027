import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlanText, serializePlan } from '#shared/model';
import { defaultPlan } from '#shared/templates';
import type { FileStatus } from '#shared/ipc/fileChannels';
import { AUTOSAVE_FOLDER, listRecoverable } from '#main/storage/autosave';
import { RECENT_FILES_NAME } from '#main/storage/recentFiles';
import { tempFolders } from '#test/helpers/tempFolders';
import { testWorkspace } from '#test/helpers/workspace';

const folder = tempFolders();
const retainerFee = (fee: number) => [{ scenarioId: 'caio-agency', itemId: 'caio-retainer', field: 'monthlyFee', value: fee }];

function planIn(path: string): unknown {
  const parsed = parsePlanText(readFileSync(path, 'utf8'));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  return parsed.value;
}

describe('New, Open, Save and Save As on documents', () => {
  it('saves a new plan through Save As, adding the extension, and the file holds the edited plan', async () => {
    const { workspace, dialogs, dir } = testWorkspace(folder);
    const { documentId, file } = workspace.create(defaultPlan('2027-01'), 'page');
    expect(file).toEqual({ path: null, name: 'Untitled', unsaved: false });
    workspace.edit(documentId, retainerFee(9000), 'page');
    expect(workspace.status(documentId)).toEqual({ ok: true, value: { path: null, name: 'Untitled', unsaved: true } });

    dialogs.queue(['budget']);
    const saved = await workspace.save(documentId, false);
    const path = join(dir, 'budget.leadsheet');
    expect(saved).toEqual({ ok: true, value: { status: 'saved', file: { path, name: 'budget.leadsheet', unsaved: false } } });
    expect(dialogs.asked()).toEqual([{ kind: 'savePlan', detail: 'Untitled.leadsheet' }]);
    const plan = workspace.plan(documentId);
    expect(planIn(path)).toEqual(plan.ok && plan.value);
  });

  it('answers cancelled and leaves the plan unsaved when the Save dialog is closed', async () => {
    const { workspace, dir } = testWorkspace(folder);
    const { documentId } = workspace.create(defaultPlan('2027-01'));
    workspace.edit(documentId, retainerFee(9000));
    expect(await workspace.saveAs(documentId)).toEqual({ ok: true, value: { status: 'cancelled' } });
    expect(workspace.status(documentId)).toMatchObject({ ok: true, value: { unsaved: true } });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('opens a plan picked in the Open dialog, with the figures of the file, and lists it in Open Recent', async () => {
    const { workspace, dialogs, dir } = testWorkspace(folder);
    const path = join(dir, 'plan.leadsheet');
    writeFileSync(path, serializePlan(defaultPlan('2027-01')));
    dialogs.queue(['plan.leadsheet']);
    const opened = await workspace.open(undefined, undefined, 'page');
    expect(opened).toMatchObject({ ok: true, value: { status: 'opened', file: { path, name: 'plan.leadsheet', unsaved: false } } });
    expect(opened.ok && opened.value.status === 'opened' && opened.value.summary.scenarios.map((s) => s.total)).toEqual([675000, 144000, 1060000]);
    expect(await workspace.recent()).toEqual([path]);
  });

  it('refuses a file from a newer Leadsheet without touching it, saying which file and why', async () => {
    const { workspace, dir } = testWorkspace(folder);
    const path = join(dir, 'future.leadsheet');
    const text = JSON.stringify({ ...defaultPlan('2027-01'), schemaVersion: 99 });
    writeFileSync(path, text);
    const opened = await workspace.open(path, undefined);
    expect(opened).toMatchObject({ ok: false, error: { code: 'file-refused' } });
    expect(!opened.ok && opened.error.message).toMatch(/^Could not open "future.leadsheet": .*newer.*The file was not changed\.$/);
    expect(readFileSync(path, 'utf8')).toBe(text);
  });

  it('refuses a workbook given as a plan, pointing to Import', async () => {
    const { workspace, dir } = testWorkspace(folder);
    expect(await workspace.open(join(dir, 'quotes.xlsx'), undefined)).toMatchObject({ ok: false, error: { code: 'file-refused', message: expect.stringContaining('come in through Import') } });
  });

  it('drops a recent file that no longer exists when it is opened', async () => {
    const { workspace, dir, userData } = testWorkspace(folder);
    const path = join(dir, 'gone.leadsheet');
    writeFileSync(path, serializePlan(defaultPlan('2027-01')));
    const opened = await workspace.open(path, undefined);
    if (opened.ok && opened.value.status === 'opened') await workspace.close(opened.value.documentId);
    rmSync(path);
    expect(await workspace.open(path, undefined)).toMatchObject({ ok: false, error: { code: 'file-refused', message: 'Could not open "gone.leadsheet": no such file. The file was not changed.' } });
    expect(JSON.parse(readFileSync(join(userData, RECENT_FILES_NAME), 'utf8'))).toEqual({ version: 1, files: [] });
  });

  it('opens a file already open by showing its document rather than a second copy', async () => {
    const { workspace, dir } = testWorkspace(folder);
    const path = join(dir, 'plan.leadsheet');
    writeFileSync(path, serializePlan(defaultPlan('2027-01')));
    const first = await workspace.open(path, undefined);
    const again = await workspace.open(path, 'another');
    expect(first.ok && first.value.status === 'opened' && again.ok && again.value.status === 'opened' && again.value.documentId).toBe(first.ok && first.value.status === 'opened' && first.value.documentId);
  });
});

describe('a start after a crash', () => {
  it('removes the temporary files a killed save left beside recent plans, and nothing else', async () => {
    const first = testWorkspace(folder);
    const path = join(first.dir, 'plan.leadsheet');
    writeFileSync(path, serializePlan(defaultPlan('2027-01')));
    await first.workspace.open(path, undefined);
    const leftover = join(first.dir, '.plan.leadsheet.0123456789ab.leadsheet-tmp');
    writeFileSync(leftover, '{"schemaVersion": 1, "sett');
    writeFileSync(join(first.dir, 'notes.txt'), 'mine');

    const second = testWorkspace(folder, { userData: first.userData });
    await second.workspace.start();
    expect(readdirSync(first.dir).sort()).toEqual(['notes.txt', 'plan.leadsheet']);
  });
});

describe('a file changed on disk by another program', () => {
  it('is not overwritten by Save, which says so; overwriting is then the user’s choice', async () => {
    const { workspace, dir } = testWorkspace(folder);
    const path = join(dir, 'plan.leadsheet');
    writeFileSync(path, serializePlan(defaultPlan('2027-01')));
    const opened = await workspace.open(path, undefined);
    if (!opened.ok || opened.value.status !== 'opened') throw new Error('not opened');
    const { documentId } = opened.value;
    workspace.edit(documentId, retainerFee(9000));
    const theirs = serializePlan({ ...defaultPlan('2027-01'), name: 'Edited by a colleague' });
    writeFileSync(path, theirs);

    const refused = await workspace.save(documentId, false);
    expect(refused).toMatchObject({ ok: false, error: { code: 'changed-on-disk', message: expect.stringContaining('"plan.leadsheet" changed on disk') } });
    expect(readFileSync(path, 'utf8')).toBe(theirs);
    expect(workspace.status(documentId)).toMatchObject({ ok: true, value: { unsaved: true } });

    expect(await workspace.save(documentId, true)).toMatchObject({ ok: true, value: { status: 'saved', file: { unsaved: false } } });
    const plan = workspace.plan(documentId);
    expect(planIn(path)).toEqual(plan.ok && plan.value);
  });
});

describe('autosave and recovery', () => {
  it('writes unsaved work to the user-data folder after an edit and removes it once saved', async () => {
    const { workspace, dialogs, userData } = testWorkspace(folder, { autosaveDelayMs: 5 });
    const { documentId } = workspace.create(defaultPlan('2027-01'));
    workspace.edit(documentId, retainerFee(9000));
    await workspace.flush();
    const found = await listRecoverable(userData);
    expect(found.recoverable.map((r) => r.documentId)).toEqual([documentId]);
    expect(found.recoverable[0]!.plan.scenarios[0]!.items[0]).toMatchObject({ monthlyFee: 9000 });

    dialogs.queue(['saved.leadsheet']);
    await workspace.save(documentId, false);
    expect(existsSync(join(userData, AUTOSAVE_FOLDER, `${documentId}.autosave.json`))).toBe(false);
  });

  it('offers unsaved work back at the next start, unsaved and tied to its file, and saving it still checks the disk', async () => {
    const first = testWorkspace(folder, { autosaveDelayMs: 5 });
    const path = join(first.dir, 'plan.leadsheet');
    writeFileSync(path, serializePlan(defaultPlan('2027-01')));
    const opened = await first.workspace.open(path, undefined);
    if (!opened.ok || opened.value.status !== 'opened') throw new Error('not opened');
    first.workspace.edit(opened.value.documentId, retainerFee(9000));
    await first.workspace.flush();

    // A second run over the same user-data folder, as after a crash.
    const second = testWorkspace(folder, { userData: first.userData });
    await second.workspace.start();
    const [offer] = second.workspace.recoverable();
    expect(offer).toMatchObject({ name: 'plan.leadsheet', path, savedAt: '2026-11-22T10:00:00.000Z' });
    const recovered = await second.workspace.recover(offer!.autosaveId, undefined, 'page');
    if (!recovered.ok || recovered.value.status !== 'opened') throw new Error('not recovered');
    expect(recovered.value.file).toEqual({ path, name: 'plan.leadsheet', unsaved: true });
    expect(recovered.value.summary.scenarios[0]!.total).toBe(9000 * 36 + 405000);
    expect(second.workspace.recoverable()).toEqual([]);
    // The recovered work lives on under its new document, not twice.
    expect((await listRecoverable(first.userData)).recoverable.map((r) => r.documentId)).toEqual([recovered.value.documentId]);

    writeFileSync(path, serializePlan({ ...defaultPlan('2027-01'), name: 'Changed meanwhile' }));
    expect(await second.workspace.save(recovered.value.documentId, false)).toMatchObject({ ok: false, error: { code: 'changed-on-disk' } });
  });

  it('deletes recovered work the user discards, and a clean close leaves nothing to recover', async () => {
    const first = testWorkspace(folder, { autosaveDelayMs: 5 });
    const a = first.workspace.create(defaultPlan('2027-01'), 'page');
    const b = first.workspace.create(defaultPlan('2027-01'), 'page');
    first.workspace.edit(a.documentId, retainerFee(9000));
    first.workspace.edit(b.documentId, retainerFee(9100));
    await first.workspace.flush();
    await first.workspace.close(b.documentId);

    const second = testWorkspace(folder, { userData: first.userData });
    await second.workspace.start();
    expect(second.workspace.recoverable().map((r) => r.autosaveId)).toEqual([a.documentId]);
    expect(await second.workspace.discardRecovered(a.documentId)).toEqual({ ok: true, value: undefined });
    expect((await listRecoverable(first.userData)).recoverable).toEqual([]);
  });
});

describe('windows and titles', () => {
  it('opens into the asking page when it shows an untouched new plan, and into a window of its own otherwise', async () => {
    const windows: string[] = [];
    const { workspace, dir } = testWorkspace(folder, { openWindow: (id) => windows.push(id) });
    const path = join(dir, 'plan.leadsheet');
    writeFileSync(path, serializePlan(defaultPlan('2027-01')));
    const fresh = workspace.create(defaultPlan('2027-01'), 'page');
    expect(await workspace.open(path, fresh.documentId, 'page')).toMatchObject({ ok: true, value: { status: 'opened' } });
    const edited = workspace.create(defaultPlan('2027-01'), 'other');
    workspace.edit(edited.documentId, retainerFee(9000));
    expect(workspace.newPlan(defaultPlan('2027-01'), edited.documentId, 'other')).toEqual({ status: 'elsewhere' });
    expect(windows).toHaveLength(1);
  });

  it('shows an imported workbook’s plan as unsaved, here over an untouched plan and in its own window over edited work', () => {
    const windows: string[] = [];
    const { workspace } = testWorkspace(folder, { openWindow: (id) => windows.push(id) });
    const fresh = workspace.create(defaultPlan('2027-01'), 'page');
    const here = workspace.importPlan(defaultPlan('2027-01'), fresh.documentId, 'page');
    expect(here).toMatchObject({ status: 'opened', file: { path: null, name: 'Untitled', unsaved: true } });
    expect(workspace.importPlan(defaultPlan('2027-01'), here.status === 'opened' ? here.documentId : '', 'page')).toEqual({ status: 'elsewhere' });
    expect(windows).toHaveLength(1);
  });

  it('tells the owning page when its document becomes unsaved, is saved, or moves to a new file', async () => {
    const statuses: [string, FileStatus][] = [];
    const { workspace, dialogs, dir } = testWorkspace(folder, { onFileStatus: (owner, status) => statuses.push([owner, status]) });
    const { documentId } = workspace.create(defaultPlan('2027-01'), 'page');
    workspace.edit(documentId, retainerFee(9000));
    workspace.edit(documentId, retainerFee(9100));
    dialogs.queue(['a.leadsheet']);
    await workspace.save(documentId, false);
    const path = join(dir, 'a.leadsheet');
    expect(statuses).toEqual([
      ['page', { path: null, name: 'Untitled', unsaved: false }],
      ['page', { path: null, name: 'Untitled', unsaved: true }],
      ['page', { path, name: 'a.leadsheet', unsaved: false }],
    ]);
  });

  it('closes every document of a page whose window closed, with their autosaves', async () => {
    const { workspace, userData } = testWorkspace(folder, { autosaveDelayMs: 5 });
    const { documentId } = workspace.create(defaultPlan('2027-01'), 'page');
    workspace.edit(documentId, retainerFee(9000));
    await workspace.flush();
    await workspace.closeOwnedBy('page');
    expect(workspace.plan(documentId)).toMatchObject({ ok: false });
    expect((await listRecoverable(userData)).recoverable).toEqual([]);
  });
});
