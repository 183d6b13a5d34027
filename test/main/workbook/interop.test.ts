import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { calcPlan, monthlyOf, nonCashOf, type PlanResult } from '#shared/calc';
import type { Plan } from '#shared/model';
import { defaultPlan } from '#shared/templates';
import { exportWorkbook } from '#main/workbook/book/exportWorkbook';
import { scenarioLayout, scenarioSheetNames, SCENARIO_COLUMNS } from '#main/workbook/book/scenarioLayout';
import { summaryLayout } from '#main/workbook/book/summarySheet';
import { recalculateWithLibreOffice } from '#test/helpers/libreoffice';
import { everyKindPlan } from '#test/helpers/plans';

const HALF_CENT = 0.005;

function num(text: string | undefined): number {
  const value = Number(text);
  if (text === undefined || text === '' || Number.isNaN(value)) throw new Error(`not a number: '${text}'`);
  return value;
}

/** `MM/DD/YYYY` as LibreOffice writes a date cell, back to `YYYY-MM`. */
function month(text: string | undefined): string {
  const match = /^(\d{2})\/\d{2}\/(\d{4})$/.exec(text ?? '');
  return match ? `${match[2]}-${match[1]}` : (text ?? '');
}

async function recalculated(plan: Plan): Promise<{ result: PlanResult; sheets: Map<string, string[][]> }> {
  const path = join(mkdtempSync(join(tmpdir(), 'leadsheet-interop-')), 'plan.xlsx');
  await exportWorkbook(plan, path);
  return { result: calcPlan(plan), sheets: recalculateWithLibreOffice(path) };
}

for (const [label, build] of [
  ['the default plan', () => defaultPlan('2027-01')],
  ['a plan with every item kind, escalation, a foreign currency, overrides, equity and an April fiscal year', everyKindPlan],
] as const) {
  describe(`LibreOffice recalculates the exported workbook of ${label}`, () => {
    const plan = build();
    let result: PlanResult;
    let sheets: Map<string, string[][]>;
    beforeAll(async () => {
      ({ result, sheets } = await recalculated(plan));
    }, 240_000);

    it('to the engine value, within half a cent, in every month of every item and scenario', () => {
      const names = scenarioSheetNames(plan.scenarios);
      let compared = 0;
      plan.scenarios.forEach((scenario, s) => {
        const rows = sheets.get(names[s] as string);
        expect(rows, `sheet ${names[s]}`).toBeDefined();
        const layout = scenarioLayout(scenario, plan.settings);
        const engine = result.scenarios[s]!;
        const check = (row: number, series: ArrayLike<number>, what: string): void => {
          for (let m = 0; m < series.length; m++) {
            const cell = rows![row - 1]![SCENARIO_COLUMNS.firstMonth + m];
            expect(Math.abs(num(cell) - (series[m] as number)), `${names[s]} ${what} ${result.months[m]}: ${cell} vs ${series[m]}`).toBeLessThan(HALF_CENT);
            compared++;
          }
        };
        scenario.items.forEach((item, i) => check(layout.itemRow[i]!, monthlyOf(engine.items[i]!, engine.monthly.length), item.name));
        check(layout.totalRow, engine.monthly, 'total');
        check(layout.cumulativeRow, engine.cumulative, 'cumulative');
        check(layout.nonCashRow, engine.items.reduce((sum, item) => sum.map((v, m) => v + (nonCashOf(item, engine.monthly.length)?.[m] ?? 0)), new Float64Array(engine.monthly.length)), 'non-cash');
      });
      expect(compared).toBeGreaterThan(plan.settings.horizonMonths * plan.scenarios.length * 3);
    });

    it('to the engine figures in the Summary, fiscal years included', () => {
      const summary = sheets.get('Summary')!;
      const layout = summaryLayout(result.fiscalYears.length);
      result.scenarios.forEach((engine, k) => {
        const at = (row: number): string | undefined => summary[row - 1]?.[1 + k];
        result.fiscalYears.forEach((fy, y) => {
          expect(summary[layout.fiscalYear(y) - 1]?.[0]).toBe(fy.label);
          expect(Math.abs(num(at(layout.fiscalYear(y))) - (engine.byFiscalYear[y] ?? 0))).toBeLessThan(HALF_CENT);
        });
        for (const figure of ['total', 'cashTotal', 'nonCashTotal', 'npv', 'value', 'net'] as const) {
          expect(Math.abs(num(at(layout.figures[figure])) - engine[figure]), `${engine.name} ${figure}`).toBeLessThan(HALF_CENT);
        }
        expect(num(at(layout.figures.workflowsShipped))).toBe(engine.workflowsShipped);
        expect(month(at(layout.figures.firstShipMonth))).toBe(engine.firstShipMonth ?? 'none');
        expect(month(at(layout.figures.paybackMonth))).toBe(engine.paybackMonth ?? 'none');
        const cpw = at(layout.figures.costPerWorkflow);
        if (engine.costPerWorkflow === null) expect(cpw).toBe('no workflow shipped');
        else expect(Math.abs(num(cpw) - engine.costPerWorkflow)).toBeLessThan(HALF_CENT);
        expect(at(layout.figures.meetsThreeX)).toBe(engine.meetsThreeX ? 'yes' : 'no');
      });
    });
  });
}
