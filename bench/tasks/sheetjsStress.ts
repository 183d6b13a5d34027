import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { calcPlan, monthlyOf } from '#shared/calc';
import { report } from '../child';
import { stressPlan } from '../plans';

// The peer: SheetJS writing the same month values (no formulas) as a sheet per scenario.
const out = join(mkdtempSync(join(tmpdir(), 'leadsheet-bench-')), 'sheetjs.xlsx');
const plan = stressPlan();
const result = calcPlan(plan);
const started = performance.now();
const book = XLSX.utils.book_new();
result.scenarios.forEach((scenario, s) => {
  const rows: (string | number)[][] = [['Item', 'Total', ...result.months]];
  for (const item of scenario.items) rows.push([item.name, item.total, ...Array.from(monthlyOf(item, result.months.length))]);
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), `S${s + 1}`);
});
XLSX.writeFile(book, out, { compression: true });
report((performance.now() - started) / 1000);
