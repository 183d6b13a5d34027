import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { serializePlan } from '#shared/model';
import { Readable } from 'node:stream';
import { checkSpreadsheet } from '#main/workbook/openSpreadsheet';
import { streamImportSource } from '#main/workbook/book/importSource';
import { importWorkbook } from '#main/workbook/book/importWorkbook';
import { writeFileAtomic } from '#main/storage/atomicWrite';
import { parseCommandArgs } from '../args';
import { EXIT, InputError, UsageError, type CliIo, type ExitCode } from '../io';

export const IMPORT_USAGE = 'leadsheet import BOOK.xlsx --out FILE [--force]';

/** `leadsheet import`: a workbook Leadsheet exported, as edited in Excel, back into a plan file. */
export async function importCommand(args: readonly string[], io: CliIo): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs(args, { out: { type: 'string' }, force: { type: 'boolean' } }, { min: 1, max: 1, names: 'BOOK.xlsx (the exported workbook)' });
  if (!values.out) throw new UsageError('missing --out FILE (the plan to write)');
  const book = positionals[0] as string;
  const checked = await checkSpreadsheet(resolve(io.cwd, book));
  if (!checked.ok) throw new InputError(`${checked.error.file}: ${checked.error.reason}`);
  const opened = checked.value;
  if (opened.kind !== 'xlsx') throw new InputError(`${opened.file}: is CSV, not a workbook Leadsheet exported. To read vendor quotes from it, use: leadsheet quotes ${book}`);
  // Streamed: an exported workbook holds a formula per item-month, which exceljs's whole-book load would keep in memory.
  const plan = importWorkbook(await streamImportSource(Readable.from([opened.bytes])), opened.file);
  if (!plan.ok) throw new InputError(plan.error.issues.map((i) => i.message).join('\n'));
  const out = resolve(io.cwd, values.out);
  if (existsSync(out) && !values.force) throw new InputError(`${values.out} already exists; pass --force to replace it`);
  const written = await writeFileAtomic(out, serializePlan(plan.value));
  if (!written.ok) throw new InputError(written.error.message);
  io.stdout(`wrote ${values.out}: ${plan.value.scenarios.length} scenarios from ${opened.file}\n`);
  return EXIT.ok;
}
