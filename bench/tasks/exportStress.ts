import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportWorkbook } from '#main/workbook/book/exportWorkbook';
import { report } from '../child';
import { STRESS_SHAPE, stressPlan } from '../plans';

// Exports the stress plan to the path given (or a temporary one) and reports time and peak memory.
const out = process.argv[2] ?? join(mkdtempSync(join(tmpdir(), 'leadsheet-bench-')), 'stress.xlsx');
const plan = stressPlan();
const started = performance.now();
await exportWorkbook(plan, out);
report((performance.now() - started) / 1000, { cells: STRESS_SHAPE.scenarios * STRESS_SHAPE.items * STRESS_SHAPE.months });
