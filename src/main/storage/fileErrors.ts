/** What went wrong with a file, in categories a message or a UI can act on. */
export type FileProblem = 'not-found' | 'is-folder' | 'permission' | 'disk-full' | 'read-only' | 'other';

/** The Node error code (`ENOENT`, `ENOSPC`, …) of a thrown file-system error, or '' when it has none. */
export function errorCode(error: unknown): string {
  return error !== null && typeof error === 'object' && 'code' in error ? String(error.code) : '';
}

/** The category of a file-system error; quota exhaustion counts as a full disk because the remedy is the same. */
export function fileProblem(error: unknown): FileProblem {
  switch (errorCode(error)) {
    case 'ENOENT':
    case 'ENOTDIR':
      return 'not-found';
    case 'EISDIR':
      return 'is-folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission';
    case 'ENOSPC':
    case 'EDQUOT':
      return 'disk-full';
    case 'EROFS':
      return 'read-only';
    default:
      return 'other';
  }
}

/** A file-system error in words, for a message that starts with the file name. */
export function describeFileError(error: unknown): string {
  switch (fileProblem(error)) {
    case 'not-found':
      return 'no such file';
    case 'is-folder':
      return 'is a folder, not a file';
    case 'permission':
      return 'permission denied';
    case 'disk-full':
      return 'the disk is full';
    case 'read-only':
      return 'the disk is read-only';
    case 'other':
      return error instanceof Error ? error.message : String(error);
  }
}
