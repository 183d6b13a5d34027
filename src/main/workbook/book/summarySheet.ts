import type { PlanResult } from '#shared/calc';
import type { Plan } from '#shared/model';
import { address, columnLetter, sheetRef } from './cells';
import { SCENARIO_COLUMNS, SCENARIO_ROWS, type ScenarioLayout } from './scenarioLayout';
import type { CellInput, SheetWriter } from './sheetWriter';
import type { BookStyles } from './styles';

/** Rows of the Summary sheet (1-based), so tests and readers can find a figure. */
export interface SummaryLayout {
  readonly header: number;
  readonly fiscalYear: (y: number) => number;
  readonly figures: Readonly<Record<SummaryFigure, number>>;
}

export const SUMMARY_FIGURES = ['total', 'cashTotal', 'nonCashTotal', 'npv', 'workflowsShipped', 'firstShipMonth', 'costPerWorkflow', 'value', 'net', 'roi', 'paybackMonth', 'meetsThreeX'] as const;

export type SummaryFigure = (typeof SUMMARY_FIGURES)[number];

const LABELS: Record<SummaryFigure, string> = {
  total: 'Total',
  cashTotal: 'Cash',
  nonCashTotal: 'Non-cash (equity)',
  npv: 'NPV',
  workflowsShipped: 'Workflows shipped',
  firstShipMonth: 'First ship',
  costPerWorkflow: 'Cost per workflow',
  value: 'Value',
  net: 'Net (value − cost)',
  roi: 'ROI',
  paybackMonth: 'Payback',
  meetsThreeX: 'Meets the 3x rule',
};

/** `YYYY-MM` of a date expression, built from YEAR and MONTH because TEXT's format codes change with Excel's language. */
function yearMonth(date: string): string {
  return `YEAR(${date})&"-"&RIGHT("0"&MONTH(${date}),2)`;
}

/** Lays out the Summary for a plan with `fiscalYears` fiscal years. */
export function summaryLayout(fiscalYears: number): SummaryLayout {
  const header = 4;
  const figures = {} as Record<SummaryFigure, number>;
  SUMMARY_FIGURES.forEach((f, k) => (figures[f] = header + fiscalYears + 2 + k));
  return { header, fiscalYear: (y) => header + 1 + y, figures };
}

/** Writes the Summary: the comparison table, every figure a formula over the scenario sheets. */
export function writeSummary(w: SheetWriter, plan: Plan, result: PlanResult, sheets: readonly string[], layouts: readonly ScenarioLayout[], styles: BookStyles): void {
  const H = result.months.length;
  const lastMonth = columnLetter(SCENARIO_COLUMNS.firstMonth + H - 1);
  const firstMonth = columnLetter(SCENARIO_COLUMNS.firstMonth);
  const layout = summaryLayout(result.fiscalYears.length);
  w.write(1, { cells: [{ value: `Summary${plan.name ? `: ${plan.name}` : ''}`, style: styles.title }] });
  w.write(2, { cells: [{ value: `Totals in ${plan.settings.currency} over ${H} months from ${plan.settings.startMonth}; every figure is a formula over the scenario sheets.` }] });
  w.write(layout.header, { cells: [{ value: '', style: styles.header }, ...result.scenarios.map((s) => ({ value: s.name, style: styles.header }))] });
  const first = sheets[0];
  result.fiscalYears.forEach((fy, y) => {
    const fyColumn = (layouts[0]?.firstFiscalColumn ?? 0) + y;
    const cells: (CellInput | undefined)[] = [
      first ? { formula: `${sheetRef(first)}!${address(SCENARIO_ROWS.month, fyColumn)}`, result: fy.label, style: styles.label } : { value: fy.label, style: styles.label },
    ];
    result.scenarios.forEach((s, k) => {
      const sheet = sheetRef(sheets[k] as string);
      const l = layouts[k] as ScenarioLayout;
      cells.push({ formula: `${sheet}!${address(l.totalRow, l.firstFiscalColumn + y)}`, result: s.byFiscalYear[y] ?? 0, style: styles.money });
    });
    w.write(layout.fiscalYear(y), { cells });
  });
  const column = (k: number): string => columnLetter(1 + k);
  for (const figure of SUMMARY_FIGURES) {
    const row = layout.figures[figure];
    const cells: (CellInput | undefined)[] = [{ value: figure === 'npv' ? `NPV at the discount rate` : LABELS[figure], style: styles.label }];
    result.scenarios.forEach((s, k) => {
      const sheet = sheetRef(sheets[k] as string);
      const l = layouts[k] as ScenarioLayout;
      const at = (r: number, c: number = SCENARIO_COLUMNS.total): string => `${sheet}!${address(r, c).replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2')}`;
      const months = (r: number): string => `${sheet}!$${firstMonth}$${r}:$${lastMonth}$${r}`;
      const here = (f: SummaryFigure): string => `${column(k)}${layout.figures[f]}`;
      const cell = ((): CellInput => {
        switch (figure) {
          case 'total':
            return { formula: at(l.totalRow), result: s.total, style: styles.moneyTotal };
          case 'cashTotal':
            return { formula: at(l.cashRow), result: s.cashTotal, style: styles.money };
          case 'nonCashTotal':
            return { formula: at(l.nonCashRow), result: s.nonCashTotal, style: styles.money };
          case 'npv':
            return { formula: `SUMPRODUCT(${months(SCENARIO_ROWS.discount)},${months(l.totalRow)})`, result: s.npv, style: styles.money };
          case 'workflowsShipped':
            return { formula: at(l.shippedRow), result: s.workflowsShipped, style: styles.count };
          case 'firstShipMonth':
            return {
              formula: `IF(${here('workflowsShipped')}=0,"none",${yearMonth(`INDEX(${months(SCENARIO_ROWS.month)},COUNTIF(${months(l.toDateRow)},0)+1)`)})`,
              result: s.firstShipMonth ?? 'none',
              style: styles.plain,
            };
          case 'costPerWorkflow':
            return {
              formula: `IF(${here('workflowsShipped')}=0,"no workflow shipped",${here('total')}/${here('workflowsShipped')})`,
              result: s.costPerWorkflow ?? 'no workflow shipped',
              style: styles.money,
            };
          case 'value':
            return { formula: at(l.valueRow), result: s.value, style: styles.money };
          case 'net':
            return { formula: `${here('value')}-${here('total')}`, result: s.net, style: styles.money };
          case 'roi':
            return { formula: `IF(${here('total')}=0,"",${here('value')}/${here('total')})`, result: s.roi ?? '', style: styles.ratio };
          case 'paybackMonth':
            return {
              formula: `IFERROR(${yearMonth(`INDEX(${months(SCENARIO_ROWS.month)},MATCH(1,${months(l.paidBackRow)},0))`)},"none")`,
              result: s.paybackMonth ?? 'none',
              style: styles.plain,
            };
          case 'meetsThreeX':
            return { formula: `IF(AND(ISNUMBER(${here('roi')}),${here('roi')}>=3),"yes","no")`, result: s.meetsThreeX ? 'yes' : 'no', style: styles.plain };
        }
      })();
      cells.push(cell);
    });
    w.write(row, { cells });
  }
}
