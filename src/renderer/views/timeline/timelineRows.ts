import type { PlanPatch } from '../../../shared/document/patch';
import type { Timeline } from '../../../shared/ipc/viewChannels';
import { err, ok, type Result } from '../../../shared/result';
import { entryForField } from '../../grid/entry';
import type { CellRefusal, CellWrite } from '../../grid/sheetWrites';
import { atBucketEnds, inCurrency, rollUp, type Bucket } from './rollUp';

/** A row of the timeline grid: an item, or the pinned Total and Cumulative rows. */
export interface TimelineRow {
  readonly id: string;
  readonly type: 'item' | 'total' | 'cumulative';
  readonly name: string;
  /** The item's id (null on the pinned rows). */
  readonly itemId: string | null;
  /** One value per column, in the currency shown. */
  readonly cells: readonly number[];
  /** The row's total over the horizon (for Cumulative: where it ends). */
  readonly total: number;
  /** Month indices holding an override (month columns only). */
  readonly overridden: ReadonlySet<number>;
}

const NONE: ReadonlySet<number> = new Set();

function sum(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

/** The item rows and the pinned rows of a scenario's timeline, at the columns and in the currency (rate) shown. */
export function timelineRows(timeline: Timeline, columns: readonly Bucket[], rate: number): { rows: TimelineRow[]; pinned: TimelineRow[] } {
  const rows = timeline.items.map((item): TimelineRow => {
    const values = inCurrency(item.values, rate);
    return { id: item.id, type: 'item', name: item.name, itemId: item.id, cells: rollUp(values, columns), total: sum(values), overridden: item.overridden.length ? new Set(item.overridden) : NONE };
  });
  const total = inCurrency(timeline.total, rate);
  const cumulative = inCurrency(timeline.cumulative, rate);
  return {
    rows,
    pinned: [
      { id: 'total', type: 'total', name: 'Total', itemId: null, cells: rollUp(total, columns), total: sum(total), overridden: NONE },
      { id: 'cumulative', type: 'cumulative', name: 'Cumulative', itemId: null, cells: atBucketEnds(cumulative, columns), total: cumulative.at(-1) ?? 0, overridden: NONE },
    ],
  };
}

/** The column id of month `m`. */
export function monthColumnId(m: number): string {
  return `m:${m}`;
}

/** Why typed text is not an amount for an override, or null when it is one (in the currency shown). */
export function overrideRefusal(text: string, currency: string): string | null {
  const read = entryForField(text, { unit: 'money', allowRange: false, currency });
  return read.ok ? null : read.error;
}

/**
 * Overrides for the months typed over, in plan currency (× rate, back from the currency shown).
 * Clearing a month that holds no override changes nothing, so it makes no patch.
 */
export function overridePatches(
  writes: readonly CellWrite[],
  context: { scenarioId: string; months: readonly string[]; rows: ReadonlyMap<string, TimelineRow>; currency: string; rate: number },
): Result<PlanPatch[], CellRefusal> {
  const patches: PlanPatch[] = [];
  for (const write of writes) {
    const row = context.rows.get(write.rowId);
    const m = Number(write.colId.startsWith('m:') ? write.colId.slice(2) : NaN);
    const month = context.months[m];
    if (!row?.itemId || month === undefined) return err({ reason: 'only an item’s months can be typed over', rowId: write.rowId, colId: write.colId });
    const ref = { scenarioId: context.scenarioId, itemId: row.itemId, month };
    if (write.text === null) {
      if (row.overridden.has(m)) patches.push({ op: 'setOverride', ...ref, value: null });
      continue;
    }
    const read = entryForField(write.text, { unit: 'money', allowRange: false, currency: context.currency });
    if (!read.ok) return err({ reason: read.error, rowId: write.rowId, colId: write.colId });
    if (typeof read.value !== 'number') return err({ reason: 'an override is one amount', rowId: write.rowId, colId: write.colId });
    patches.push({ op: 'setOverride', ...ref, value: read.value * context.rate });
  }
  return ok(patches);
}
