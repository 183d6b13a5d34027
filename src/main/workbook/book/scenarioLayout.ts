import type { Item, Scenario, Settings } from '#shared/model';

/** Rows of the header block every scenario sheet starts with (1-based). */
export const SCENARIO_ROWS = { title: 1, month: 2, index: 3, fiscalYear: 4, discount: 5, firstItem: 6 } as const;

/** Columns (0-based) of a scenario sheet before the months. */
export const SCENARIO_COLUMNS = { name: 0, id: 1, kind: 2, total: 3, firstMonth: 4 } as const;

/** Where each row of one scenario sheet is: items, totals, equity, delivery and value (1-based rows). */
export interface ScenarioLayout {
  readonly itemRow: readonly number[];
  readonly totalRow: number;
  readonly cumulativeRow: number;
  /** Equity row per item index: salaries that grant equity in a plan with a company valuation. */
  readonly equityRow: ReadonlyMap<number, number>;
  readonly nonCashRow: number;
  readonly cashRow: number;
  /** Ship row per item index (projects and items with delivery). */
  readonly shipRow: ReadonlyMap<number, number>;
  readonly shippedRow: number;
  readonly toDateRow: number;
  readonly liveRow: number;
  readonly valueRow: number;
  readonly cumulativeValueRow: number;
  readonly paidBackRow: number;
  /** 0-based column of the first fiscal-year column, after the months. */
  readonly firstFiscalColumn: number;
  readonly lastRow: number;
}

/**
 * A salary gets an equity row only when the plan prices equity and the item grants some: most
 * salaries have none, and a row of zero formulas per salary would make a large export a fifth bigger.
 */
function hasEquity(item: Item, settings: Settings): boolean {
  if (item.kind !== 'salary' || settings.companyValuation === undefined) return false;
  return typeof item.equityPct === 'number' ? item.equityPct > 0 : item.equityPct.high > 0;
}

/** Lays out a scenario sheet for the plan's horizon. */
export function scenarioLayout(scenario: Scenario, settings: Settings): ScenarioLayout {
  const horizon = settings.horizonMonths;
  let row = SCENARIO_ROWS.firstItem;
  const itemRow = scenario.items.map(() => row++);
  const totalRow = row++;
  const cumulativeRow = row++;
  row++;
  const equityRow = new Map<number, number>();
  scenario.items.forEach((item, i) => {
    if (hasEquity(item, settings)) equityRow.set(i, row++);
  });
  const nonCashRow = row++;
  const cashRow = row++;
  row++;
  const shipRow = new Map<number, number>();
  scenario.items.forEach((item, i) => {
    if (item.kind === 'project' || ('delivery' in item && item.delivery)) shipRow.set(i, row++);
  });
  const shippedRow = row++;
  const toDateRow = row++;
  const liveRow = row++;
  const valueRow = row++;
  const cumulativeValueRow = row++;
  const paidBackRow = row++;
  return {
    itemRow,
    totalRow,
    cumulativeRow,
    equityRow,
    nonCashRow,
    cashRow,
    shipRow,
    shippedRow,
    toDateRow,
    liveRow,
    valueRow,
    cumulativeValueRow,
    paidBackRow,
    firstFiscalColumn: 4 + horizon,
    lastRow: row - 1,
  };
}

const FORBIDDEN = /[[\]:*?/\\]/g;
const RESERVED = new Set(['summary', 'assumptions', 'quotes', 'history']);

/** Sheet names for the scenarios: Excel's rules (≤ 31 characters, none of []:*?/\), unique, clear of the fixed sheets. */
export function scenarioSheetNames(scenarios: readonly Scenario[]): string[] {
  const used = new Set<string>();
  return scenarios.map((scenario) => {
    const base = (scenario.name.replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').replace(/^'+|'+$/g, '').trim() || scenario.id).slice(0, 31).trim();
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()) || RESERVED.has(name.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      name = `${base.slice(0, 31 - suffix.length)}${suffix}`;
    }
    used.add(name.toLowerCase());
    return name;
  });
}
