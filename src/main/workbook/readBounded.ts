import { open, type FileHandle } from 'node:fs/promises';
import { describeFileError } from '#main/storage/fileErrors';
import { err, ok, type Result } from '#shared/result';
import { formatBytes } from './format';
import type { FileRefusal } from './openSpreadsheet.types';

/** The first growth step for a file that reports no size (a pipe or device). */
const READ_CHUNK = 1024 * 1024;

/**
 * Reads a whole file, but never more than `maxBytes`: the size on disk is checked first, and the
 * read stops at the limit anyway, since a file can grow meanwhile and a device such as /dev/zero
 * reports no size at all.
 */
export async function readBounded(path: string, file: string, maxBytes: number): Promise<Result<Buffer, FileRefusal>> {
  const tooLarge = (size: string): Result<never, FileRefusal> =>
    err({ file, kind: 'too-large', reason: `is ${size}; Leadsheet opens spreadsheets up to ${formatBytes(maxBytes)}: remove unused sheets, or save the quotes alone as .csv` });
  let handle: FileHandle | undefined;
  try {
    handle = await open(path, 'r');
    const info = await handle.stat();
    if (info.isDirectory()) return err({ file, kind: 'not-a-spreadsheet', reason: 'is a folder, not a spreadsheet' });
    if (info.size > maxBytes) return tooLarge(formatBytes(info.size));
    // One allocation for a regular file; one byte more than its size shows whether it grew.
    let buffer = Buffer.allocUnsafe(Math.min(info.size, maxBytes) + 1);
    let total = 0;
    for (;;) {
      if (total === buffer.length) {
        if (total > maxBytes) return tooLarge(`larger than ${formatBytes(maxBytes)}`);
        const grown = Buffer.allocUnsafe(Math.min(Math.max(2 * buffer.length, READ_CHUNK), maxBytes + 1));
        buffer.copy(grown);
        buffer = grown;
      }
      const { bytesRead } = await handle.read(buffer, total, buffer.length - total, null);
      if (bytesRead === 0) break;
      total += bytesRead;
    }
    return ok(buffer.subarray(0, total));
  } catch (error) {
    const code = error !== null && typeof error === 'object' && 'code' in error ? error.code : '';
    return err({ file, kind: code === 'ENOENT' ? 'not-found' : 'unreadable', reason: describeFileError(error) });
  } finally {
    await handle?.close();
  }
}
