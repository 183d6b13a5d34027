import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { parsePlanText, type Plan, type PlanIssue } from '#shared/model';
import { err, ok, type Result } from '#shared/result';
import { describeFileError } from './fileErrors';

/** A plan file is JSON text; anything larger is not one, and reading it whole would cost the memory. */
export const MAX_PLAN_FILE_BYTES = 64 * 1024 * 1024;

/** A failure to read a plan file: the file itself, or what is wrong inside it. */
export interface PlanFileError {
  readonly file: string;
  readonly issues: readonly PlanIssue[];
}

function fileIssue(file: string, message: string): Result<never, PlanFileError> {
  return err({ file, issues: [{ path: '(file)', message }] });
}

/** Reads and validates a plan file; every failure is a value naming the file. */
export async function readPlanFile(path: string): Promise<Result<Plan, PlanFileError>> {
  const file = basename(path);
  let text: string;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return fileIssue(file, 'is a folder, not a plan file');
    if (info.size > MAX_PLAN_FILE_BYTES) {
      return fileIssue(file, `is ${(info.size / 1048576).toFixed(0)} MB; a plan file is at most ${MAX_PLAN_FILE_BYTES / 1048576} MB`);
    }
    text = await readFile(path, 'utf8');
  } catch (error) {
    return fileIssue(file, describeFileError(error));
  }
  const parsed = parsePlanText(text);
  return parsed.ok ? ok(parsed.value) : err({ file, issues: parsed.error });
}
