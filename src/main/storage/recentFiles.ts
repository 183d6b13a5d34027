import { mkdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { err, ok, type Result } from '#shared/result';
import { writeFileAtomic } from './atomicWrite';
import { inTurn } from './inTurn';
import { settle } from './settle';
import { storageError, type StorageError } from './storageError';

/** The list's file in the user-data folder. */
export const RECENT_FILES_NAME = 'recent-files.json';

/** How many files Open Recent shows. */
export const MAX_RECENT_FILES = 10;

const recentFilesSchema = z.strictObject({
  version: z.literal(1),
  files: z.array(z.string().min(1)).max(100),
});

/** Whether a path names an existing file; the default check behind pruning, replaceable in tests. */
export type FileExists = (path: string) => Promise<boolean>;

async function isFile(path: string): Promise<boolean> {
  const info = await settle(() => stat(path));
  return info.ok && info.value.isFile();
}

/** Windows and macOS file systems ignore case by default, so `Plan.leadsheet` and `plan.leadsheet` are one file there. */
function pathKey(path: string, platform: NodeJS.Platform): string {
  const absolute = resolve(path);
  return platform === 'win32' || platform === 'darwin' ? absolute.toLowerCase() : absolute;
}

/** `path` moved to the front of `list` (made absolute, no duplicates), keeping at most `max` entries. */
export function withRecent(list: readonly string[], path: string, max = MAX_RECENT_FILES, platform: NodeJS.Platform = process.platform): string[] {
  const absolute = resolve(path);
  const key = pathKey(absolute, platform);
  return [absolute, ...list.filter((p) => pathKey(p, platform) !== key)].slice(0, max);
}

/** `list` without `path`. */
export function withoutRecent(list: readonly string[], path: string, platform: NodeJS.Platform = process.platform): string[] {
  const key = pathKey(path, platform);
  return list.filter((p) => pathKey(p, platform) !== key);
}

/** The list as stored; a missing or damaged list is an empty one, since it is only a convenience and is rewritten on the next open. */
async function readStored(userData: string): Promise<string[]> {
  const text = await settle(() => readFile(join(userData, RECENT_FILES_NAME), 'utf8'));
  if (!text.ok) return [];
  let raw: unknown;
  try {
    raw = JSON.parse(text.value);
  } catch {
    return [];
  }
  const parsed = recentFilesSchema.safeParse(raw);
  return parsed.success ? parsed.data.files.slice(0, MAX_RECENT_FILES) : [];
}

/** The recent files, newest first, leaving out those no longer on disk (they stay stored, so a file on a drive not mounted now comes back). */
export async function readRecentFiles(userData: string, exists: FileExists = isFile): Promise<readonly string[]> {
  const stored = await inTurn(join(userData, RECENT_FILES_NAME), () => readStored(userData));
  const present = await Promise.all(stored.map(exists));
  return stored.filter((_, i) => present[i]);
}

async function update(userData: string, change: (list: readonly string[]) => string[]): Promise<Result<readonly string[], StorageError>> {
  const path = join(userData, RECENT_FILES_NAME);
  return inTurn(path, async () => {
    const files = change(await readStored(userData));
    const made = await settle(() => mkdir(userData, { recursive: true }));
    if (!made.ok) return err(storageError(path, made.error));
    const written = await writeFileAtomic(path, `${JSON.stringify({ version: 1, files }, null, 2)}\n`);
    return written.ok ? ok(files) : written;
  });
}

/** Puts `path` first in the stored list (after an open or a save) and returns the list as stored. */
export function addRecentFile(userData: string, path: string): Promise<Result<readonly string[], StorageError>> {
  return update(userData, (list) => withRecent(list, path));
}

/** Drops `path` from the stored list, as when opening it from Open Recent found it gone. */
export function removeRecentFile(userData: string, path: string): Promise<Result<readonly string[], StorageError>> {
  return update(userData, (list) => withoutRecent(list, path));
}

/** Replaces the stored list, as Clear Recent does with an empty one. */
export function writeRecentFiles(userData: string, files: readonly string[]): Promise<Result<readonly string[], StorageError>> {
  return update(userData, () => files.slice(0, MAX_RECENT_FILES));
}
