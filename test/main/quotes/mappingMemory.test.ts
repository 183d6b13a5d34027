import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { err } from '#shared/result';
import { fileMappingMemory, inMemoryMappingMemory, MAX_REMEMBERED_MAPPINGS, QUOTE_MAPPINGS_NAME, type RememberedMapping, type WriteFile } from '#main/quotes/mappingMemory';
import { storageError } from '#main/storage/storageError';
import { tempFolders } from '#test/helpers/tempFolders';

const folder = tempFolders();

const acme: RememberedMapping = { headers: ['practice', 'service', 'monthly fee'], map: { vendor: 'A', service: 'B', amount: 'C', notes: '' }, vendor: 'Acme AI' };
const beta: RememberedMapping = { headers: ['firm', 'rate'], map: { vendor: 'A', amount: 'B' }, vendor: 'Beta Labs' };
const numbered = (n: number): RememberedMapping => ({ headers: [`column ${n}`, 'price'], map: { vendor: 'A' }, vendor: `Vendor ${n}` });

describe('the quote mapping memory in the user-data folder', () => {
  it('keeps a mapping across restarts, in a versioned file, the most recently set first', async () => {
    const userData = folder();
    expect(await fileMappingMemory(userData).update({ remember: [acme] })).toEqual({ ok: true, value: undefined });
    await fileMappingMemory(userData).update({ remember: [beta] });

    expect(await fileMappingMemory(userData).list()).toEqual([beta, acme]);
    expect(JSON.parse(readFileSync(join(userData, QUOTE_MAPPINGS_NAME), 'utf8'))).toEqual({ version: 1, mappings: [beta, acme] });
  });

  it('replaces the mapping set before for the same headers, and forgets one by its headers', async () => {
    const userData = folder();
    const memory = fileMappingMemory(userData);
    await memory.update({ remember: [acme, beta] });
    const corrected = { ...acme, map: { ...acme.map, notes: 'D' } };
    await memory.update({ remember: [corrected] });
    expect(await memory.list()).toEqual([corrected, beta]);

    await memory.update({ forget: [[...acme.headers]] });
    expect(await fileMappingMemory(userData).list()).toEqual([beta]);
  });

  it(`keeps at most ${MAX_REMEMBERED_MAPPINGS} mappings, dropping the ones set longest ago`, async () => {
    const userData = folder();
    const memory = fileMappingMemory(userData);
    for (let n = 0; n < MAX_REMEMBERED_MAPPINGS; n++) await memory.update({ remember: [numbered(n)] });
    await memory.update({ remember: [numbered(MAX_REMEMBERED_MAPPINGS)] });

    const kept = await memory.list();
    expect(kept).toHaveLength(MAX_REMEMBERED_MAPPINGS);
    expect(kept[0]).toEqual(numbered(MAX_REMEMBERED_MAPPINGS));
    expect(kept.at(-1)).toEqual(numbered(1));
    expect(kept).not.toContainEqual(numbered(0));
    expect((JSON.parse(readFileSync(join(userData, QUOTE_MAPPINGS_NAME), 'utf8')) as { mappings: unknown[] }).mappings).toHaveLength(MAX_REMEMBERED_MAPPINGS);
  });

  it('reads a missing file as no mappings, writes nothing for a forget that changes nothing, and makes the folder on the first change', async () => {
    const userData = join(folder(), 'not yet made');
    const memory = fileMappingMemory(userData);
    expect(await memory.list()).toEqual([]);
    expect(await memory.update({ forget: [[...acme.headers]] })).toEqual({ ok: true, value: undefined });
    expect(existsSync(userData)).toBe(false);
    expect(await memory.update({ remember: [acme] })).toEqual({ ok: true, value: undefined });
    expect(await fileMappingMemory(userData).list()).toEqual([acme]);
  });

  it('ignores a damaged file and replaces it on the next change, keeping the entries of a file damaged in one entry only', async () => {
    const userData = folder();
    const path = join(userData, QUOTE_MAPPINGS_NAME);
    writeFileSync(path, '{"version": 1, "mappings": [{"headers": ["pract');
    const memory = fileMappingMemory(userData);
    expect(await memory.list()).toEqual([]);
    await memory.update({ remember: [acme] });
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({ version: 1, mappings: [acme] });

    writeFileSync(path, JSON.stringify({ version: 1, mappings: [beta, { headers: 'practice', map: {}, vendor: '' }, acme] }));
    expect(await memory.list()).toEqual([beta, acme]);
    writeFileSync(path, JSON.stringify({ version: 7, mappings: [acme] }));
    expect(await memory.list()).toEqual([]);
  });

  it('leaves the file as it was when a write fails, and says which file', async () => {
    const userData = folder();
    const path = join(userData, QUOTE_MAPPINGS_NAME);
    await fileMappingMemory(userData).update({ remember: [acme] });
    const before = readFileSync(path, 'utf8');
    const full: WriteFile = (target) => Promise.resolve(err(storageError(target, Object.assign(new Error('no space'), { code: 'ENOSPC' }))));
    const memory = fileMappingMemory(userData, full);

    expect(await memory.update({ remember: [beta] })).toMatchObject({ ok: false, error: { problem: 'disk-full', path } });
    expect(readFileSync(path, 'utf8')).toBe(before);
    expect(await memory.list()).toEqual([acme]);
    expect(readdirSync(userData)).toEqual([QUOTE_MAPPINGS_NAME]);
  });

  it('answers a user-data folder that cannot be made with a value, not a throw', async () => {
    const blocker = join(folder(), 'a file');
    writeFileSync(blocker, 'x');
    expect(await fileMappingMemory(join(blocker, 'userData')).update({ remember: [acme] })).toMatchObject({ ok: false, error: { problem: 'not-found' } });
  });

  it('keeps two windows’ changes made at once', async () => {
    const userData = folder();
    await Promise.all([fileMappingMemory(userData).update({ remember: [acme] }), fileMappingMemory(userData).update({ remember: [beta] })]);
    expect(await fileMappingMemory(userData).list()).toHaveLength(2);
  });
});

describe('the memory kept for the process (harness and tests)', () => {
  it('remembers, replaces and forgets as the file does', async () => {
    const memory = inMemoryMappingMemory();
    await memory.update({ remember: [acme] });
    await memory.update({ remember: [beta, { ...acme, vendor: 'Acme AI Inc.' }] });
    expect((await memory.list()).map((m) => m.vendor)).toEqual(['Beta Labs', 'Acme AI Inc.']);
    await memory.update({ forget: [[...beta.headers]] });
    expect(await memory.list()).toEqual([{ ...acme, vendor: 'Acme AI Inc.' }]);
  });
});
