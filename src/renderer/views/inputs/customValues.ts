import { addMonths, monthIndexOf, type Custom, type MonthKey, type NumberOrRange } from '../../../shared/model';
import { err, ok, type Result } from '../../../shared/result';
import { entryForField, formatEntry } from '../../grid/entry';
import type { CellRefusal, CellWrite } from '../../grid/sheetWrites';

/** One month of a custom item's typed values: the i-th value, billed in the item's start month + i. */
export interface ValueRow {
  readonly id: string;
  readonly index: number;
  readonly month: MonthKey;
  /** The typed value, or undefined past the last one typed. */
  readonly value: NumberOrRange | undefined;
  /** False for a month before the plan starts or after its horizon: typed, but never billed. */
  readonly billed: boolean;
}

/** The row id of value `index`. */
export function valueRowId(index: number): string {
  return `value-${index}`;
}

/**
 * A row per month from the item's start to the end of the horizon, and for every value typed
 * beyond it: room to type or paste a whole column of monthly amounts.
 */
export function valueRows(item: Custom, planStart: MonthKey, horizon: number): ValueRow[] {
  const start = typeof item.start === 'number' ? item.start : monthIndexOf(item.start, planStart);
  const startKey = addMonths(planStart, start);
  const durationEnd = item.durationMonths === undefined ? Infinity : typeof item.durationMonths === 'number' ? item.durationMonths : item.durationMonths.base;
  const count = Math.max(item.values.length, horizon - start, 0);
  return Array.from({ length: count }, (_, index): ValueRow => {
    const m = start + index;
    return { id: valueRowId(index), index, month: addMonths(startKey, index), value: item.values[index], billed: m >= 0 && m < horizon && index < durationEnd };
  });
}

/** A value as the cell shows it: `1,250` or `800–1,000–1,200`. */
export function valueText(value: NumberOrRange | undefined): string {
  return value === undefined ? '' : formatEntry(value, 'money');
}

/** Reads a typed value: money in the item's currency, a range allowed, empty clears. */
export function readValue(text: string, currency: string, current: NumberOrRange | undefined): Result<NumberOrRange | null, string> {
  return entryForField(text, { unit: 'money', allowRange: true, currency, optional: true }, current);
}

/**
 * The item's values after one user action's writes, all or nothing. A value written past the
 * last fills the months between with 0; cleared values at the end are dropped (the item stops
 * there), cleared ones before it become 0 so the months after keep their place.
 */
export function valuesAfterWrites(values: readonly NumberOrRange[], writes: readonly CellWrite[], rowsById: ReadonlyMap<string, ValueRow>, currency: string): Result<NumberOrRange[], CellRefusal> {
  const next: (NumberOrRange | null)[] = [...values];
  for (const write of writes) {
    const row = rowsById.get(write.rowId);
    if (!row || write.colId !== 'value') continue;
    const read = write.text === null ? ok(null) : readValue(write.text, currency, next[row.index] ?? undefined);
    if (!read.ok) return err({ reason: `${row.month}: ${read.error}`, rowId: write.rowId, colId: write.colId });
    if (read.value === null) {
      if (row.index < next.length) next[row.index] = null;
      continue;
    }
    while (next.length < row.index) next.push(0);
    next[row.index] = read.value;
  }
  while (next.length > 0 && next.at(-1) === null) next.pop();
  return ok(next.map((v) => v ?? 0));
}
