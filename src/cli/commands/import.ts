import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { serializePlan } from '#shared/model';
import { openSpreadsheet } from '#main/workbook/openSpreadsheet';
import { importWorkbook } from '#main/workbook/book/importWorkbook';
import { describeFileError } from '#main/storage/fileErrors';
import { parseCommandArgs } from '../args';
import { EXIT, InputError, UsageError, type CliIo, type ExitCode } from '../io';

export const IMPORT_USAGE = 'leadsheet import BOOK.xlsx --out FILE [--force]';

/** `leadsheet import`: a workbook Leadsheet exported, as edited in Excel, back into a plan file. */
export async function importCommand(args: readonly string[], io: CliIo): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs(args, { out: { type: 'string' }, force: { type: 'boolean' } }, { min: 1, max: 1, names: 'BOOK.xlsx (the exported workbook)' });
  if (!values.out) throw new UsageError('missing --out FILE (the plan to write)');
  const book = positionals[0] as string;
  const opened = await openSpreadsheet(resolve(io.cwd, book));
  if (!opened.ok) throw new InputError(`${opened.error.file}: ${opened.error.reason}`);
  if (opened.value.kind !== 'xlsx') throw new InputError(`${opened.value.file}: is CSV, not a workbook Leadsheet exported. To read vendor quotes from it, use: leadsheet quotes ${book}`);
  const plan = importWorkbook(opened.value.workbook, opened.value.file);
  if (!plan.ok) throw new InputError(plan.error.issues.map((i) => i.message).join('\n'));
  const out = resolve(io.cwd, values.out);
  if (existsSync(out) && !values.force) throw new InputError(`${values.out} already exists; pass --force to replace it`);
  try {
    await writeFile(out, serializePlan(plan.value), 'utf8');
  } catch (error) {
    throw new InputError(`${values.out}: ${describeFileError(error)}`);
  }
  io.stdout(`wrote ${values.out}: ${plan.value.scenarios.length} scenarios from ${opened.value.file}\n`);
  return EXIT.ok;
}
