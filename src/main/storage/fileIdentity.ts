import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { z } from 'zod';
import { err, ok, type Result } from '#shared/result';
import { errorCode } from './fileErrors';
import { settle } from './settle';

/**
 * What a plan file was when it was opened or last saved. The SHA-256 of the content is what
 * decides: a modification time is too coarse on some file systems and can be set back, and two
 * edits of the same size are common. Size lets a changed file be told apart without reading it.
 */
export const fileIdentitySchema = z.strictObject({
  /** Bytes. */
  size: z.number().int().nonnegative(),
  /** Milliseconds since the epoch, as the file system reports it; shown to the user, not compared. */
  mtimeMs: z.number(),
  /** Lower-case hex SHA-256 of the file's bytes. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

/** See {@link fileIdentitySchema}. */
export type FileIdentity = z.output<typeof fileIdentitySchema>;

/** Lower-case hex SHA-256 of `bytes`. */
export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The identity of `bytes` read from (or written to) a file whose modification time is `mtimeMs`. */
export function identityOf(bytes: Uint8Array, mtimeMs: number): FileIdentity {
  return { size: bytes.length, mtimeMs, sha256: sha256Of(bytes) };
}

/** True when two identities describe the same content; a touched but unchanged file is the same. */
export function sameContent(a: FileIdentity, b: FileIdentity): boolean {
  return a.size === b.size && a.sha256 === b.sha256;
}

/** A file read whole through one handle, so its bytes and its modification time belong together. */
export interface FileSnapshot {
  readonly bytes: Buffer;
  readonly identity: FileIdentity;
}

/** What stops a file from being read: missing, a folder, over the size limit, or an error from the system. */
export type SnapshotFailure =
  | { readonly reason: 'missing' }
  | { readonly reason: 'folder' }
  | { readonly reason: 'too-large'; readonly size: number }
  | { readonly reason: 'unreadable'; readonly error: unknown };

/**
 * Reads a file with its identity, refusing one larger than `maxBytes` before reading it. The time
 * is taken before the bytes, so an edit landing in between makes the identity look changed later:
 * a needless warning at worst, never a missed one.
 */
export async function readSnapshot(path: string, maxBytes: number): Promise<Result<FileSnapshot, SnapshotFailure>> {
  const opened = await settle(() => open(path, 'r'));
  if (!opened.ok) return err(errorCode(opened.error) === 'ENOENT' ? { reason: 'missing' } : { reason: 'unreadable', error: opened.error });
  const handle = opened.value;
  try {
    const info = await settle(() => handle.stat());
    if (!info.ok) return err({ reason: 'unreadable', error: info.error });
    if (info.value.isDirectory()) return err({ reason: 'folder' });
    if (info.value.size > maxBytes) return err({ reason: 'too-large', size: info.value.size });
    const bytes = await settle(() => handle.readFile());
    if (!bytes.ok) return err(errorCode(bytes.error) === 'EISDIR' ? { reason: 'folder' } : { reason: 'unreadable', error: bytes.error });
    return ok({ bytes: bytes.value, identity: identityOf(bytes.value, info.value.mtimeMs) });
  } finally {
    await settle(() => handle.close());
  }
}
