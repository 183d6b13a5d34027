import { basename } from 'node:path';
import { describeFileError, fileProblem, type FileProblem } from './fileErrors';

/** A failed write: what kind of problem, which file, and a sentence for the user that says what to do. */
export interface StorageError {
  readonly kind: 'file-system';
  readonly problem: FileProblem;
  /** The full path that could not be written. */
  readonly path: string;
  readonly message: string;
}

const ADVICE: Readonly<Record<FileProblem, string>> = {
  'disk-full': 'Free some space, or use Save As to save it on another disk.',
  'read-only': 'Use Save As to save it somewhere you can write to.',
  permission: 'Use Save As to save it in a folder you are allowed to change.',
  'not-found': 'The folder may have been moved or deleted; use Save As to choose another place.',
  'is-folder': 'Use Save As to choose a file name.',
  other: 'Try again, or use Save As to save it somewhere else.',
};

/**
 * A write failure as a value. `changed` says whether the file on disk may already hold the new
 * content (a failure after the rename), so the message does not promise the old file is intact.
 */
export function storageError(path: string, error: unknown, changed = false): StorageError {
  const problem = fileProblem(error);
  const outcome = changed
    ? 'The new version may already be on disk but could not be confirmed as safely stored.'
    : 'The file on disk was not changed.';
  return {
    kind: 'file-system',
    problem,
    path,
    message: `Could not save "${basename(path)}": ${describeFileError(error)}. ${ADVICE[problem]} ${outcome}`,
  };
}
