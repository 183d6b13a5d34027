import { importWorkbook } from '#main/workbook/book/importWorkbook';
import { openSpreadsheet } from '#main/workbook/openSpreadsheet';
import { report } from '../child';

// Reads back the exported stress workbook given as the first argument.
const path = process.argv[2] as string;
const started = performance.now();
const opened = await openSpreadsheet(path, { maxUncompressedBytes: 2 * 1024 ** 3, maxFileBytes: 512 * 1024 ** 2 });
if (!opened.ok || opened.value.kind !== 'xlsx') throw new Error(`could not open ${path}: ${JSON.stringify(opened.ok ? opened.value.kind : opened.error)}`);
const plan = importWorkbook(opened.value.workbook, 'stress.xlsx');
if (!plan.ok) throw new Error(plan.error.issues.slice(0, 3).map((i) => i.message).join('\n'));
report((performance.now() - started) / 1000, { scenarios: plan.value.scenarios.length });
