import { formatEntry } from '../../grid/entry';
import type { SheetColumn, SheetColumnDef } from '../../grid/sheetColumns';
import type { Bucket, Granularity } from './rollUp';
import { overrideRefusal, type TimelineRow } from './timelineRows';

const whole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** Money as the grid shows it: whole units, negatives in parentheses, zero as a dash. */
export function cellMoney(value: number): string {
  const rounded = Math.round(value);
  if (rounded === 0) return value === 0 ? '–' : '0';
  return rounded < 0 ? `(${whole.format(-rounded)})` : whole.format(rounded);
}

/** What copy writes and editing starts from: the amount to the cent, as Excel reads it. */
function cents(value: number): string {
  return formatEntry(Math.round(value * 100) / 100, 'money');
}

function amountColumn(id: string, header: string, read: (row: TimelineRow) => number, options: Partial<SheetColumn<TimelineRow>> = {}): SheetColumn<TimelineRow> {
  return { id, header, width: 96, numeric: true, money: true, value: read, text: (row) => cellMoney(read(row)), copyText: (row) => cents(read(row)), ...options };
}

/**
 * The timeline's columns: the item pinned left, one column per bucket under fiscal-year (and, by
 * month, quarter) headers, the row total pinned right. Month cells of items take overrides.
 */
/** A column width that fits amounts of `digits` digits with their commas (and parentheses). */
export function amountWidth(digits: number): number {
  const chars = digits + Math.floor((digits - 1) / 3) + 2;
  return Math.max(88, Math.ceil(chars * 8.2 + 22));
}

export function timelineColumns(columns: readonly Bucket[], granularity: Granularity, currency: string, digits = 7): SheetColumnDef<TimelineRow>[] {
  const width = amountWidth(digits);
  const bucketColumn = (bucket: Bucket, i: number): SheetColumn<TimelineRow> => {
    const editable = granularity === 'month';
    // A quarter or a year holding an overridden month is marked too, so an override is never hidden by a roll-up.
    const overridden = (row: TimelineRow): boolean => {
      for (let month = bucket.first; month <= bucket.last; month++) if (row.overridden.has(month)) return true;
      return false;
    };
    const marks = {
      cellClass: (row: TimelineRow) => (overridden(row) ? 'timeline-overridden' : undefined),
      describe: (row: TimelineRow) => (overridden(row) ? (editable ? 'overridden' : 'holds an overridden month') : undefined),
      tip: (row: TimelineRow) => (overridden(row) ? (editable ? 'Overridden: Delete returns the computed value' : 'Holds an overridden month: switch to months to see or clear it') : undefined),
    };
    return amountColumn(bucket.id, bucket.label, (row) => row.cells[i] ?? 0, {
      width,
      headerTip: granularity === 'month' ? `${bucket.label}: type over a month to override it; Delete returns the computed value` : `${bucket.label}: the sum of its months`,
      ...marks,
      ...(editable
        ? {
            editable: (row: TimelineRow) => row.type === 'item',
            refuse: (text: string) => overrideRefusal(text, currency),
          }
        : {}),
    });
  };
  const groups: SheetColumnDef<TimelineRow>[] = [];
  columns.forEach((bucket, i) => {
    const column = bucketColumn(bucket, i);
    if (granularity === 'year') return void groups.push(column);
    let year = groups.at(-1);
    if (!year || !('children' in year) || year.groupId !== bucket.fiscalYear) {
      year = { groupId: bucket.fiscalYear, header: bucket.fiscalYear, children: [] };
      groups.push(year);
    }
    const children = year.children as SheetColumnDef<TimelineRow>[];
    if (granularity === 'quarter') return void children.push(column);
    let quarter = children.at(-1);
    if (!quarter || !('children' in quarter) || quarter.groupId !== bucket.quarter) {
      quarter = { groupId: bucket.quarter, header: bucket.quarter.slice(0, 2), children: [] };
      children.push(quarter);
    }
    (quarter.children as SheetColumnDef<TimelineRow>[]).push(column);
  });
  const name: SheetColumn<TimelineRow> = { id: 'name', header: 'Item', width: 220, pinned: 'left', value: (row) => row.name, cellClass: (row) => (row.type === 'item' ? undefined : 'timeline-pinned-name') };
  return [name, ...groups, amountColumn('total', 'Total', (row) => row.total, { pinned: 'right', width: Math.max(width, 116), cellClass: () => 'timeline-total' })];
}
