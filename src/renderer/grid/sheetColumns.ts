import type { ReactNode } from 'react';
import type { SelectedCell } from './selectionStats';

/**
 * One column of a SheetGrid, in the app's words rather than AG Grid's (its types stay in this
 * folder). Every function gets the row object the caller gave the grid.
 */
export interface SheetColumn<Row> {
  readonly id: string;
  readonly header: string;
  /** A longer header for the tooltip: the field's full name and unit. */
  readonly headerTip?: string;
  readonly width?: number;
  /** A share of the width left over, instead of a fixed width (words columns: vendor, notes). */
  readonly flex?: number;
  /** The narrowest a flexible column gets. */
  readonly minWidth?: number;
  readonly pinned?: 'left' | 'right';
  /** Right-aligned tabular numbers. */
  readonly numeric?: boolean;
  /** The status line shows this column's numbers as money in the grid's currency. */
  readonly money?: boolean;
  /** The currency of this row's money when rows differ (a quote's own); the grid's currency when absent. */
  readonly currencyOf?: (row: Row) => string | null;
  /** What the status line counts, and what the grid compares to know a cell changed. */
  readonly value: (row: Row) => SelectedCell;
  /** What the cell shows; the text of `value` when absent. */
  readonly text?: (row: Row) => string;
  /** What copy writes (Excel must read numbers back as numbers); `text` when absent. */
  readonly copyText?: (row: Row) => string;
  /** The text F2 or Enter starts editing from; `copyText` when absent. */
  readonly editText?: (row: Row) => string;
  /** Whether the cell takes entry; false when absent. */
  readonly editable?: (row: Row) => boolean;
  /** Why typed text is refused, or null when it is taken. Checked before anything is written. */
  readonly refuse?: (text: string, row: Row) => string | null;
  /** Extra CSS classes of the cell (greyed, overridden…). */
  readonly cellClass?: (row: Row) => string | undefined;
  /** Read to screen readers with the cell (`overridden`). */
  readonly describe?: (row: Row) => string | undefined;
  /** Shown on hover. */
  readonly tip?: (row: Row) => string | undefined;
  /** What the cell draws when more than its text (a mark with its reason); `text` is still what it is read and copied as. */
  readonly render?: (row: Row) => ReactNode;
}

/** Columns under one header (a quarter, a fiscal year, the low/base/high of an input). */
export interface SheetColumnGroup<Row> {
  readonly groupId: string;
  readonly header: string;
  readonly children: readonly SheetColumnDef<Row>[];
}

export type SheetColumnDef<Row> = SheetColumn<Row> | SheetColumnGroup<Row>;

/** True for a group of columns rather than a column. */
export function isColumnGroup<Row>(def: SheetColumnDef<Row>): def is SheetColumnGroup<Row> {
  return 'children' in def;
}

/** Every column of the definitions, groups opened, in order. */
export function leafColumns<Row>(defs: readonly SheetColumnDef<Row>[]): SheetColumn<Row>[] {
  return defs.flatMap((def) => (isColumnGroup(def) ? leafColumns(def.children) : [def]));
}

/** The text a column shows for a row. */
export function cellText<Row>(column: SheetColumn<Row>, row: Row): string {
  if (column.text) return column.text(row);
  const value = column.value(row);
  return value === null ? '' : String(value);
}

/** The text copy writes for a cell. */
export function cellCopyText<Row>(column: SheetColumn<Row>, row: Row): string {
  return column.copyText ? column.copyText(row) : cellText(column, row);
}
