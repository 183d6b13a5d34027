import { readFileSync, rmSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { serializePlan } from '#shared/model';
import { sha256Of } from '#main/storage/fileIdentity';
import { openPlan, readPlanFile, type OpenedPlan } from '#main/storage/planFile';
import { savePlan } from '#main/storage/savePlan';
import { smallPlan } from '#test/helpers/storagePlans';
import { storageFolder } from '#test/helpers/storageProcess';

const folders: string[] = [];
afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A folder holding plan.leadsheet with `text`, dated in the past so any write would show in its time. */
function planFile(text: string): string {
  const dir = storageFolder();
  folders.push(dir);
  const file = join(dir, 'plan.leadsheet');
  writeFileSync(file, text);
  utimesSync(file, new Date('2026-01-01T00:00:00Z'), new Date('2026-01-01T00:00:00Z'));
  return file;
}

async function opened(file: string): Promise<OpenedPlan> {
  const result = await openPlan(file);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

describe('opening a plan file', () => {
  it('returns the plan and the identity of the bytes it read', async () => {
    const text = serializePlan(smallPlan('Budget'));
    const file = planFile(text);
    const value = await opened(file);
    expect(value.plan).toEqual(smallPlan('Budget'));
    expect(value.identity).toEqual({ size: Buffer.byteLength(text), mtimeMs: statSync(file).mtimeMs, sha256: sha256Of(Buffer.from(text)) });
  });

  it('refuses a plan from a newer Leadsheet and leaves the file byte-identical with the same time', async () => {
    const text = serializePlan(smallPlan('Future')).replace('"schemaVersion": 1', '"schemaVersion": 99');
    const file = planFile(text);
    const before = statSync(file).mtimeMs;
    const result = await openPlan(file);
    expect(result).toEqual({ ok: false, error: { file: 'plan.leadsheet', issues: [{ path: 'schemaVersion', message: expect.stringContaining('saved by a newer Leadsheet (schema version 99)') }] } });
    expect(readFileSync(file, 'utf8')).toBe(text);
    expect(statSync(file).mtimeMs).toBe(before);
  });

  it('refuses a malformed file and leaves it byte-identical with the same time', async () => {
    const text = '{"schemaVersion": 1, "settings": ';
    const file = planFile(text);
    const before = statSync(file).mtimeMs;
    expect(await openPlan(file)).toEqual({ ok: false, error: { file: 'plan.leadsheet', issues: [{ path: '(file)', message: 'Not a plan: the file is not valid JSON (it ends too early)' }] } });
    expect(readFileSync(file, 'utf8')).toBe(text);
    expect(statSync(file).mtimeMs).toBe(before);
  });

  it('reports a missing file and a folder by name, as the command line reads them', async () => {
    const file = planFile('');
    expect(await readPlanFile(join(file, '..', 'nowhere.leadsheet'))).toEqual({ ok: false, error: { file: 'nowhere.leadsheet', issues: [{ path: '(file)', message: 'no such file' }] } });
    expect(await readPlanFile(join(file, '..'))).toMatchObject({ ok: false, error: { issues: [{ message: 'is a folder, not a plan file' }] } });
  });
});

describe('saving over a file another program changed', () => {
  it('is refused with a message naming the file, and the other program\'s content stays', async () => {
    const file = planFile(serializePlan(smallPlan('Mine')));
    const value = await opened(file);
    const theirs = serializePlan(smallPlan('Theirs, saved in another program'));
    writeFileSync(file, theirs);

    const result = await savePlan(file, smallPlan('Mine, edited'), value.identity);
    expect(result).toMatchObject({ ok: false, error: { kind: 'changed-on-disk', change: 'modified', expected: value.identity, actual: { sha256: sha256Of(Buffer.from(theirs)) } } });
    expect(!result.ok && result.error.message).toMatch(/^"plan\.leadsheet" changed on disk since you opened or last saved it.*Reopen it.*Save As.*overwrite it/);
    expect(readFileSync(file, 'utf8')).toBe(theirs);
  });

  it('saves when the user chooses to overwrite, and returns the new identity', async () => {
    const file = planFile(serializePlan(smallPlan('Mine')));
    const value = await opened(file);
    writeFileSync(file, serializePlan(smallPlan('Theirs')));
    const result = await savePlan(file, smallPlan('Mine, edited'), value.identity, { force: true });
    const text = serializePlan(smallPlan('Mine, edited'));
    expect(result).toEqual({ ok: true, value: { size: Buffer.byteLength(text), mtimeMs: statSync(file).mtimeMs, sha256: sha256Of(Buffer.from(text)) } });
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('is refused even when the edit kept the size and the modification time (mtime alone is not enough)', async () => {
    const text = serializePlan(smallPlan('Mine'));
    const file = planFile(text);
    const value = await opened(file);
    const sameSize = text.replace('"Mine"', '"Your"');
    writeFileSync(file, sameSize);
    utimesSync(file, new Date(value.identity.mtimeMs), new Date(value.identity.mtimeMs));
    expect(statSync(file)).toMatchObject({ size: value.identity.size, mtimeMs: value.identity.mtimeMs });
    expect(await savePlan(file, smallPlan('Mine, edited'), value.identity)).toMatchObject({ ok: false, error: { kind: 'changed-on-disk' } });
    expect(readFileSync(file, 'utf8')).toBe(sameSize);
  });

  it('is not refused when the file was only touched, its content unchanged', async () => {
    const file = planFile(serializePlan(smallPlan('Mine')));
    const value = await opened(file);
    utimesSync(file, new Date(), new Date());
    expect((await savePlan(file, smallPlan('Mine, edited'), value.identity)).ok).toBe(true);
  });

  it('is refused when the file was deleted or moved, and recreates it when forced', async () => {
    const file = planFile(serializePlan(smallPlan('Mine')));
    const value = await opened(file);
    unlinkSync(file);
    const refused = await savePlan(file, smallPlan('Mine, edited'), value.identity);
    expect(refused).toMatchObject({ ok: false, error: { kind: 'changed-on-disk', change: 'deleted', actual: null, message: expect.stringContaining('"plan.leadsheet" was moved or deleted') } });
    expect((await savePlan(file, smallPlan('Mine, edited'), value.identity, { force: true })).ok).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(serializePlan(smallPlan('Mine, edited')));
  });

  it('chains: each save returns the identity the next one checks against', async () => {
    const file = planFile(serializePlan(smallPlan('v0')));
    let identity = (await opened(file)).identity;
    for (const name of ['v1', 'v2', 'v3']) {
      const saved = await savePlan(file, smallPlan(name), identity);
      if (!saved.ok) throw new Error(saved.error.message);
      identity = saved.value;
    }
    expect(await opened(file)).toEqual({ plan: smallPlan('v3'), identity });
  });
});
