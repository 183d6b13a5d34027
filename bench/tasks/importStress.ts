import { Readable } from 'node:stream';
import { importWorkbook } from '#main/workbook/book/importWorkbook';
import { streamImportSource } from '#main/workbook/book/importSource';
import { checkSpreadsheet } from '#main/workbook/openSpreadsheet';
import { report } from '../child';

// Reads back the exported stress workbook given as the first argument.
const path = process.argv[2] as string;
const started = performance.now();
// The same path as `leadsheet import`: bounded checks with the default limits, then a streamed read.
const checked = await checkSpreadsheet(path);
if (!checked.ok || checked.value.kind !== 'xlsx') throw new Error(`could not open ${path}: ${JSON.stringify(checked.ok ? checked.value.kind : checked.error)}`);
const plan = importWorkbook(await streamImportSource(Readable.from([checked.value.bytes])), 'stress.xlsx');
if (!plan.ok) throw new Error(plan.error.issues.slice(0, 3).map((i) => i.message).join('\n'));
report((performance.now() - started) / 1000, { scenarios: plan.value.scenarios.length });
