import { randomBytes } from 'node:crypto';
import { open, readdir, realpath, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { err, ok, type Result } from '#shared/result';
import { errorCode } from './fileErrors';
import { settle } from './settle';
import { storageError, type StorageError } from './storageError';

/** Every temporary file of a save ends with this, so leftovers of a crash can be found and only they removed. */
export const TEMP_SUFFIX = '.leadsheet-tmp';

/** `.<name>.<12 hex digits>.leadsheet-tmp`, exactly what {@link temporaryPath} makes. */
const TEMPORARY_NAME = /^\..*\.[0-9a-f]{12}\.leadsheet-tmp$/s;

/** Keeps `.<name>.<random>.leadsheet-tmp` under the usual 255-byte name limit even for a very long file name. */
const MAX_NAME_PART = 80;

/**
 * Names of temporary files of saves running in this process: a cleanup must not remove a save that
 * is under way. Names, not paths, because a folder can be spelled many ways; 48 random bits keep
 * them apart.
 */
const inFlight = new Set<string>();

/** The part of a file handle {@link writeAll} needs; a test passes a fake that writes a few bytes at a time. */
export interface PositionalWriter {
  write(buffer: Uint8Array, offset: number, length: number, position: number): Promise<{ bytesWritten: number }>;
}

/**
 * Writes all of `data` from position 0. A single write may store fewer bytes than asked (a signal,
 * a nearly full disk, a network file system); stopping there would leave a truncated file that
 * looks saved, so it loops until every byte is written and refuses a write that makes no progress.
 */
export async function writeAll(handle: PositionalWriter, data: Uint8Array): Promise<void> {
  let written = 0;
  while (written < data.length) {
    const { bytesWritten } = await handle.write(data, written, data.length - written, written);
    if (!(bytesWritten > 0)) {
      throw Object.assign(new Error(`the disk stopped accepting data after ${written} of ${data.length} bytes`), { code: 'ESHORTWRITE' });
    }
    written += bytesWritten;
  }
}

function temporaryPath(target: string): string {
  const name = Array.from(basename(target)).slice(0, MAX_NAME_PART).join('');
  return join(dirname(target), `.${name}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`);
}

/** The file a save should replace: through a symbolic link, so the link survives the rename. */
async function resolveTarget(path: string): Promise<string> {
  const real = await settle(() => realpath(path));
  return real.ok ? real.value : path;
}

/** The permission bits of the file being replaced, so a save does not quietly change who may read it. */
async function existingMode(target: string): Promise<number | undefined> {
  const info = await settle(() => stat(target));
  return info.ok && info.value.isFile() ? info.value.mode & 0o7777 : undefined;
}

/** Error codes meaning "this platform or file system cannot flush a folder", not "the save failed". */
const FOLDER_SYNC_UNSUPPORTED = new Set(['EINVAL', 'ENOTSUP', 'EOPNOTSUPP', 'EISDIR', 'EPERM', 'EACCES', 'EBADF']);

/** Flushes the folder entry so the rename itself survives a power cut; Windows cannot open a folder to flush it. */
async function syncFolder(folder: string): Promise<Result<void, unknown>> {
  if (process.platform === 'win32') return ok(undefined);
  const synced = await settle(async () => {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  });
  return synced.ok || FOLDER_SYNC_UNSUPPORTED.has(errorCode(synced.error)) ? ok(undefined) : synced;
}

/** Writes, flushes and closes the temporary file; the first error wins over one from closing. */
async function fillTemporary(handle: FileHandle, bytes: Uint8Array, mode: number | undefined): Promise<Result<void, unknown>> {
  const filled = await settle(async () => {
    // open() applies the umask to the mode; chmod restores the replaced file's bits exactly.
    if (mode !== undefined) await handle.chmod(mode);
    await writeAll(handle, bytes);
    await handle.sync();
  });
  const closed = await settle(() => handle.close());
  return filled.ok ? closed : filled;
}

/**
 * Replaces `path` with `data` so that at every instant the file holds either all of the old
 * content or all of the new: a temporary file in the same folder is written in full (short
 * writes retried), flushed, closed and renamed over the target, then the folder is flushed. On
 * failure the temporary file is removed and the error comes back in words naming the file.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<Result<void, StorageError>> {
  const target = await resolveTarget(path);
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const mode = await existingMode(target);
  const temp = temporaryPath(target);
  inFlight.add(basename(temp));
  try {
    // 'wx' never opens an existing file, so a name collision cannot clobber someone else's file.
    const opened = await settle(() => open(temp, 'wx', mode ?? 0o666));
    if (!opened.ok) return err(storageError(path, opened.error));
    const filled = await fillTemporary(opened.value, bytes, mode);
    const renamed = filled.ok ? await settle(() => rename(temp, target)) : filled;
    if (!renamed.ok) {
      await settle(() => unlink(temp));
      return err(storageError(path, renamed.error));
    }
    const synced = await syncFolder(dirname(target));
    return synced.ok ? ok(undefined) : err(storageError(path, synced.error, true));
  } finally {
    inFlight.delete(basename(temp));
  }
}

/**
 * Removes temporary files a crashed save left in `folder` and returns their names. Best effort by
 * design: a leftover is hidden, never read as a plan and retried next time, so a folder that
 * cannot be listed or cleaned is no reason to fail a start or a save. Saves under way in this
 * process are spared.
 */
export async function removeStaleTemporaries(folder: string): Promise<readonly string[]> {
  const names = await settle(() => readdir(folder));
  if (!names.ok) return [];
  const removed: string[] = [];
  for (const name of names.value) {
    if (!TEMPORARY_NAME.test(name) || inFlight.has(name)) continue;
    const unlinked = await settle(() => unlink(join(folder, name)));
    if (unlinked.ok) removed.push(name);
  }
  return removed;
}
