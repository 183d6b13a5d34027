import { useCallback, useMemo, type JSX } from 'react';
import type { Custom, MonthKey } from '../../../shared/model';
import { err, ok, type Result } from '../../../shared/result';
import { SheetGrid, type CellRefusal, type CellWrite, type WriteAction } from '../../grid/SheetGrid';
import type { SheetColumn } from '../../grid/sheetColumns';
import { change } from '../../store/history';
import { ACTION_LABELS } from './inputWrites';
import { readValue, valueRows, valuesAfterWrites, valueText, type ValueRow } from './customValues';

interface CustomValuesEditorProps {
  readonly scenarioId: string;
  readonly item: Custom;
  /** The currency the item's values are in: its own, else the plan's. */
  readonly currency: string;
  readonly planStart: MonthKey;
  readonly horizon: number;
}

/** Rows shown before the grid scrolls: a year and a half of months. */
const VISIBLE_ROWS = 18;

function columns(currency: string): SheetColumn<ValueRow>[] {
  return [
    {
      id: 'month',
      header: 'Month',
      width: 150,
      value: (row) => row.month,
      text: (row) => `${row.index + 1} · ${row.month}`,
      cellClass: (row) => (row.billed ? undefined : 'sheet-na'),
      tip: (row) => (row.billed ? undefined : 'Outside the horizon or after the item’s duration: typed, but not billed'),
    },
    {
      id: 'value',
      header: `Value (${currency})`,
      headerTip: 'What the item costs in this month, in its currency; a range is written low–high',
      flex: 1,
      minWidth: 140,
      numeric: true,
      money: true,
      value: (row) => (row.value === undefined ? null : typeof row.value === 'number' ? row.value : row.value.base),
      text: (row) => valueText(row.value),
      editable: () => true,
      refuse: (text, row) => {
        const read = readValue(text, currency, row.value);
        return read.ok ? null : read.error;
      },
      cellClass: (row) => (row.billed ? undefined : 'sheet-na'),
    },
  ];
}

/**
 * A custom item's typed values, one row per month from its start: typed, pasted as a column from
 * Excel, filled down or cleared like any cell, each action one undo step.
 */
export function CustomValuesEditor({ scenarioId, item, currency, planStart, horizon }: CustomValuesEditorProps): JSX.Element {
  const rows = useMemo(() => valueRows(item, planStart, horizon), [item, planStart, horizon]);
  const rowsById = useMemo(() => new Map(rows.map((row) => [row.id, row])), [rows]);
  const cols = useMemo(() => columns(currency), [currency]);

  const onWrite = useCallback(
    async (writes: readonly CellWrite[], action: WriteAction): Promise<Result<void, CellRefusal>> => {
      const values = valuesAfterWrites(item.values, writes, rowsById, currency);
      if (!values.ok) return values;
      const done = await change([{ op: 'setItemValues', scenarioId, itemId: item.id, value: values.value }], `${ACTION_LABELS[action]} Values`);
      return done.ok ? ok(undefined) : err({ reason: done.error });
    },
    [item, rowsById, currency, scenarioId],
  );

  return (
    <section className="inputs-values" aria-labelledby="inputs-values-title">
      <h3 id="inputs-values-title">Monthly values · {item.name}</h3>
      <p className="inputs-muted">Type or paste a column of monthly amounts from Excel, starting at the item’s first month. Clear the last ones to end the item earlier.</p>
      <SheetGrid<ValueRow> label={`Monthly values of ${item.name}`} rows={rows} rowId={(row) => row.id} columns={cols} currency={currency} onWrite={onWrite} autoHeightRows={VISIBLE_ROWS} />
    </section>
  );
}
