import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { Readable } from 'node:stream';
import { err } from '#shared/result';
import { exportWorkbook } from '#main/workbook/book/exportWorkbook';
import { streamImportSource } from '#main/workbook/book/importSource';
import { importWorkbook } from '#main/workbook/book/importWorkbook';
import { checkSpreadsheet } from '#main/workbook/openSpreadsheet';
import { describeFileError } from '#main/storage/fileErrors';
import type { JobContext } from './jobContext';
import type { JobRequest, JobResultOf } from './jobTypes';
import type { JobOutput } from './runJob';

/**
 * Throws a one-line reason naming the folder when it cannot take a new file, before the plan is
 * calculated and sent to exceljs (exportWorkbook's own failure would name only the temporary file).
 */
async function checkFolder(path: string): Promise<void> {
  const folder = dirname(path);
  const refuse = (reason: string, cause?: unknown): Error => new Error(`${basename(path)}: cannot be written in ${folder} (${reason})`, { cause });
  let isFolder: boolean;
  try {
    isFolder = (await stat(folder)).isDirectory();
    if (isFolder) await access(folder, constants.W_OK);
  } catch (error) {
    const code = error !== null && typeof error === 'object' && 'code' in error ? error.code : undefined;
    throw refuse(code === 'ENOENT' ? 'no such folder' : describeFileError(error), error);
  }
  if (!isFolder) throw refuse('not a folder');
}

/**
 * Writes the workbook. Progress is one step: exportWorkbook offers no hook between sheets, and it
 * cannot stop halfway, so a cancel is honoured only before it starts (the runner's grace period
 * ends a long export by ending the worker).
 */
export async function exportWorkbookJob(request: Extract<JobRequest, { kind: 'exportWorkbook' }>, context: JobContext): Promise<JobOutput<JobResultOf<'exportWorkbook'>>> {
  context.progress(0, 1, 'writing');
  await checkFolder(request.path);
  await context.checkpoint();
  await exportWorkbook(request.plan, request.path);
  context.progress(1, 1, 'writing');
  return { result: { kind: 'exportWorkbook', path: request.path }, transfer: [] };
}

/**
 * Checks the file, streams its cells (keeping only those import reads) and builds the plan; a
 * refused file or an invalid plan is an outcome, each message naming the file or the cell.
 */
export async function importWorkbookJob(request: Extract<JobRequest, { kind: 'importWorkbook' }>, context: JobContext): Promise<JobOutput<JobResultOf<'importWorkbook'>>> {
  const done = (outcome: JobResultOf<'importWorkbook'>['outcome']): JobOutput<JobResultOf<'importWorkbook'>> => ({ result: { kind: 'importWorkbook', outcome }, transfer: [] });
  context.progress(0, 3, 'checking');
  const checked = await checkSpreadsheet(request.path);
  if (!checked.ok) return done(err({ issues: [{ path: '(file)', message: `${checked.error.file}: ${checked.error.reason}` }] }));
  const opened = checked.value;
  if (opened.kind !== 'xlsx') return done(err({ issues: [{ path: '(file)', message: `${opened.file}: is CSV, not a workbook Leadsheet exported; to read vendor quotes from it, import it as quotes` }] }));
  context.progress(1, 3, 'reading');
  await context.checkpoint();
  const source = await streamImportSource(Readable.from([opened.bytes]));
  context.progress(2, 3, 'parsing');
  await context.checkpoint();
  const plan = importWorkbook(source, opened.file);
  context.progress(3, 3, 'parsing');
  return done(plan);
}
