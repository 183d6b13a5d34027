import { chmodSync, mkdirSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeStaleTemporaries, writeAll, writeFileAtomic, type PositionalWriter } from '#main/storage/atomicWrite';
import { tempFolders } from '#test/helpers/tempFolders';

const folder = tempFolders();

/** A file handle that stores at most `chunk` bytes per write, as a nearly full or network disk may. */
function stingyHandle(size: number, chunk: number): PositionalWriter & { readonly stored: Uint8Array; readonly calls: number } {
  const stored = new Uint8Array(size);
  let calls = 0;
  return {
    stored,
    get calls() {
      return calls;
    },
    async write(buffer, offset, length, position) {
      calls++;
      const n = Math.min(chunk, length);
      stored.set(buffer.subarray(offset, offset + n), position);
      return { bytesWritten: n };
    },
  };
}

describe('writeFileAtomic', () => {
  it('writes a new file and leaves no temporary file behind', async () => {
    const dir = folder();
    const file = join(dir, 'plan.leadsheet');
    expect(await writeFileAtomic(file, 'hello\n')).toEqual({ ok: true, value: undefined });
    expect(readFileSync(file, 'utf8')).toBe('hello\n');
    expect(readdirSync(dir)).toEqual(['plan.leadsheet']);
  });

  it('replaces an existing file whole and keeps its permission bits', async () => {
    const dir = folder();
    const file = join(dir, 'plan.leadsheet');
    writeFileSync(file, 'old content that is longer than the new one');
    chmodSync(file, 0o600);
    expect((await writeFileAtomic(file, new TextEncoder().encode('new'))).ok).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual(['plan.leadsheet']);
  });

  it('writes a 24 MB buffer byte for byte', async () => {
    const file = join(folder(), 'big.leadsheet');
    const data = new Uint8Array(24 * 1024 * 1024).map((_, i) => (i * 31) & 0xff);
    expect((await writeFileAtomic(file, data)).ok).toBe(true);
    expect(readFileSync(file).equals(data)).toBe(true);
  });

  it('saves through a symbolic link and keeps the link', async () => {
    const dir = folder();
    mkdirSync(join(dir, 'real'));
    writeFileSync(join(dir, 'real', 'plan.leadsheet'), 'old');
    symlinkSync(join(dir, 'real', 'plan.leadsheet'), join(dir, 'link.leadsheet'));
    expect((await writeFileAtomic(join(dir, 'link.leadsheet'), 'new')).ok).toBe(true);
    expect(readlinkSync(join(dir, 'link.leadsheet'))).toBe(join(dir, 'real', 'plan.leadsheet'));
    expect(readFileSync(join(dir, 'real', 'plan.leadsheet'), 'utf8')).toBe('new');
    expect(readdirSync(join(dir, 'real'))).toEqual(['plan.leadsheet']);
  });

  it('returns a missing folder as a value naming the file and saying what to do', async () => {
    const result = await writeFileAtomic(join(folder(), 'gone', 'plan.leadsheet'), 'x');
    expect(result).toEqual({
      ok: false,
      error: {
        kind: 'file-system',
        problem: 'not-found',
        path: expect.stringMatching(/gone\/plan\.leadsheet$/),
        message: 'Could not save "plan.leadsheet": no such file. The folder may have been moved or deleted; use Save As to choose another place. The file on disk was not changed.',
      },
    });
  });

  it('removes its temporary file when the last step, the rename, fails', async () => {
    const dir = folder();
    mkdirSync(join(dir, 'plan.leadsheet'));
    const result = await writeFileAtomic(join(dir, 'plan.leadsheet'), 'x');
    expect(result).toMatchObject({ ok: false, error: { problem: 'is-folder' } });
    expect(readdirSync(dir)).toEqual(['plan.leadsheet']);
  });
});

describe('writeAll', () => {
  it('keeps writing after short writes until every byte is stored, each at its own position', async () => {
    const data = new Uint8Array(1000).map((_, i) => i % 251);
    const handle = stingyHandle(data.length, 7);
    await writeAll(handle, data);
    expect(handle.stored).toEqual(data);
    expect(handle.calls).toBe(Math.ceil(1000 / 7));
  });

  it('fails instead of spinning when the disk stops taking bytes', async () => {
    const handle: PositionalWriter = { write: async (_b, _o, length) => ({ bytesWritten: length > 500 ? 100 : 0 }) };
    await expect(writeAll(handle, new Uint8Array(1000))).rejects.toThrow('the disk stopped accepting data after 500 of 1000 bytes');
  });
});

describe('removeStaleTemporaries', () => {
  it('removes only the temporary files a save leaves, and reports their names', async () => {
    const dir = folder();
    const names = ['plan.leadsheet', '.plan.leadsheet.0123456789ab.leadsheet-tmp', 'notes.leadsheet-tmp', '.other.json.fedcba987654.leadsheet-tmp', 'readme.txt'];
    for (const name of names) writeFileSync(join(dir, name), 'x');
    expect([...(await removeStaleTemporaries(dir))].sort()).toEqual(['.other.json.fedcba987654.leadsheet-tmp', '.plan.leadsheet.0123456789ab.leadsheet-tmp']);
    expect(readdirSync(dir).sort()).toEqual(['notes.leadsheet-tmp', 'plan.leadsheet', 'readme.txt']);
  });

  it('does not remove the temporary file of a save under way in this process', async () => {
    const dir = folder();
    const file = join(dir, 'plan.leadsheet');
    const data = new Uint8Array(32 * 1024 * 1024);
    const saving = writeFileAtomic(file, data);
    // Let the save open its temporary file, then clean up while it is writing.
    for (let i = 0; i < 200 && readdirSync(dir).length === 0; i++) await new Promise((r) => setTimeout(r, 1));
    expect(readdirSync(dir)).toEqual([expect.stringMatching(/^\.plan\.leadsheet\.[0-9a-f]{12}\.leadsheet-tmp$/)]);
    expect(await removeStaleTemporaries(dir)).toEqual([]);
    expect((await saving).ok).toBe(true);
    expect(statSync(file).size).toBe(data.length);
  });

  it('finds nothing in a folder that does not exist', async () => {
    expect(await removeStaleTemporaries(join(folder(), 'missing'))).toEqual([]);
  });
});
