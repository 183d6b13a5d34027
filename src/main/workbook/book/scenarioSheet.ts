import { monthOrdinal, type Plan, type Scenario } from '#shared/model';
import { monthlyOf, nonCashOf, type FiscalYear, type ScenarioResult } from '#shared/calc';
import { ASSUMPTIONS, type AssumptionsLayout } from './assumptionsLayout';
import { absolute, address, columnLetter, sheetRef } from './cells';
import { equityFormula, monthFormula, shipFormula } from './itemFormulas';
import { itemRefs } from './assumptionsSheet';
import { SCENARIO_COLUMNS, SCENARIO_ROWS, type ScenarioLayout } from './scenarioLayout';
import type { CellInput, SheetWriter } from './sheetWriter';
import type { BookStyles } from './styles';

const FIRST = SCENARIO_COLUMNS.firstMonth;

/** A month as an Excel date (first of the month, UTC), for cached values of month cells. */
export function monthDate(key: string): Date {
  const ordinal = monthOrdinal(key);
  return new Date(Date.UTC(Math.floor(ordinal / 12), ordinal % 12, 1));
}

/** `E$3`: the month-index cell of a column, absolute in its row so a shared formula moves only by column. */
function indexCell(column: number): string {
  return `${columnLetter(column)}$${SCENARIO_ROWS.index}`;
}

/** `SUM($E7:G7)`: the running total of a row up to a column, the same relative formula in every month. */
function runningSum(row: number, column: number): string {
  return `SUM($${columnLetter(FIRST)}${row}:${address(row, column)})`;
}

function monthRange(row: number, horizon: number, absoluteRow = false): string {
  const r = absoluteRow ? `$${row}` : `${row}`;
  return `${columnLetter(FIRST)}${r}:${columnLetter(FIRST + horizon - 1)}${r}`;
}

/** Everything a scenario sheet needs besides its own scenario and results. */
export interface ScenarioSheetContext {
  readonly plan: Plan;
  readonly months: readonly string[];
  readonly fiscalYears: readonly FiscalYear[];
  readonly assumptions: AssumptionsLayout;
  /** 1-based row of this scenario in the Assumptions scenarios block. */
  readonly scenarioRow: number;
  /** hoursSavedPerWorkflowPerMonth × loadedHourlyCost for the scenario, base case. */
  readonly valuePerWorkflowMonth: number;
  readonly styles: BookStyles;
}

function counts(horizon: number, months: readonly number[]): Float64Array {
  const out = new Float64Array(horizon);
  for (const m of months) out[m] = (out[m] as number) + 1;
  return out;
}

function running(values: ArrayLike<number>): Float64Array {
  const out = new Float64Array(values.length);
  let total = 0;
  for (let m = 0; m < values.length; m++) out[m] = total += values[m] as number;
  return out;
}

/**
 * Writes one scenario sheet: header rows (month, index, fiscal year, discount factor), an item row
 * per line item whose months are live formulas over Assumptions (overrides as marked plain values),
 * totals, cumulative, equity, workflows shipped and value, and a fiscal-year column block.
 */
export function writeScenarioSheet(w: SheetWriter, s: number, scenario: Scenario, result: ScenarioResult, layout: ScenarioLayout, ctx: ScenarioSheetContext): void {
  const { plan, months, styles } = ctx;
  const H = months.length;
  const fyColumns = ctx.fiscalYears.map((_, y) => layout.firstFiscalColumn + y);
  const fyHeaderRow = SCENARIO_ROWS.month;
  const sumsByFiscalYear = (row: number, totals: readonly number[], style: BookStyles['money']): [number, CellInput][] =>
    fyColumns.map((column, y) => [
      column,
      { formula: `SUMIF(${monthRange(SCENARIO_ROWS.fiscalYear, H, true)},${columnLetter(column)}$${fyHeaderRow},${monthRange(row, H)})`, result: totals[y] ?? 0, style },
    ]);
  const fyTotals = (series: ArrayLike<number>): number[] => {
    const totals = ctx.fiscalYears.map(() => 0);
    let m = 0;
    ctx.fiscalYears.forEach((fy, y) => {
      for (let k = 0; k < fy.months; k++, m++) totals[y] = (totals[y] as number) + (series[m] as number);
    });
    return totals;
  };
  const rowTotal = (row: number, total: number, style = styles.money): [number, CellInput] => [SCENARIO_COLUMNS.total, { formula: `SUM(${monthRange(row, H)})`, result: total, style }];

  w.write(SCENARIO_ROWS.title, { cells: [{ value: scenario.name, style: styles.title }] });
  const monthCells = new Map<number, CellInput>([[0, { value: 'Month', style: styles.label }], [SCENARIO_COLUMNS.total, { value: 'Total', style: styles.header }]]);
  months.forEach((key, m) => monthCells.set(FIRST + m, { formula: `EDATE(StartMonth,${indexCell(FIRST + m)})`, result: monthDate(key), style: styles.month }));
  fyColumns.forEach((column, y) =>
    monthCells.set(column, {
      formula: y === 0 ? `${columnLetter(FIRST)}${SCENARIO_ROWS.fiscalYear}` : `"FY"&(VALUE(RIGHT(${columnLetter(column - 1)}${fyHeaderRow},4))+1)`,
      result: ctx.fiscalYears[y]?.label ?? '',
      style: styles.header,
    }),
  );
  w.write(SCENARIO_ROWS.month, { cells: monthCells });
  const indexCells = new Map<number, CellInput>([[0, { value: 'Month index', style: styles.index }]]);
  months.forEach((_, m) => indexCells.set(FIRST + m, { value: m, style: styles.index }));
  w.write(SCENARIO_ROWS.index, { cells: indexCells });
  const fyOf = (key: string): string => ctx.fiscalYears.find((fy) => fy.first <= key && key <= fy.last)?.label ?? '';
  const fiscalCells = new Map<number, CellInput>([[0, { value: 'Fiscal year', style: styles.index }]]);
  months.forEach((key, m) => {
    const date = `${columnLetter(FIRST + m)}$${SCENARIO_ROWS.month}`;
    fiscalCells.set(FIRST + m, { formula: `"FY"&(YEAR(${date})+IF(AND(FiscalYearStartMonth>1,MONTH(${date})>=FiscalYearStartMonth),1,0))`, result: fyOf(key), style: styles.index });
  });
  w.write(SCENARIO_ROWS.fiscalYear, { cells: fiscalCells });
  const rate = typeof plan.settings.discountRatePct === 'number' ? plan.settings.discountRatePct : plan.settings.discountRatePct.base;
  w.write(SCENARIO_ROWS.discount, {
    cells: new Map([[0, { value: 'Discount factor', style: styles.index }]]),
    shared: { from: FIRST, formula: (c) => `1/(1+DiscountRatePct/100)^((${indexCell(c)}+1)/12)`, results: months.map((_, m) => 1 / (1 + rate / 100) ** ((m + 1) / 12)), style: styles.factor },
  });

  scenario.items.forEach((item, i) => {
    const row = layout.itemRow[i] as number;
    const refs = itemRefs(ctx.assumptions, s, i, item);
    const itemResult = result.items[i];
    if (!itemResult) return;
    const monthly = monthlyOf(itemResult, H);
    const overridden = new Set(itemResult.overridden);
    const cells = new Map<number, CellInput>([
      [SCENARIO_COLUMNS.name, { value: item.name }],
      [SCENARIO_COLUMNS.id, { value: item.id, style: styles.index }],
      [SCENARIO_COLUMNS.kind, { value: item.kind, style: styles.index }],
      rowTotal(row, itemResult.total),
      ...sumsByFiscalYear(row, fyTotals(monthly), styles.money),
    ]);
    for (const m of overridden) {
      cells.set(FIRST + m, { value: monthly[m] as number, style: styles.override, note: 'Override typed over the computed value; clear it in Leadsheet to return to the formula.' });
    }
    const equityRow = layout.equityRow.get(i);
    w.write(row, {
      cells,
      shared: {
        from: FIRST,
        formula: (c) => monthFormula(item, refs, ASSUMPTIONS, c, SCENARIO_ROWS.index, equityRow === undefined ? undefined : address(equityRow, c)),
        results: monthly,
        style: styles.money,
        skip: overridden,
      },
    });
  });

  const itemsRange = (c: number): string => `${columnLetter(c)}${SCENARIO_ROWS.firstItem}:${columnLetter(c)}${Math.max(SCENARIO_ROWS.firstItem, layout.totalRow - 1)}`;
  const empty = scenario.items.length === 0;
  w.write(layout.totalRow, {
    cells: new Map([[0, { value: 'Total', style: styles.label }], rowTotal(layout.totalRow, result.total, styles.moneyTotal), ...sumsByFiscalYear(layout.totalRow, result.byFiscalYear, styles.moneyTotal)]),
    shared: { from: FIRST, formula: (c) => (empty ? '0' : `SUM(${itemsRange(c)})`), results: result.monthly, style: styles.moneyTotal },
  });
  w.write(layout.cumulativeRow, {
    cells: new Map([[0, { value: 'Cumulative', style: styles.label }]]),
    shared: {
      from: FIRST,
      formula: (c) => runningSum(layout.totalRow, c),
      results: result.cumulative,
      style: styles.money,
    },
  });
  writeEquity(w, scenario, result, layout, ctx, H);
  writeDelivery(w, s, scenario, result, layout, ctx, H);
}

function writeEquity(w: SheetWriter, scenario: Scenario, result: ScenarioResult, layout: ScenarioLayout, ctx: ScenarioSheetContext, H: number): void {
  const { styles } = ctx;
  let nonCash = new Float64Array(H);
  const equityRows: number[] = [];
  scenario.items.forEach((item, i) => {
    const row = layout.equityRow.get(i);
    const itemResult = result.items[i];
    if (row === undefined || !itemResult) return;
    equityRows.push(row);
    const values = nonCashOf(itemResult, H) ?? new Float64Array(H);
    nonCash = nonCash.map((v, m) => v + (values[m] as number));
    const overridden = new Set(itemResult.overridden);
    const refs = { row: ctx.assumptions.itemRow(ctx.plan.scenarios.indexOf(scenario), i) };
    const cells = new Map<number, CellInput>([
      [0, { value: `Equity (non-cash): ${item.name}` }],
      [SCENARIO_COLUMNS.total, { formula: `SUM(${monthRange(row, H)})`, result: itemResult.nonCashTotal, style: styles.money }],
    ]);
    for (const m of overridden) cells.set(FIRST + m, { value: 0, style: styles.override, note: 'The month is overridden on the item row: its equity is included there.' });
    w.write(row, { cells, shared: { from: FIRST, formula: (c) => equityFormula(refs, ASSUMPTIONS, c, SCENARIO_ROWS.index), results: values, style: styles.money, skip: overridden } });
  });
  w.write(layout.nonCashRow, {
    cells: new Map([[0, { value: 'Non-cash (equity)', style: styles.label }], [SCENARIO_COLUMNS.total, { formula: `SUM(${monthRange(layout.nonCashRow, H)})`, result: result.nonCashTotal, style: styles.money }]]),
    shared: { from: FIRST, formula: (c) => (equityRows.length ? equityRows.map((r) => address(r, c)).join('+') : '0'), results: nonCash, style: styles.money },
  });
  w.write(layout.cashRow, {
    cells: new Map([[0, { value: 'Cash', style: styles.label }], [SCENARIO_COLUMNS.total, { formula: `SUM(${monthRange(layout.cashRow, H)})`, result: result.cashTotal, style: styles.money }]]),
    shared: { from: FIRST, formula: (c) => `${address(layout.totalRow, c)}-${address(layout.nonCashRow, c)}`, results: result.monthly.map((v, m) => v - (nonCash[m] as number)), style: styles.money },
  });
}

function writeDelivery(w: SheetWriter, s: number, scenario: Scenario, result: ScenarioResult, layout: ScenarioLayout, ctx: ScenarioSheetContext, H: number): void {
  const { styles } = ctx;
  const shipRows: number[] = [];
  scenario.items.forEach((item, i) => {
    const row = layout.shipRow.get(i);
    const itemResult = result.items[i];
    if (row === undefined || !itemResult) return;
    const refs = itemRefs(ctx.assumptions, s, i, item);
    const formula = (c: number): string => shipFormula(item, refs, ASSUMPTIONS, c, SCENARIO_ROWS.index) ?? '0';
    shipRows.push(row);
    w.write(row, {
      cells: new Map([[0, { value: `Workflows shipped: ${item.name}` }], [SCENARIO_COLUMNS.total, { formula: `SUM(${monthRange(row, H)})`, result: itemResult.shipMonths.length, style: styles.count }]]),
      shared: { from: FIRST, formula, results: counts(H, itemResult.shipMonths), style: styles.count },
    });
  });
  const shipped = result.shippedByMonth;
  const toDate = running(shipped);
  const live = toDate.map((_, m) => (m === 0 ? 0 : (toDate[m - 1] as number)));
  const valuePerWorkflowMonth = `${ASSUMPTIONS}!${absolute(ctx.scenarioRow, 11)}`;
  const value = live.map((n) => n * ctx.valuePerWorkflowMonth);
  const cumulativeValue = running(value);
  const label = (text: string): Map<number, CellInput> => new Map([[0, { value: text, style: styles.label }]]);
  const total = (row: number, v: number, style = styles.count): [number, CellInput] => [SCENARIO_COLUMNS.total, { formula: `SUM(${monthRange(row, H)})`, result: v, style }];
  w.write(layout.shippedRow, {
    cells: new Map([...label('Workflows shipped'), total(layout.shippedRow, result.workflowsShipped)]),
    shared: { from: FIRST, formula: (c) => (shipRows.length ? shipRows.map((r) => address(r, c)).join('+') : '0'), results: shipped, style: styles.count },
  });
  w.write(layout.toDateRow, { cells: label('Workflows shipped to date'), shared: { from: FIRST, formula: (c) => runningSum(layout.shippedRow, c), results: toDate, style: styles.count } });
  w.write(layout.liveRow, {
    cells: label('Workflows earning (shipped before the month)'),
    shared: { from: FIRST, formula: (c) => `${address(layout.toDateRow, c)}-${address(layout.shippedRow, c)}`, results: live, style: styles.count },
  });
  w.write(layout.valueRow, {
    cells: new Map([...label('Value'), total(layout.valueRow, result.value, styles.money)]),
    shared: { from: FIRST, formula: (c) => `${address(layout.liveRow, c)}*${valuePerWorkflowMonth}`, results: value, style: styles.money },
  });
  w.write(layout.cumulativeValueRow, { cells: label('Cumulative value'), shared: { from: FIRST, formula: (c) => runningSum(layout.valueRow, c), results: cumulativeValue, style: styles.money } });
  w.write(layout.paidBackRow, {
    cells: label('Paid back (cumulative value ≥ cumulative cost)'),
    shared: {
      from: FIRST,
      formula: (c) => `IF(AND(${address(layout.cumulativeValueRow, c)}>0,${address(layout.cumulativeValueRow, c)}>=${address(layout.cumulativeRow, c)}),1,0)`,
      results: cumulativeValue.map((v, m) => (v > 0 && v >= (result.cumulative[m] as number) ? 1 : 0)),
      style: styles.count,
    },
  });
}

/** 0-based columns of one scenario sheet's month block and fiscal-year block, for references from the Summary. */
export function scenarioRanges(sheet: string, layout: ScenarioLayout, horizon: number): { months: (row: number) => string; cell: (row: number, column: number) => string } {
  return {
    months: (row) => `${sheetRef(sheet)}!${monthRange(row, horizon, true).replace(/([A-Z]+)\$/g, '$$$1$$')}`,
    cell: (row, column) => `${sheetRef(sheet)}!${absolute(row, column)}`,
  };
}
