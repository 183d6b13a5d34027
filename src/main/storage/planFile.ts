import { basename } from 'node:path';
import { parsePlanText, type Plan, type PlanIssue } from '#shared/model';
import { err, ok, type Result } from '#shared/result';
import { describeFileError } from './fileErrors';
import { readSnapshot, type FileIdentity, type SnapshotFailure } from './fileIdentity';

/** A plan file is JSON text; anything larger is not one, and reading it whole would cost the memory. */
export const MAX_PLAN_FILE_BYTES = 64 * 1024 * 1024;

/** A failure to read a plan file: the file itself, or what is wrong inside it. */
export interface PlanFileError {
  /** The file's name, without its folder, as messages show it. */
  readonly file: string;
  readonly issues: readonly PlanIssue[];
}

/** A plan read from disk with the identity its file had, for the changed-on-disk check of the next save. */
export interface OpenedPlan {
  readonly plan: Plan;
  readonly identity: FileIdentity;
}

function snapshotIssue(failure: SnapshotFailure): string {
  switch (failure.reason) {
    case 'missing':
      return 'no such file';
    case 'folder':
      return 'is a folder, not a plan file';
    case 'too-large':
      return `is ${(failure.size / 1048576).toFixed(0)} MB; a plan file is at most ${MAX_PLAN_FILE_BYTES / 1048576} MB`;
    case 'unreadable':
      return describeFileError(failure.error);
  }
}

/**
 * Opens a plan file: reads it once, migrates an older schema version, and refuses a newer or
 * malformed one. It only ever reads, so a refused file is left exactly as it was.
 */
export async function openPlan(path: string): Promise<Result<OpenedPlan, PlanFileError>> {
  const file = basename(path);
  const snapshot = await readSnapshot(path, MAX_PLAN_FILE_BYTES);
  if (!snapshot.ok) return err({ file, issues: [{ path: '(file)', message: snapshotIssue(snapshot.error) }] });
  const parsed = parsePlanText(snapshot.value.bytes.toString('utf8'));
  return parsed.ok ? ok({ plan: parsed.value, identity: snapshot.value.identity }) : err({ file, issues: parsed.error });
}

/** Reads and validates a plan file; every failure is a value naming the file. */
export async function readPlanFile(path: string): Promise<Result<Plan, PlanFileError>> {
  const opened = await openPlan(path);
  return opened.ok ? ok(opened.value.plan) : opened;
}
