import { extname, resolve } from 'node:path';
import { calcPlan } from '#shared/calc';
import { exportWorkbook } from '#main/workbook/book/exportWorkbook';
import { timelineCsv } from '#main/export/timelineCsv';
import { writeFileAtomic } from '#main/storage/atomicWrite';
import { describeFileError } from '#main/storage/fileErrors';
import { parseCommandArgs } from '../args';
import { EXIT, InputError, UsageError, type CliIo, type ExitCode } from '../io';
import { loadPlan } from '../loadPlan';

export const EXPORT_USAGE = 'leadsheet export FILE --out OUT.xlsx|OUT.csv';

/** `leadsheet export`: the plan as a live-formula workbook, or its timeline as CSV. */
export async function exportCommand(args: readonly string[], io: CliIo): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs(args, { out: { type: 'string' } }, { min: 1, max: 1, names: 'FILE (the plan to export)' });
  if (!values.out) throw new UsageError('missing --out OUT.xlsx or OUT.csv');
  const format = extname(values.out).toLowerCase();
  if (format !== '.xlsx' && format !== '.csv') throw new UsageError(`--out must end in .xlsx or .csv, got '${values.out}'`);
  const plan = await loadPlan(positionals[0] as string, io);
  const out = resolve(io.cwd, values.out);
  if (format === '.csv') {
    const written = await writeFileAtomic(out, timelineCsv(calcPlan(plan)));
    if (!written.ok) throw new InputError(written.error.message);
  } else {
    try {
      await exportWorkbook(plan, out);
    } catch (error) {
      throw new InputError(`${values.out}: ${describeFileError(error)}`);
    }
  }
  io.stdout(`wrote ${values.out}\n`);
  return EXIT.ok;
}
