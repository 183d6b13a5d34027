import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempFolders } from '#test/helpers/tempFolders';
import { describe, expect, it } from 'vitest';
import { serializePlan } from '#shared/model';
import { AUTOSAVE_FOLDER, clearAutosave, listRecoverable, writeAutosave } from '#main/storage/autosave';
import { openPlan } from '#main/storage/planFile';
import { savePlan } from '#main/storage/savePlan';
import { editedPlan, smallPlan } from '#test/helpers/storagePlans';
import { helperScript, startTsChild } from '#test/helpers/storageProcess';

const folder = tempFolders();

describe('unsaved work after a crash', () => {
  it('is offered back at the next start, equal to the edited plan, after the process is killed', async () => {
    const userData = folder();
    const file = join(folder(), 'plan.leadsheet');
    const original = smallPlan('Budget');
    writeFileSync(file, serializePlan(original));
    const opened = await openPlan(file);
    if (!opened.ok) throw new Error(JSON.stringify(opened.error));

    const child = startTsChild(helperScript('storageCrashChild.ts'), [userData, file, 'window-1']);
    await child.untilLine('autosaved');
    child.process.kill('SIGKILL');
    expect((await child.exited).signal).toBe('SIGKILL');

    const { recoverable, unreadable } = await listRecoverable(userData);
    expect(unreadable).toEqual([]);
    expect(recoverable).toHaveLength(1);
    expect(recoverable[0]).toMatchObject({ documentId: 'window-1', filePath: file, fileIdentity: opened.value.identity });
    expect(recoverable[0]!.plan).toEqual(editedPlan(opened.value.plan));
    // The file itself never saw the edits.
    expect(readFileSync(file, 'utf8')).toBe(serializePlan(original));
  });

  it('once recovered and saved back, is cleared and not offered again', async () => {
    const userData = folder();
    const file = join(folder(), 'plan.leadsheet');
    writeFileSync(file, serializePlan(smallPlan('Budget')));
    const opened = await openPlan(file);
    if (!opened.ok) throw new Error(JSON.stringify(opened.error));
    const edited = editedPlan(opened.value.plan);
    await writeAutosave(userData, { documentId: 'doc', plan: edited, filePath: file, fileIdentity: opened.value.identity, savedAt: '2026-11-22T10:00:00.000Z' });

    const [entry] = (await listRecoverable(userData)).recoverable;
    const saved = await savePlan(file, entry!.plan, entry!.fileIdentity);
    expect(saved.ok).toBe(true);
    expect(await clearAutosave(userData, 'doc')).toEqual({ ok: true, value: undefined });
    expect(await listRecoverable(userData)).toEqual({ recoverable: [], unreadable: [] });
    expect(await openPlan(file)).toMatchObject({ ok: true, value: { plan: edited } });
  });

  it('lists several documents newest first and reports a damaged autosave instead of throwing', async () => {
    const userData = folder();
    const plan = smallPlan('Plan');
    await writeAutosave(userData, { documentId: 'older', plan, filePath: null, fileIdentity: null, savedAt: '2026-11-22T09:00:00.000Z' });
    await writeAutosave(userData, { documentId: 'newer', plan, filePath: null, fileIdentity: null, savedAt: '2026-11-22T11:00:00+01:00' });
    writeFileSync(join(userData, AUTOSAVE_FOLDER, 'cut.autosave.json'), '{"format":"leadsheet-autosave","vers');
    writeFileSync(join(userData, AUTOSAVE_FOLDER, 'odd.autosave.json'), JSON.stringify({ format: 'something else' }));

    const { recoverable, unreadable } = await listRecoverable(userData);
    expect(recoverable.map((r) => r.documentId)).toEqual(['newer', 'older']);
    expect(unreadable).toEqual([
      { file: 'cut.autosave.json', message: 'cut.autosave.json: is not valid JSON; it was probably cut short' },
      { file: 'odd.autosave.json', message: expect.stringMatching(/^odd\.autosave\.json: is not a Leadsheet autosave \(format: /) },
    ]);
  });

  it('finds nothing to recover when the app never autosaved', async () => {
    expect(await listRecoverable(folder())).toEqual({ recoverable: [], unreadable: [] });
  });

  it('removes temporary files a crash left in the autosave folder at start', async () => {
    const userData = folder();
    mkdirSync(join(userData, AUTOSAVE_FOLDER));
    const leftover = join(userData, AUTOSAVE_FOLDER, '.doc.autosave.json.0123456789ab.leadsheet-tmp');
    writeFileSync(leftover, '{"format":"leadsh');
    expect(await listRecoverable(userData)).toEqual({ recoverable: [], unreadable: [] });
    expect(() => readFileSync(leftover)).toThrow(/ENOENT/);
  });

  it('refuses a document id that could escape the autosave folder', async () => {
    await expect(writeAutosave(folder(), { documentId: '../evil', plan: smallPlan('x'), filePath: null, fileIdentity: null, savedAt: '2026-11-22T09:00:00Z' })).rejects.toThrow(RangeError);
  });
});
