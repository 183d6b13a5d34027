import type { PlanSummary } from '../../../shared/ipc/summary';
import { addMonths, isMonthKey, type Item, type Plan, type Source } from '../../../shared/model';

/** A scenario's header row: its name (renamed in place) and its total from the summary. */
export interface ScenarioRow {
  readonly type: 'scenario';
  readonly id: string;
  readonly scenarioId: string;
  readonly index: number;
  readonly name: string;
  readonly total: number | null;
  readonly itemCount: number;
}

/** One line item under its scenario. */
export interface ItemRow {
  readonly type: 'item';
  readonly id: string;
  readonly scenarioId: string;
  /** The item's place in its scenario. */
  readonly index: number;
  readonly item: Item;
  /** The item's first month, `YYYY-MM`. */
  readonly startMonth: string;
  /** The currency its money is in: its own, else the plan's. */
  readonly currency: string;
}

export type InputRow = ScenarioRow | ItemRow;

/** The row id of a scenario's header. */
export function scenarioRowId(scenarioId: string): string {
  return `scenario\u241f${scenarioId}`;
}

/** The row id of an item (item ids need only be unique within their scenario). */
export function itemRowId(scenarioId: string, itemId: string): string {
  return `item\u241f${scenarioId}\u241f${itemId}`;
}

/** The `YYYY-MM` an item starts in: its own month, or its index counted from the plan's start. */
export function startMonthOf(item: Item, planStart: string): string {
  return typeof item.start === 'string' && isMonthKey(item.start) ? item.start : addMonths(planStart, typeof item.start === 'number' ? item.start : 0);
}

/**
 * The Inputs grid's rows: each scenario's header, then its items, in plan order. Rows of things
 * that did not change keep their identity, so the grid redraws only what an edit touched.
 */
export function inputRows(plan: Plan, summary: PlanSummary | null, previous?: ReadonlyMap<string, InputRow>): InputRow[] {
  const totals = new Map(summary?.scenarios.map((s) => [s.id, s.total]) ?? []);
  const rows: InputRow[] = [];
  const reuse = <R extends InputRow>(row: R, same: (old: R) => boolean): R => {
    const old = previous?.get(row.id) as R | undefined;
    return old && old.type === row.type && same(old) ? old : row;
  };
  plan.scenarios.forEach((scenario, index) => {
    const header: ScenarioRow = { type: 'scenario', id: scenarioRowId(scenario.id), scenarioId: scenario.id, index, name: scenario.name, total: totals.get(scenario.id) ?? null, itemCount: scenario.items.length };
    rows.push(reuse(header, (old) => old.name === header.name && old.total === header.total && old.itemCount === header.itemCount && old.index === index));
    scenario.items.forEach((item, itemIndex) => {
      const row: ItemRow = {
        type: 'item',
        id: itemRowId(scenario.id, item.id),
        scenarioId: scenario.id,
        index: itemIndex,
        item,
        startMonth: startMonthOf(item, plan.settings.startMonth),
        currency: item.currency ?? plan.settings.currency,
      };
      rows.push(reuse(row, (old) => old.item === item && old.index === itemIndex && old.startMonth === row.startMonth && old.currency === row.currency));
    });
  });
  return rows;
}

/** "Source: title, by author, date" for an article; the file, sheet and row for an imported quote. */
export function sourceLine(source: Source): string {
  if (source.type === 'article') return `Source: ${source.title}, by ${source.author}, ${source.date}`;
  return `Source: quote from ${source.file}${source.sheet ? `, sheet ${source.sheet}` : ''}, row ${source.row}`;
}
