import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addRecentFile, MAX_RECENT_FILES, readRecentFiles, RECENT_FILES_NAME, removeRecentFile, withRecent } from '#main/storage/recentFiles';
import { tempFolders } from '#test/helpers/tempFolders';

const folder = tempFolders();

/** A folder with plan files named `names`, returning their paths. */
function plans(...names: string[]): string[] {
  const dir = folder();
  return names.map((name) => {
    writeFileSync(join(dir, name), '{}');
    return join(dir, name);
  });
}

describe('the recent-files list', () => {
  it('always puts the file just opened first, holds no duplicates and at most ten files', () => {
    const path = fc.constantFrom('/a', '/b', '/c', '/d', '/e', '/f', '/g', '/h', '/i', '/j', '/k', '/l', '/a/../b');
    fc.assert(
      fc.property(fc.array(path, { maxLength: 30 }), path, (opened, last) => {
        const list = withRecent(opened.reduce<string[]>((acc, p) => withRecent(acc, p), []), last);
        expect(list[0]).toBe(join(last));
        expect(new Set(list).size).toBe(list.length);
        expect(list.length).toBeLessThanOrEqual(MAX_RECENT_FILES);
      }),
    );
  });

  it('treats paths differing only in case as one file on Windows and macOS, not on Linux', () => {
    expect(withRecent(['/x/Plan.leadsheet'], '/x/plan.leadsheet', 10, 'darwin')).toEqual(['/x/plan.leadsheet']);
    expect(withRecent(['/x/Plan.leadsheet'], '/x/plan.leadsheet', 10, 'linux')).toEqual(['/x/plan.leadsheet', '/x/Plan.leadsheet']);
  });

  it('is kept in the user-data folder, newest first, written atomically', async () => {
    const userData = folder();
    const [a, b] = plans('a.leadsheet', 'b.leadsheet');
    await addRecentFile(userData, a!);
    await addRecentFile(userData, b!);
    expect(await addRecentFile(userData, a!)).toEqual({ ok: true, value: [a, b] });
    expect(await readRecentFiles(userData)).toEqual([a, b]);
    expect(JSON.parse(readFileSync(join(userData, RECENT_FILES_NAME), 'utf8'))).toEqual({ version: 1, files: [a, b] });
    expect(readdirSync(userData)).toEqual([RECENT_FILES_NAME]);
  });

  it('leaves out files no longer on disk when read, but keeps them stored for when their drive comes back', async () => {
    const userData = folder();
    const [a, b] = plans('a.leadsheet', 'b.leadsheet');
    await addRecentFile(userData, a!);
    await addRecentFile(userData, b!);
    rmSync(a!);
    expect(await readRecentFiles(userData)).toEqual([b]);
    writeFileSync(a!, '{}');
    expect(await readRecentFiles(userData)).toEqual([b, a]);
  });

  it('drops a file on request, as when Open Recent finds it gone', async () => {
    const userData = folder();
    const [a, b] = plans('a.leadsheet', 'b.leadsheet');
    await addRecentFile(userData, a!);
    await addRecentFile(userData, b!);
    expect(await removeRecentFile(userData, a!)).toEqual({ ok: true, value: [b] });
  });

  it('reads a damaged list as empty and replaces it on the next open', async () => {
    const userData = folder();
    writeFileSync(join(userData, RECENT_FILES_NAME), '{"version": 1, "files": [');
    expect(await readRecentFiles(userData)).toEqual([]);
    const [a] = plans('a.leadsheet');
    expect(await addRecentFile(userData, a!)).toEqual({ ok: true, value: [a] });
  });

  it('loses no entry when several windows add files at once', async () => {
    const userData = folder();
    const paths = plans('1.leadsheet', '2.leadsheet', '3.leadsheet', '4.leadsheet', '5.leadsheet');
    await Promise.all(paths.map((p) => addRecentFile(userData, p)));
    expect([...(await readRecentFiles(userData))].sort()).toEqual([...paths].sort());
  });
});
