import { mkdir, readdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { parsePlan, type Plan } from '#shared/model';
import { err, ok, type Result } from '#shared/result';
import { removeStaleTemporaries, writeFileAtomic } from './atomicWrite';
import { describeFileError, errorCode, fileProblem } from './fileErrors';
import { fileIdentitySchema, readSnapshot, type FileIdentity } from './fileIdentity';
import { inTurn } from './inTurn';
import { MAX_PLAN_FILE_BYTES } from './planFile';
import { settle } from './settle';
import { storageError, type StorageError } from './storageError';

/** Autosaves live in this folder inside the user-data folder, one file per open document. */
export const AUTOSAVE_FOLDER = 'autosave';

const EXTENSION = '.autosave.json';

/** A document id becomes a file name, so it is kept to characters that are safe in one on every system. */
const DOCUMENT_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** Unsaved work of one document, as written to and recovered from the user-data folder. */
export interface AutosaveEntry {
  /** Stable for the life of a window's document; letters, digits, '-' and '_' only. */
  readonly documentId: string;
  readonly plan: Plan;
  /** The file the document belongs to; null for a plan never saved. */
  readonly filePath: string | null;
  /** That file's identity when the edits began, so saving a recovered plan back still detects a change on disk. */
  readonly fileIdentity: FileIdentity | null;
  /** When the autosave was written, as an ISO 8601 date-time. */
  readonly savedAt: string;
}

/** An autosave that could not be read back, with the reason; offered to nobody, reported to the log. */
export interface UnreadableAutosave {
  readonly file: string;
  readonly message: string;
}

/** What a start finds: plans to offer back, newest first, and autosaves too damaged to offer. */
export interface Recovery {
  readonly recoverable: readonly AutosaveEntry[];
  readonly unreadable: readonly UnreadableAutosave[];
}

/** The file layout; `plan` is checked by parsePlan afterwards so an older schema migrates like an opened file. */
const autosaveFileSchema = z.strictObject({
  format: z.literal('leadsheet-autosave'),
  version: z.literal(1),
  documentId: z.string().regex(DOCUMENT_ID),
  filePath: z.string().min(1).nullable(),
  fileIdentity: fileIdentitySchema.nullable(),
  savedAt: z.iso.datetime({ offset: true }),
  plan: z.unknown(),
});

function folderOf(userData: string): string {
  return join(userData, AUTOSAVE_FOLDER);
}

function fileOf(userData: string, documentId: string): string {
  if (!DOCUMENT_ID.test(documentId)) throw new RangeError(`Autosave document id must match ${DOCUMENT_ID}, got ${JSON.stringify(documentId)}`);
  return join(folderOf(userData), `${documentId}${EXTENSION}`);
}

/**
 * Makes the autosave folder. Node's recursive mkdir reports a folder it cannot make on a read-only
 * disk as ENOENT (no such file); a plain mkdir then says what really stopped it, so the user is
 * told the disk is read-only rather than that a folder is missing.
 */
async function makeFolder(folder: string): Promise<Result<unknown, unknown>> {
  const made = await settle(() => mkdir(folder, { recursive: true }));
  if (made.ok || errorCode(made.error) !== 'ENOENT') return made;
  const plain = await settle(() => mkdir(folder));
  return plain.ok ? plain : err(errorCode(plain.error) === 'ENOENT' ? made.error : plain.error);
}

/** Writes a document's unsaved work atomically, replacing its previous autosave; writes to one document go in turn. */
export async function writeAutosave(userData: string, entry: AutosaveEntry): Promise<Result<void, StorageError>> {
  const path = fileOf(userData, entry.documentId);
  return inTurn(path, async () => {
    const made = await makeFolder(folderOf(userData));
    if (!made.ok) return err(storageError(path, made.error));
    const { documentId, filePath, fileIdentity, savedAt, plan } = entry;
    return writeFileAtomic(path, JSON.stringify({ format: 'leadsheet-autosave', version: 1, documentId, filePath, fileIdentity, savedAt, plan }));
  });
}

/** Deletes a document's autosave: after a save, a clean close, or when the user declines to recover it. */
export async function clearAutosave(userData: string, documentId: string): Promise<Result<void, StorageError>> {
  const path = fileOf(userData, documentId);
  return inTurn(path, async () => {
    const removed = await settle(() => unlink(path));
    if (removed.ok || errorCode(removed.error) === 'ENOENT') return ok(undefined);
    return err({
      kind: 'file-system',
      problem: fileProblem(removed.error),
      path,
      message: `Could not remove the autosaved copy "${documentId}": ${describeFileError(removed.error)}. It will be offered again at the next start.`,
    });
  });
}

async function readAutosave(path: string, file: string): Promise<Result<AutosaveEntry, UnreadableAutosave>> {
  const unreadable = (message: string): Result<never, UnreadableAutosave> => err({ file, message: `${file}: ${message}` });
  // The envelope around a plan is small; the plan itself is bounded like a plan file.
  const snapshot = await readSnapshot(path, MAX_PLAN_FILE_BYTES + 65536);
  if (!snapshot.ok) return unreadable(snapshot.error.reason === 'unreadable' ? describeFileError(snapshot.error.error) : `cannot be read (${snapshot.error.reason})`);
  let raw: unknown;
  try {
    raw = JSON.parse(snapshot.value.bytes.toString('utf8'));
  } catch {
    return unreadable('is not valid JSON; it was probably cut short');
  }
  const envelope = autosaveFileSchema.safeParse(raw);
  if (!envelope.success) return unreadable(`is not a Leadsheet autosave (${envelope.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`).join('; ')})`);
  const { documentId, filePath, fileIdentity, savedAt } = envelope.data;
  if (`${documentId}${EXTENSION}` !== file) return unreadable(`belongs to document ${documentId}, not to its file name`);
  const plan = parsePlan(envelope.data.plan);
  if (!plan.ok) return unreadable(`holds a plan that cannot be read: ${plan.error.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  return ok({ documentId, plan: plan.value, filePath, fileIdentity, savedAt });
}

/**
 * The autosaves a previous run left behind: call it once at start, before any window autosaves,
 * since a clean exit clears its own. It also removes temporary files a crash left in the folder.
 * Damaged autosaves are reported, never thrown, and left in place for a person to look at.
 */
export async function listRecoverable(userData: string): Promise<Recovery> {
  const folder = folderOf(userData);
  const names = await settle(() => readdir(folder));
  if (!names.ok) {
    return errorCode(names.error) === 'ENOENT'
      ? { recoverable: [], unreadable: [] }
      : { recoverable: [], unreadable: [{ file: folder, message: `${folder}: ${describeFileError(names.error)}` }] };
  }
  await removeStaleTemporaries(folder);
  const recoverable: AutosaveEntry[] = [];
  const unreadable: UnreadableAutosave[] = [];
  for (const name of names.value.filter((n) => n.endsWith(EXTENSION)).sort()) {
    const entry = await readAutosave(join(folder, name), name);
    if (entry.ok) recoverable.push(entry.value);
    else unreadable.push(entry.error);
  }
  recoverable.sort((a, b) => Date.parse(b.savedAt) - Date.parse(a.savedAt));
  return { recoverable, unreadable };
}
