import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { serializePlan } from '#shared/model';
import { isUnsaved, newDocumentState, reduceDocument, type PlanDocumentState } from '#main/storage/documentState';
import { openPlan } from '#main/storage/planFile';
import { saveDocument } from '#main/storage/saveDocument';
import { smallPlan } from '#test/helpers/storagePlans';
import { storageFolder } from '#test/helpers/storageProcess';

const folders: string[] = [];
afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A document opened from plan.leadsheet and edited once, in a fresh folder. */
async function editedDocument(): Promise<{ dir: string; file: string; state: PlanDocumentState }> {
  const dir = storageFolder();
  folders.push(dir);
  const file = join(dir, 'plan.leadsheet');
  writeFileSync(file, serializePlan(smallPlan('Mine')));
  const opened = await openPlan(file);
  if (!opened.ok) throw new Error(JSON.stringify(opened.error));
  const state = reduceDocument(reduceDocument(newDocumentState(), { type: 'opened', path: file, identity: opened.value.identity }), { type: 'edited' });
  return { dir, file, state };
}

describe('saving a document', () => {
  it('marks it saved when the save succeeds', async () => {
    const { file, state } = await editedDocument();
    const save = await saveDocument(state, smallPlan('Mine, edited'), file);
    expect(save.result.ok).toBe(true);
    expect(isUnsaved(reduceDocument(state, save.event!))).toBe(false);
  });

  it('leaves it unsaved, with no event, when its file changed on disk', async () => {
    const { file, state } = await editedDocument();
    writeFileSync(file, serializePlan(smallPlan('Theirs')));
    const save = await saveDocument(state, smallPlan('Mine, edited'), file);
    expect(save).toMatchObject({ result: { ok: false, error: { kind: 'changed-on-disk' } }, event: null });
  });

  it('does not check a Save As target the user already chose to replace, and moves the document there', async () => {
    const { dir, state } = await editedDocument();
    const other = join(dir, 'other.leadsheet');
    writeFileSync(other, 'whatever was there');
    const save = await saveDocument(state, smallPlan('Mine, edited'), other);
    expect(save.event).toMatchObject({ type: 'saved', path: other });
    expect(readFileSync(other, 'utf8')).toBe(serializePlan(smallPlan('Mine, edited')));
  });
});
