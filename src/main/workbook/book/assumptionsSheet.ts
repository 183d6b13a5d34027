import { CURRENT_SCHEMA_VERSION, monthOrdinal, type Item, type NumberOrRange, type Plan } from '#shared/model';
import {
  ASSUMPTIONS,
  CASES,
  ITEM_COLUMNS,
  ITEM_HELPERS,
  ITEM_NUMBER_FIELDS,
  MARKER,
  SCENARIO_HEADERS,
  SETTING_ROWS,
  type AssumptionsLayout,
  type ItemNumberField,
} from './assumptionsLayout';
import { absolute } from './cells';
import { helperFormulas, type ItemRowRefs } from './itemFormulas';
import { helperValues } from './helperValues';
import type { CellInput, SheetWriter } from './sheetWriter';
import type { BookStyles } from './styles';

/** First 0-based column of a custom item's values (after scenario id, item id and case). */
export const CUSTOM_FIRST_COLUMN = 3;

function cellsOf(entries: readonly (readonly [number, CellInput | undefined])[]): Map<number, CellInput> {
  const map = new Map<number, CellInput>();
  for (const [column, cell] of entries) if (cell) map.set(column, cell);
  return map;
}

function rangeCells(v: NumberOrRange | undefined, columns: { low: number; base: number; high: number }, style: Partial<BookStyles['plain']>): [number, CellInput][] {
  if (v === undefined) return [];
  if (typeof v === 'number') return [[columns.base, { value: v, style }]];
  return [
    [columns.low, { value: v.low, style }],
    [columns.base, { value: v.base, style }],
    [columns.high, { value: v.high, style }],
  ];
}

const MONEY_FIELDS = new Set<ItemNumberField>(['monthlyFee', 'rate', 'feePerWorkflow', 'baseSalary', 'recruitingFee', 'signingBonus', 'amount']);

function numberInputs(item: Item): Partial<Record<ItemNumberField, NumberOrRange>> {
  const fields: Partial<Record<ItemNumberField, NumberOrRange>> = {};
  const record = item as unknown as Record<string, unknown>;
  for (const field of ITEM_NUMBER_FIELDS) {
    const v = field in record ? record[field] : item.kind !== 'project' && item.delivery ? (item.delivery as Record<string, unknown>)[field] : undefined;
    if (typeof v === 'number' || (typeof v === 'object' && v !== null)) fields[field] = v as NumberOrRange;
  }
  return fields;
}

/** Words for a source: "Title — Author, date" or "file › sheet, row n". */
export function sourceText(item: Item): string {
  const s = item.source;
  if (!s) return '';
  return s.type === 'article' ? `${s.title} — ${s.author}, ${s.date}` : `${s.file} › ${s.sheet}, row ${s.row}`;
}

/** Writes the Assumptions sheet: settings, exchange rates, scenarios, items with every input and helper, custom values. */
export function writeAssumptions(w: SheetWriter, plan: Plan, layout: AssumptionsLayout, sheetNames: readonly string[], styles: BookStyles): void {
  const { settings } = plan;
  w.write(1, { cells: [{ value: MARKER, style: styles.title }] });
  w.write(2, { cells: [{ value: 'Inputs of the plan. Change any white cell; the grey cells and every other sheet recalculate from them.' }] });
  w.write(layout.settingRow.name - 1, { cells: [{ value: 'Setting', style: styles.header }, { value: 'Low', style: styles.header }, { value: 'Value (base)', style: styles.header }, { value: 'High', style: styles.header }] });
  const settingValues: Record<(typeof SETTING_ROWS)[number]['key'], NumberOrRange | string | Date | undefined> = {
    name: plan.name ?? '',
    schemaVersion: CURRENT_SCHEMA_VERSION,
    currency: settings.currency,
    startMonth: new Date(Date.UTC(Math.floor(monthOrdinal(settings.startMonth) / 12), monthOrdinal(settings.startMonth) % 12, 1)),
    horizonMonths: settings.horizonMonths,
    fiscalYearStartMonth: settings.fiscalYearStartMonth,
    discountRatePct: settings.discountRatePct,
    hoursSavedPerWorkflowPerMonth: settings.hoursSavedPerWorkflowPerMonth,
    loadedHourlyCost: settings.loadedHourlyCost,
    companyValuation: settings.companyValuation,
  };
  for (const setting of SETTING_ROWS) {
    const v = settingValues[setting.key];
    const style = setting.key === 'startMonth' ? styles.month : setting.key === 'loadedHourlyCost' || setting.key === 'companyValuation' ? styles.moneyInput : styles.plain;
    const cells: [number, CellInput][] = [[0, { value: setting.label, style: styles.label }]];
    if (typeof v === 'object' && !(v instanceof Date)) cells.push(...rangeCells(v, { low: 1, base: 2, high: 3 }, style));
    else if (v !== undefined) cells.push([2, { value: v, style }]);
    w.write(layout.settingRow[setting.key], { cells: cellsOf(cells) });
  }
  w.write(layout.fxHeader, { cells: [{ value: 'Exchange rate', style: styles.header }, { value: `${settings.currency} per 1 unit`, style: styles.header }] });
  Object.entries(settings.fxRates).forEach(([code, rate], k) => w.write(layout.fxFirst + k, { cells: [{ value: code }, { value: rate, style: styles.factor }] }));
  w.write(layout.scenariosHeader, { cells: SCENARIO_HEADERS.map((h) => ({ value: h, style: styles.header })) });
  plan.scenarios.forEach((scenario, s) => {
    const row = layout.scenarioRow(s);
    const o = scenario.valueOverrides;
    const hours = `IF(ISBLANK(${absolute(row, 6)}),HoursSavedPerWorkflowPerMonth,${absolute(row, 6)})`;
    const cost = `IF(ISBLANK(${absolute(row, 9)}),LoadedHourlyCost,${absolute(row, 9)})`;
    const base = (v: NumberOrRange | undefined): number => (v === undefined ? 0 : typeof v === 'number' ? v : v.base);
    const valuePerWorkflowMonth =
      base(o?.hoursSavedPerWorkflowPerMonth ?? settings.hoursSavedPerWorkflowPerMonth) * base(o?.loadedHourlyCost ?? settings.loadedHourlyCost);
    w.write(row, {
      cells: cellsOf([
        [0, { value: scenario.id }],
        [1, { value: scenario.name }],
        [2, { value: sheetNames[s] ?? '' }],
        [3, scenario.template ? { value: scenario.template } : undefined],
        [4, scenario.notes ? { value: scenario.notes } : undefined],
        ...rangeCells(o?.hoursSavedPerWorkflowPerMonth, { low: 5, base: 6, high: 7 }, styles.plain),
        ...rangeCells(o?.loadedHourlyCost, { low: 8, base: 9, high: 10 }, styles.moneyInput),
        [11, { formula: `${hours}*${cost}`, result: valuePerWorkflowMonth, style: styles.helper }],
      ]),
    });
  });
  w.write(layout.itemsHeader, { cells: ITEM_COLUMNS.headers.map((h, c) => ({ value: h, style: c >= ITEM_COLUMNS.helper.startIndex ? { ...styles.header, ...styles.helper, font: { bold: true } } : styles.header })) });
  plan.scenarios.forEach((scenario, s) =>
    scenario.items.forEach((item, i) => {
      const row = layout.itemRow(s, i);
      const refs = itemRefs(layout, s, i, item);
      const cells = new Map<number, CellInput>();
      const t = ITEM_COLUMNS.text;
      const texts: [number, string | number | undefined][] = [
        [t.scenarioId, scenario.id],
        [t.id, item.id],
        [t.name, item.name],
        [t.kind, item.kind],
        [t.category, item.category],
        [t.vendor, item.vendor],
        [t.currency, item.currency],
        [t.start, item.start],
        [t.unit, item.kind === 'timeAndMaterials' ? item.unit : undefined],
        [t.per, item.kind === 'timeAndMaterials' ? item.per : undefined],
        [ITEM_COLUMNS.notes, item.notes],
        [ITEM_COLUMNS.source, sourceText(item) || undefined],
        [ITEM_COLUMNS.sourceData, item.source ? JSON.stringify(item.source) : undefined],
      ];
      for (const [column, value] of texts) if (value !== undefined && value !== '') cells.set(column, { value });
      for (const [field, v] of Object.entries(numberInputs(item)) as [ItemNumberField, NumberOrRange][]) {
        for (const [column, cell] of rangeCells(v, ITEM_COLUMNS.number[field], MONEY_FIELDS.has(field) ? styles.moneyInput : styles.plain)) cells.set(column, cell);
      }
      const formulas = helperFormulas(item, refs);
      const values = helperValues(item, settings);
      for (const h of ITEM_HELPERS) {
        const formula = formulas[h];
        if (formula) cells.set(ITEM_COLUMNS.helper[h], { formula, result: values[h] ?? null, style: h === 'amount' || h === 'oneOff' || h === 'equity' ? styles.helperMoney : styles.helper });
      }
      w.write(row, { cells });
    }),
  );
  w.write(layout.customHeader, { cells: [{ value: 'Scenario id', style: styles.header }, { value: 'Item id', style: styles.header }, { value: 'Case', style: styles.header }, { value: 'Custom values, one per month from the item start', style: styles.header }] });
  plan.scenarios.forEach((scenario, s) =>
    scenario.items.forEach((item, i) => {
      if (item.kind !== 'custom') return;
      const rows = layout.customRows(s, i);
      for (const which of CASES) {
        const row = rows[which];
        if (row === undefined) continue;
        const cells: (CellInput | undefined)[] = [{ value: scenario.id }, { value: item.id }, { value: which }];
        item.values.forEach((v, k) => (cells[CUSTOM_FIRST_COLUMN + k] = { value: typeof v === 'number' ? (which === 'base' ? v : null) : v[which], style: styles.moneyInput }));
        w.write(row, { cells });
      }
    }),
  );
}

/** The references an item's formulas need: its Assumptions row and, for a custom item, its base values. */
export function itemRefs(layout: AssumptionsLayout, s: number, i: number, item: Item): ItemRowRefs {
  const row = layout.itemRow(s, i);
  if (item.kind !== 'custom') return { row };
  const baseRow = layout.customRows(s, i).base as number;
  const last = CUSTOM_FIRST_COLUMN + Math.max(1, item.values.length) - 1;
  return { row, customValues: `${ASSUMPTIONS}!${absolute(baseRow, CUSTOM_FIRST_COLUMN)}:${absolute(baseRow, last)}` };
}

/** Widths of the Assumptions columns: wide labels, narrow numbers. */
export function assumptionsColumns(): { width: number }[] {
  return ITEM_COLUMNS.headers.map((_, c) => ({ width: c === 0 ? 34 : c === ITEM_COLUMNS.text.name || c === ITEM_COLUMNS.notes || c === ITEM_COLUMNS.source ? 30 : 14 }));
}

/** `Assumptions!$C$7`: the base cell of a setting, for its defined name. */
export function settingAddress(layout: AssumptionsLayout, key: (typeof SETTING_ROWS)[number]['key']): string {
  return `${ASSUMPTIONS}!${absolute(layout.settingRow[key], 2)}`;
}

/** `Assumptions!$A$20:$B$26`: the exchange-rate table, spare rows included. */
export function fxRange(layout: AssumptionsLayout): string {
  return `${ASSUMPTIONS}!$A$${layout.fxFirst}:$B$${layout.fxLast}`;
}

