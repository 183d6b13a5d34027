import { stat } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { serializePlan, type Plan } from '#shared/model';
import { err, ok, type Result } from '#shared/result';
import { removeStaleTemporaries, writeFileAtomic } from './atomicWrite';
import { identityOf, readSnapshot, sameContent, type FileIdentity } from './fileIdentity';
import { MAX_PLAN_FILE_BYTES } from './planFile';
import { settle } from './settle';
import { storageError, type StorageError } from './storageError';

/** The file on disk is not the one the document was read from or last written as; saving would lose someone's work. */
export interface ChangedOnDiskError {
  readonly kind: 'changed-on-disk';
  readonly path: string;
  /** 'deleted' also covers a file moved away or replaced by a folder. */
  readonly change: 'modified' | 'deleted';
  readonly expected: FileIdentity;
  /** The file's identity now, when it exists and is small enough to be a plan. */
  readonly actual: FileIdentity | null;
  readonly message: string;
}

/** Why a save did not happen. */
export type SavePlanError = StorageError | ChangedOnDiskError;

/** `force` saves even over a file changed on disk: the user chose to overwrite it. */
export interface SavePlanOptions {
  readonly force?: boolean;
}

function changed(path: string, expected: FileIdentity, actual: FileIdentity | null, change: ChangedOnDiskError['change']): ChangedOnDiskError {
  const name = basename(path);
  const message =
    change === 'deleted'
      ? `"${name}" was moved or deleted since you opened or last saved it, so it was not saved there. Use Save As to choose where to save it, or save anyway to create it again in the same place.`
      : `"${name}" changed on disk since you opened or last saved it, probably in another program, so it was not overwritten. Reopen it to see those changes, use Save As to keep your version separately, or overwrite it to keep only yours.`;
  return { kind: 'changed-on-disk', path, change, expected, actual, message };
}

/** Compares the file on disk with what the document was read from; only a difference in content counts. */
async function checkUnchanged(path: string, expected: FileIdentity): Promise<Result<void, SavePlanError>> {
  const now = await readSnapshot(path, MAX_PLAN_FILE_BYTES);
  if (now.ok) return sameContent(now.value.identity, expected) ? ok(undefined) : err(changed(path, expected, now.value.identity, 'modified'));
  switch (now.error.reason) {
    case 'missing':
    case 'folder':
      return err(changed(path, expected, null, 'deleted'));
    case 'too-large':
      return err(changed(path, expected, null, 'modified'));
    case 'unreadable':
      // Without reading it there is no knowing whether it changed, and overwriting blind is what this check exists to prevent.
      return err(storageError(path, now.error.error));
  }
}

/**
 * Saves a plan atomically, first checking that the file still holds what `expected` describes
 * (pass null for a file the document was never read from or written to, as after Save As
 * confirmed a replacement). Returns the new identity to pass to the next save; on failure the
 * file is unchanged and the document should stay marked unsaved.
 */
export async function savePlan(
  path: string,
  plan: Plan,
  expected: FileIdentity | null,
  options: SavePlanOptions = {},
): Promise<Result<FileIdentity, SavePlanError>> {
  if (expected !== null && !options.force) {
    const unchanged = await checkUnchanged(path, expected);
    if (!unchanged.ok) return unchanged;
  }
  await removeStaleTemporaries(dirname(path));
  const bytes = Buffer.from(serializePlan(plan), 'utf8');
  const written = await writeFileAtomic(path, bytes);
  if (!written.ok) return written;
  // The time is for display only: the hash of what was written decides the next check.
  const info = await settle(() => stat(path));
  return ok(identityOf(bytes, info.ok ? info.value.mtimeMs : 0));
}
