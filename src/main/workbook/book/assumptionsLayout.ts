import { fieldLabel, type Plan } from '#shared/model';
import { ITEM_INPUT_FIELDS } from '#shared/document/fields';

/** The sheet that holds every input; scenario sheets and the Summary compute from it. */
export const ASSUMPTIONS = 'Assumptions';

/** The text in Assumptions!A1 that marks a workbook as a Leadsheet export. */
export const MARKER = 'Leadsheet plan';

/** A plan setting, its label in column A and its defined name (pointing at the base value). */
export interface SettingRow {
  readonly key: 'name' | 'schemaVersion' | 'currency' | 'startMonth' | 'horizonMonths' | 'fiscalYearStartMonth' | 'discountRatePct' | 'hoursSavedPerWorkflowPerMonth' | 'loadedHourlyCost' | 'companyValuation';
  readonly label: string;
  readonly name: string;
  readonly ranged: boolean;
}

export const SETTING_ROWS: readonly SettingRow[] = [
  { key: 'name', label: 'Plan name', name: 'PlanName', ranged: false },
  { key: 'schemaVersion', label: 'Schema version', name: 'SchemaVersion', ranged: false },
  { key: 'currency', label: 'Currency', name: 'Currency', ranged: false },
  { key: 'startMonth', label: 'Start month', name: 'StartMonth', ranged: false },
  { key: 'horizonMonths', label: 'Horizon (months)', name: 'HorizonMonths', ranged: false },
  { key: 'fiscalYearStartMonth', label: 'Fiscal year start month', name: 'FiscalYearStartMonth', ranged: false },
  { key: 'discountRatePct', label: 'Discount rate %', name: 'DiscountRatePct', ranged: true },
  { key: 'hoursSavedPerWorkflowPerMonth', label: 'Hours saved per workflow per month', name: 'HoursSavedPerWorkflowPerMonth', ranged: true },
  { key: 'loadedHourlyCost', label: 'Loaded hourly cost', name: 'LoadedHourlyCost', ranged: true },
  { key: 'companyValuation', label: 'Company valuation', name: 'CompanyValuation', ranged: true },
];

/** Numeric item inputs, each written as low, base and high columns: the inputs a patch may set, then delivery's. */
export const ITEM_NUMBER_FIELDS = [...ITEM_INPUT_FIELDS, 'firstShipAfterMonths', 'everyMonths', 'maxWorkflows'] as const;

export type ItemNumberField = (typeof ITEM_NUMBER_FIELDS)[number];

/** Text item inputs, in the order they stand before the numbers. */
export const ITEM_TEXT_FIELDS = ['scenarioId', 'id', 'name', 'kind', 'category', 'vendor', 'currency', 'start', 'unit', 'per'] as const;

export type ItemTextField = (typeof ITEM_TEXT_FIELDS)[number];

/** Values the workbook derives per item for the month formulas: never typed, always formulas. */
export const ITEM_HELPERS = ['startIndex', 'fx', 'from', 'to', 'amount', 'escalation', 'oneOff', 'equity', 'deliveryFrom', 'deliveryTo', 'startsBefore'] as const;

export type ItemHelper = (typeof ITEM_HELPERS)[number];

const TEXT_HEADERS: Record<ItemTextField, string> = {
  scenarioId: 'Scenario id',
  id: 'Item id',
  name: 'Item',
  kind: 'Kind',
  category: 'Category',
  vendor: 'Vendor',
  currency: 'Currency',
  start: 'Start (month index or YYYY-MM)',
  unit: 'Unit',
  per: 'Per',
};

const HELPER_HEADERS: Record<ItemHelper, string> = {
  startIndex: 'Start index',
  fx: 'FX factor',
  from: 'Cost from (month index)',
  to: 'Cost until (month index, exclusive)',
  amount: 'Monthly amount (plan currency)',
  escalation: 'Escalation factor per year',
  oneOff: 'One-off at hire',
  equity: 'Equity per month (non-cash)',
  deliveryFrom: 'Delivery counts from',
  deliveryTo: 'Delivery until',
  startsBefore: 'Workflows start before',
};

/** Case labels of the low / base / high columns. */
export const CASES = ['low', 'base', 'high'] as const;

/** Column header of a numeric input in one case: "Monthly fee (base)". */
export function numberHeader(field: ItemNumberField, which: (typeof CASES)[number]): string {
  const label = fieldLabel(field);
  return `${label.charAt(0).toUpperCase()}${label.slice(1)} (${which})`;
}

/** Columns (0-based) of the items table: text inputs, low/base/high numbers, notes and source, then helpers. */
export interface ItemColumns {
  readonly text: Readonly<Record<ItemTextField, number>>;
  readonly number: Readonly<Record<ItemNumberField, { low: number; base: number; high: number }>>;
  readonly notes: number;
  readonly source: number;
  readonly sourceData: number;
  readonly helper: Readonly<Record<ItemHelper, number>>;
  readonly headers: readonly string[];
  readonly count: number;
}

function buildItemColumns(): ItemColumns {
  const headers: string[] = [];
  const text = {} as Record<ItemTextField, number>;
  for (const field of ITEM_TEXT_FIELDS) text[field] = headers.push(TEXT_HEADERS[field]) - 1;
  const number = {} as Record<ItemNumberField, { low: number; base: number; high: number }>;
  for (const field of ITEM_NUMBER_FIELDS) {
    const [low, base, high] = CASES.map((which) => headers.push(numberHeader(field, which)) - 1) as [number, number, number];
    number[field] = { low, base, high };
  }
  const notes = headers.push('Notes') - 1;
  const source = headers.push('Source') - 1;
  const sourceData = headers.push('Source (data)') - 1;
  const helper = {} as Record<ItemHelper, number>;
  for (const h of ITEM_HELPERS) helper[h] = headers.push(HELPER_HEADERS[h]) - 1;
  return { text, number, notes, source, sourceData, helper, headers, count: headers.length };
}

/** The one items-table layout: export writes it, import reads it by header text. */
export const ITEM_COLUMNS = buildItemColumns();

/** Headers of the scenarios block. */
export const SCENARIO_HEADERS = [
  'Scenario id',
  'Scenario',
  'Sheet',
  'Template',
  'Notes',
  'Hours saved override (low)',
  'Hours saved override (base)',
  'Hours saved override (high)',
  'Hourly cost override (low)',
  'Hourly cost override (base)',
  'Hourly cost override (high)',
  'Value per workflow-month',
] as const;

/** Spare rows left in the exchange-rate table so a rate can be added in Excel. */
export const SPARE_FX_ROWS = 5;

/** Where every block of the Assumptions sheet starts (1-based rows), as a function of the plan's size. */
export interface AssumptionsLayout {
  readonly settingRow: Readonly<Record<SettingRow['key'], number>>;
  readonly fxHeader: number;
  readonly fxFirst: number;
  readonly fxLast: number;
  readonly scenariosHeader: number;
  scenarioRow(scenario: number): number;
  readonly itemsHeader: number;
  itemRow(scenario: number, item: number): number;
  readonly customHeader: number;
  /** Rows of a custom item's values: base always, low and high only when a value is ranged. */
  customRows(scenario: number, item: number): Partial<Record<(typeof CASES)[number], number>>;
  readonly lastRow: number;
}

/** Lays out the Assumptions sheet of `plan`. */
export function assumptionsLayout(plan: Plan): AssumptionsLayout {
  let row = 3;
  const settingRow = {} as Record<SettingRow['key'], number>;
  row++; // block title
  for (const s of SETTING_ROWS) settingRow[s.key] = ++row;
  row += 2;
  const fxHeader = row;
  const fxFirst = fxHeader + 1;
  const fxLast = fxFirst + Object.keys(plan.settings.fxRates).length + SPARE_FX_ROWS - 1;
  row = fxLast + 2;
  const scenariosHeader = row;
  row += plan.scenarios.length + 2;
  const itemsHeader = row;
  const itemStart: number[] = [];
  let next = itemsHeader + 1;
  for (const scenario of plan.scenarios) {
    itemStart.push(next);
    next += scenario.items.length;
  }
  const customHeader = next + 1;
  const custom = new Map<string, Partial<Record<(typeof CASES)[number], number>>>();
  let customNext = customHeader + 1;
  plan.scenarios.forEach((scenario, s) =>
    scenario.items.forEach((item, i) => {
      if (item.kind !== 'custom') return;
      const ranged = item.values.some((v) => typeof v === 'object');
      const rows: Partial<Record<(typeof CASES)[number], number>> = {};
      for (const which of ranged ? CASES : (['base'] as const)) rows[which] = customNext++;
      custom.set(`${s}/${i}`, rows);
    }),
  );
  return {
    settingRow,
    fxHeader,
    fxFirst,
    fxLast,
    scenariosHeader,
    scenarioRow: (s) => scenariosHeader + 1 + s,
    itemsHeader,
    itemRow: (s, i) => (itemStart[s] as number) + i,
    customHeader,
    customRows: (s, i) => custom.get(`${s}/${i}`) ?? {},
    lastRow: customNext,
  };
}
