import { HyperFormula } from 'hyperformula';
import type { Item, NumberOrRange, Plan } from '#shared/model';
import { retainerRow } from './plans';

function base(v: NumberOrRange | undefined, fallback = 0): number {
  if (v === undefined) return fallback;
  return typeof v === 'number' ? v : v.base;
}

/** One flat amount per active month for any kind: the retainer and T&M formulas, rough stand-ins for the rest. */
function flatAmount(item: Item): number {
  switch (item.kind) {
    case 'retainer':
      return base(item.monthlyFee) * (1 - base(item.discountPct) / 100);
    case 'timeAndMaterials':
      return base(item.rate) * base(item.quantity) * (item.per === 'week' ? 52 / 12 : 1);
    case 'project':
      return (base(item.feePerWorkflow) * base(item.workflowsPerYear)) / 12;
    case 'salary':
      return (base(item.baseSalary) / 12) * (1 + (base(item.loadPct) + base(item.bonusPct)) / 100);
    case 'oneTime':
      return base(item.amount);
    case 'custom':
      return base(item.values[0]);
  }
}

/**
 * The naive peer of a full recalculation: base case only, for each item and month one flat
 * formula with `Math.pow` escalation into a new Array per item, then scenario totals. It does
 * none of the engine's low/high cases, kinds, overrides, delivery or figures: a floor, not a rival.
 */
export function naiveRecalc(plan: Plan): number[] {
  const H = plan.settings.horizonMonths;
  return plan.scenarios.map((scenario) => {
    const monthly: number[] = new Array<number>(H).fill(0);
    for (const item of scenario.items) {
      const start = typeof item.start === 'number' ? item.start : 0;
      const end = item.durationMonths === undefined ? H : start + base(item.durationMonths);
      const amount = flatAmount(item);
      const rate = 1 + base(item.escalationPct) / 100;
      const series: number[] = new Array<number>(H);
      for (let m = 0; m < H; m++) {
        series[m] = m >= start && m < end ? amount * Math.pow(rate, Math.floor((m - start) / 12)) : 0;
      }
      for (let m = 0; m < H; m++) monthly[m] = (monthly[m] as number) + (series[m] as number);
    }
    let total = 0;
    for (let m = 0; m < H; m++) total += monthly[m] as number;
    return total;
  });
}

/** `0` → `A`, `25` → `Z`, `26` → `AA`. */
function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** The edit plan held as live formulas by HyperFormula, with the two operations the benchmark makes. */
export interface SpreadsheetModel {
  /** Sets one retainer's monthly fee (the Params cell) and returns every scenario total, recalculated. */
  setFee(scenario: number, item: number, fee: number): number[];
  totals(): number[];
  /** Formula cells holding a month's cost. */
  readonly formulaCells: number;
  destroy(): void;
}

const PARAMS = 'Params';

/**
 * Builds the edit plan as a workbook: a Params sheet with one row per retainer (fee, start,
 * duration, escalation %), a sheet per scenario with a row of month indices, one row per item
 * whose month cells read `=IF(AND(m>=start, m<start+duration), fee*(1+esc/100)^INT((m-start)/12), 0)`
 * from Params, then the rows the engine also computes (and the exported workbook holds): a SUM
 * per month, a running cumulative, and the scenario total as the SUM of the month totals.
 */
export function buildSpreadsheet(plan: Plan): SpreadsheetModel {
  const H = plan.settings.horizonMonths;
  const params: (string | number)[][] = [['item', 'fee', 'start', 'duration', 'escalationPct']];
  const sheets: Record<string, (string | number)[][]> = {};
  const sheetNames: string[] = [];
  const firstParamRow: number[] = [];
  const lastMonth = columnName(H);
  plan.scenarios.forEach((scenario, s) => {
    const name = `S${s + 1}`;
    sheetNames.push(name);
    firstParamRow.push(params.length);
    const rows: (string | number)[][] = [['item', ...Array.from({ length: H }, (_, m) => m)]];
    scenario.items.forEach((item) => {
      if (item.kind !== 'retainer') throw new Error('the spreadsheet peer models retainers only');
      const row = retainerRow(item);
      params.push([`${scenario.id}/${item.id}`, row.fee, row.start, row.duration, row.escalationPct]);
      const p = params.length;
      const fee = `${PARAMS}!$B$${p}`;
      const start = `${PARAMS}!$C$${p}`;
      const duration = `${PARAMS}!$D$${p}`;
      const esc = `${PARAMS}!$E$${p}`;
      const cells = Array.from({ length: H }, (_, m) => {
        const month = `${columnName(m + 1)}$1`;
        return `=IF(AND(${month}>=${start},${month}<${start}+${duration}),${fee}*(1+${esc}/100)^INT((${month}-${start})/12),0)`;
      });
      rows.push([item.id, ...cells]);
    });
    // The rows the engine computes and the exported workbook holds: total per month, cumulative, grand total.
    const lastItemRow = rows.length;
    const months = Array.from({ length: H }, (_, m) => columnName(m + 1));
    rows.push(['total', ...months.map((col) => `=SUM(${col}2:${col}${lastItemRow})`)]);
    const totalRow = rows.length;
    rows.push(['cumulative', ...months.map((col, m) => (m === 0 ? `=${col}${totalRow}` : `=${months[m - 1]}${totalRow + 1}+${col}${totalRow}`))]);
    rows.push(['grand total', `=SUM(B${totalRow}:${lastMonth}${totalRow})`]);
    sheets[name] = rows;
  });
  const hf = HyperFormula.buildFromSheets({ [PARAMS]: params, ...sheets }, { licenseKey: 'gpl-v3' });
  const paramsId = hf.getSheetId(PARAMS) as number;
  const totalCells = plan.scenarios.map((scenario, s) => ({
    sheet: hf.getSheetId(sheetNames[s] as string) as number,
    row: scenario.items.length + 3,
    col: 1,
  }));
  const totals = (): number[] =>
    totalCells.map((cell) => {
      const value = hf.getCellValue(cell);
      if (typeof value !== 'number') throw new Error(`spreadsheet total is not a number: ${String(value)}`);
      return value;
    });
  return {
    setFee(scenario, item, fee) {
      hf.setCellContents({ sheet: paramsId, row: (firstParamRow[scenario] as number) + item, col: 1 }, fee);
      return totals();
    },
    totals,
    formulaCells: plan.scenarios.reduce((n, scenario) => n + (scenario.items.length + 2) * H + 1, 0),
    destroy() {
      hf.destroy();
    },
  };
}
