import type { CellFocusedEvent, ColDef, GridApi, ICellRendererParams, RowSelectionOptions, SelectionChangedEvent } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useCallback, useEffect, useMemo, useRef, type JSX } from 'react';
import { QUOTE_GRID_THEME, useThemeMode } from './quoteGridSetup';
import { cellText, sourceCell, type QuoteColumn, type QuoteRow } from './quoteRows';
import type { SheetColumnDto } from './quoteColumns';

/** The cell the keyboard or mouse is on: what the status line under the grid says about it. */
export interface FocusedQuoteCell {
  readonly row: QuoteRow;
  readonly column: QuoteColumn | 'source' | 'status';
}

interface QuoteGridProps {
  readonly rows: readonly QuoteRow[];
  readonly mapping: readonly SheetColumnDto[];
  readonly selected: readonly string[];
  readonly onSelect: (ids: string[]) => void;
  readonly onFocusCell: (cell: FocusedQuoteCell | null) => void;
  /** Set to move the keyboard focus to a row's cell (from the errors list). */
  readonly focusRequest: { readonly rowId: string; readonly column: string; readonly at: number } | null;
}

/** Widths fit a 1,440-pixel window without scrolling sideways; the words columns share what is left. */
const COLUMNS: readonly { id: QuoteColumn; header: string; width?: number; flex?: number; minWidth?: number; numeric?: boolean; tip: string }[] = [
  { id: 'vendor', header: 'Vendor', flex: 1, minWidth: 100, tip: 'Who quoted' },
  { id: 'service', header: 'Service', flex: 1.4, minWidth: 130, tip: 'What they quoted for: the line item’s name' },
  { id: 'pricingModel', header: 'Pricing model', width: 116, tip: 'How the vendor prices it; it sets the kind of line item' },
  { id: 'amount', header: 'Price', width: 92, numeric: true, tip: 'The quoted price, in the quote’s currency' },
  { id: 'currency', header: 'Currency', width: 86, tip: 'ISO code of the price' },
  { id: 'quantity', header: 'Quantity', width: 92, numeric: true, tip: 'Hours or days, per week or month, for hourly and daily rates; workflows for a project' },
  { id: 'term', header: 'Term', width: 70, numeric: true, tip: 'Contract length: the item’s duration (months)' },
  { id: 'minimumTerm', header: 'Min. term', width: 90, numeric: true, tip: 'Minimum months billed (a retainer’s minimumMonths)' },
  { id: 'discount', header: 'Discount', width: 88, numeric: true, tip: 'Discount % off the price' },
  { id: 'start', header: 'Start', width: 80, tip: 'First month (YYYY-MM)' },
  { id: 'notes', header: 'Notes', flex: 1, minWidth: 90, tip: 'The vendor’s comments' },
];

/** A quote's cell: its value, or, where the vendor's cell could not be read, what it held, marked, with the reason. */
function QuoteCell(props: ICellRendererParams<QuoteRow> & { readonly quoteColumn: QuoteColumn }): JSX.Element | null {
  const row = props.data;
  if (!row) return null;
  const errors = row.errors[props.quoteColumn];
  const text = cellText(row.quote, props.quoteColumn);
  if (!errors?.length) return <>{text}</>;
  const raw = errors[0]?.raw ?? '';
  return (
    <span className="quote-cell-error-content" title={errors.map((e) => `${e.cell}: ${e.message}`).join('\n')}>
      <span aria-hidden="true" className="quote-error-mark">
        !
      </span>{' '}
      {text || raw || '(empty)'}
      <span className="visually-hidden"> — error: {errors.map((e) => e.message).join('; ')}</span>
    </span>
  );
}

function StatusCell(props: ICellRendererParams<QuoteRow>): JSX.Element | null {
  const row = props.data;
  if (!row) return null;
  if (row.problems.length === 0) return <span className="quote-ready">Ready to add</span>;
  return (
    <span className="quote-blocked" title={row.problems.join('\n')}>
      Cannot add: {row.problems[0]}
    </span>
  );
}

/** Vendor quotes as read from the sheet, read-only: each cell's errors at it, a tick box for each quote that can become an item. */
export function QuoteGrid({ rows, mapping, selected, onSelect, onFocusCell, focusRequest }: QuoteGridProps): JSX.Element {
  const mode = useThemeMode();
  const gridApi = useRef<GridApi<QuoteRow> | null>(null);
  const columnDefs = useMemo<ColDef<QuoteRow>[]>(
    () => [
      {
        colId: 'source',
        headerName: 'Source cell',
        headerTooltip: 'The cell of the vendor’s sheet the price was read from',
        width: 136,
        valueGetter: (p) => p.data?.source ?? '',
        tooltipValueGetter: (p) => p.data?.source,
        cellClass: 'quote-source',
        cellClassRules: { 'quote-cell-error': (p) => Boolean(p.data?.errors.row?.length) },
      },
      ...COLUMNS.map(
        (c): ColDef<QuoteRow> => ({
          colId: c.id,
          headerName: c.header,
          headerTooltip: c.tip,
          ...(c.width ? { width: c.width } : { flex: c.flex ?? 1, minWidth: c.minWidth ?? 100 }),
          valueGetter: (p) => (p.data ? cellText(p.data.quote, c.id) : ''),
          cellRenderer: QuoteCell,
          cellRendererParams: { quoteColumn: c.id },
          cellClass: c.numeric ? 'quote-number' : undefined,
          headerClass: c.numeric ? 'ag-right-aligned-header' : undefined,
          cellClassRules: { 'quote-cell-error': (p) => Boolean(p.data?.errors[c.id]?.length) },
        }),
      ),
      {
        colId: 'status',
        headerName: 'Status',
        headerTooltip: 'Whether the quote can be added to a scenario, and if not why',
        flex: 1.2,
        minWidth: 120,
        valueGetter: (p) => (p.data?.problems.length ? p.data.problems.join('; ') : 'Ready'),
        cellRenderer: StatusCell,
      },
    ],
    [],
  );
  const rowSelection = useMemo<RowSelectionOptions<QuoteRow>>(
    () => ({ mode: 'multiRow', checkboxes: true, headerCheckbox: true, enableClickSelection: false, hideDisabledCheckboxes: false, isRowSelectable: (node) => (node.data?.problems.length ?? 1) === 0 }),
    [],
  );
  const data = useMemo(() => [...rows], [rows]);

  // The ticks follow the store: kept across a re-read and a return to the view.
  useEffect(() => {
    const grid = gridApi.current;
    if (!grid) return;
    const wanted = new Set(selected);
    grid.forEachNode((node) => {
      if (node.selectable && node.isSelected() !== wanted.has(node.id ?? '')) node.setSelected(wanted.has(node.id ?? ''), false, 'api');
    });
  }, [selected, data]);

  useEffect(() => {
    const grid = gridApi.current;
    if (!grid || !focusRequest) return;
    const node = grid.getRowNode(focusRequest.rowId);
    if (!node || node.rowIndex === null) return;
    grid.ensureIndexVisible(node.rowIndex);
    grid.ensureColumnVisible(focusRequest.column);
    grid.setFocusedCell(node.rowIndex, focusRequest.column);
  }, [focusRequest]);

  const onSelectionChanged = useCallback(
    (event: SelectionChangedEvent<QuoteRow>) => {
      if (event.source === 'api') return;
      onSelect(event.api.getSelectedRows().map((r) => r.id));
    },
    [onSelect],
  );
  const onCellFocused = useCallback(
    (event: CellFocusedEvent<QuoteRow>) => {
      const row = event.rowIndex === null ? undefined : event.api.getDisplayedRowAtIndex(event.rowIndex)?.data;
      const colId = typeof event.column === 'object' && event.column ? event.column.getColId() : null;
      if (!row || !colId || colId === 'ag-Grid-SelectionColumn') return onFocusCell(null);
      onFocusCell({ row, column: colId as FocusedQuoteCell['column'] });
    },
    [onFocusCell],
  );
  const tall = rows.length > 14;
  return (
    <div className="quote-grid" data-ag-theme-mode={mode} style={tall ? { height: 520 } : undefined}>
      <AgGridReact<QuoteRow>
        theme={QUOTE_GRID_THEME}
        rowData={data}
        columnDefs={columnDefs}
        getRowId={(p) => p.data.id}
        rowSelection={rowSelection}
        selectionColumnDef={{ width: 44, headerTooltip: 'Tick the quotes to add' }}
        domLayout={tall ? 'normal' : 'autoHeight'}
        enableBrowserTooltips
        suppressColumnVirtualisation
        suppressMovableColumns
        suppressCellFocus={false}
        onGridReady={(e) => {
          gridApi.current = e.api;
          const wanted = new Set(selected);
          e.api.forEachNode((node) => node.selectable && wanted.has(node.id ?? '') && node.setSelected(true, false, 'api'));
        }}
        onSelectionChanged={onSelectionChanged}
        onCellFocused={onCellFocused}
        overlayNoRowsTemplate="No quote rows were read from this sheet"
        context={{ mapping }}
        getRowClass={(p) => (p.data && p.data.quote.errors.length > 0 ? 'quote-row-error' : undefined)}
      />
    </div>
  );
}

/** What the status line says about a focused cell: where in the vendor's sheet it came from, and its error. */
export function describeCell(cell: FocusedQuoteCell, mapping: readonly SheetColumnDto[]): string {
  const { row, column } = cell;
  if (column === 'status') return row.problems.length ? `Cannot add ${row.quote.service ?? 'this quote'}: ${row.problems.join('; ')}` : `${row.quote.service ?? 'This quote'} can be added`;
  if (column === 'source') {
    const rowErrors = row.errors.row ?? [];
    return rowErrors.length ? rowErrors.map((e) => `${e.cell}: ${e.message}`).join('; ') : `${row.source}: the price of ${row.quote.sheet} row ${row.quote.row}`;
  }
  const errors = row.errors[column] ?? [];
  if (errors.length) return errors.map((e) => `${e.cell}: ${e.message}`).join('; ');
  const at = sourceCell(row.quote, mapping, column);
  const text = cellText(row.quote, column);
  if (!at) return `No column of ${row.quote.sheet} is read as ${COLUMNS.find((c) => c.id === column)?.header ?? column}`;
  return `${at}: ${text || '(empty)'}`;
}
