import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTask } from './child';
import type { BenchReport } from './measure';
import { STRESS_SHAPE } from './plans';

const GOALS = { ratioToSheetJs: 1.5, exportMB: 600 } as const;

/** Export and import of the stress plan, each in a fresh process, beside SheetJS writing the same values. */
export async function workbookBench(): Promise<BenchReport> {
  const path = join(mkdtempSync(join(tmpdir(), 'leadsheet-bench-')), 'stress.xlsx');
  const exported = runTask('exportStress', [path]);
  const sheetjs = runTask('sheetjsStress');
  const imported = runTask('importStress', [path]);
  const { scenarios, items, months } = STRESS_SHAPE;
  const ratio = exported.seconds / sheetjs.seconds;
  const row = (name: string, f: { seconds: number; peakMB: number }): string[] => [name, f.seconds.toFixed(1), f.peakMB.toFixed(0)];
  return {
    title: `4. Excel: the stress plan (${scenarios} × ${items} × ${months}, ${(scenarios * items * months).toLocaleString('en-US')} month cells)`,
    header: ['run', 'seconds', 'peak RSS MB'],
    rows: [
      row('engine: export, live formulas (exceljs streaming)', exported),
      row('peer: SheetJS writing the same values', sheetjs),
      row('engine: import (bounded check + streamed read + plan)', imported),
    ],
    notes: [
      `export / SheetJS: ${ratio.toFixed(2)}× the time; each run is a fresh process and its peak RSS includes building and calculating the plan`,
      'SheetJS writes values only; the export writes a shared formula per item row, helpers, totals, value rows and the Summary, each with its cached value',
    ],
    goals: [
      { target: `export ≤ ${GOALS.ratioToSheetJs}× SheetJS's time`, value: ratio, digits: 2, unit: '×', met: ratio <= GOALS.ratioToSheetJs },
      { target: `export peak memory < ${GOALS.exportMB} MB`, value: exported.peakMB, digits: 0, unit: ' MB', met: exported.peakMB < GOALS.exportMB },
    ],
  };
}
