import { useCallback, useEffect, useMemo, useRef, type JSX } from 'react';
import { SheetGrid, type SheetCheckboxes, type SheetColumn, type SheetGridHandle } from '../../grid/SheetGrid';
import { cellCopyText, cellText, cellValue, sourceCell, type QuoteColumn, type QuoteRow } from './quoteRows';
import type { SheetColumnDto } from './quoteColumns';

/** The cell the keyboard or mouse is on: what the status line under the grid says about it. */
export interface FocusedQuoteCell {
  readonly row: QuoteRow;
  readonly column: QuoteColumn | 'source' | 'status';
}

interface QuoteGridProps {
  readonly rows: readonly QuoteRow[];
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

/** A quote's cell: its value, or, where the vendor's cell could not be read, what it held, marked, with the reason on hover. */
function QuoteCell({ row, column }: { readonly row: QuoteRow; readonly column: QuoteColumn }): JSX.Element {
  const errors = row.errors[column];
  const text = cellText(row.quote, column);
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

function StatusCell({ row }: { readonly row: QuoteRow }): JSX.Element {
  if (row.problems.length === 0) return <span className="quote-ready">Ready to add</span>;
  return (
    <span className="quote-blocked" title={row.problems.join('\n')}>
      Cannot add: {row.problems[0]}
    </span>
  );
}

const statusText = (row: QuoteRow): string => (row.problems.length ? `Cannot add: ${row.problems.join('; ')}` : 'Ready to add');

/** The grid's columns: where each row was read from, the quote's fields, and whether it can be added. */
const QUOTE_COLUMNS: readonly SheetColumn<QuoteRow>[] = [
  {
    id: 'source',
    header: 'Source cell',
    headerTip: 'The cell of the vendor’s sheet the price was read from',
    width: 136,
    value: (row) => row.source,
    tip: (row) => row.source,
    cellClass: (row) => (row.errors.row?.length ? 'quote-source quote-cell-error' : 'quote-source'),
  },
  ...COLUMNS.map(
    (c): SheetColumn<QuoteRow> => ({
      id: c.id,
      header: c.header,
      headerTip: c.tip,
      ...(c.width ? { width: c.width } : { flex: c.flex ?? 1, minWidth: c.minWidth ?? 100 }),
      ...(c.numeric ? { numeric: true } : {}),
      // A price is money in its quote's currency; quantities, months and percentages are plain numbers.
      ...(c.id === 'amount' ? { money: true, currencyOf: (row: QuoteRow) => row.quote.currency } : {}),
      value: (row) => cellValue(row.quote, c.id),
      text: (row) => cellText(row.quote, c.id) || (row.errors[c.id]?.[0]?.raw ?? ''),
      copyText: (row) => cellCopyText(row, c.id),
      cellClass: (row) => (row.errors[c.id]?.length ? 'quote-cell-error' : undefined),
      render: (row) => <QuoteCell row={row} column={c.id} />,
    }),
  ),
  {
    id: 'status',
    header: 'Status',
    headerTip: 'Whether the quote can be added to a scenario, and if not why',
    flex: 1.2,
    minWidth: 120,
    value: statusText,
    render: (row) => <StatusCell row={row} />,
  },
];

const quoteId = (row: QuoteRow): string => row.id;
const quoteRowClass = (row: QuoteRow): string | undefined => (row.quote.errors.length > 0 ? 'quote-row-error' : undefined);

/**
 * Vendor quotes as read from the sheet, read-only, with the habits of every grid of the app
 * (a rectangular selection, copy as tab-separated text, the sum, average and count of the
 * selection): each cell's errors at it, a tick box for each quote that can become an item.
 */
export function QuoteGrid({ rows, selected, onSelect, onFocusCell, focusRequest }: QuoteGridProps): JSX.Element {
  const grid = useRef<SheetGridHandle>(null);
  const byId = useMemo(() => new Map(rows.map((r) => [r.id, r])), [rows]);
  const selectedSet = useMemo(() => new Set(selected), [selected]);
  const checkboxes = useMemo(
    (): SheetCheckboxes<QuoteRow> => ({ isSelectable: (row) => row.problems.length === 0, selected: selectedSet, onChange: onSelect, tip: 'Tick the quotes to add' }),
    [selectedSet, onSelect],
  );

  useEffect(() => {
    if (focusRequest) grid.current?.focusCell(focusRequest.rowId, focusRequest.column);
  }, [focusRequest]);

  const onActiveCell = useCallback(
    (rowId: string | null, colId: string | null) => {
      const row = rowId === null ? undefined : byId.get(rowId);
      onFocusCell(row && colId ? { row, column: colId as FocusedQuoteCell['column'] } : null);
    },
    [byId, onFocusCell],
  );

  return (
    <div className="quote-grid">
      <SheetGrid<QuoteRow>
        ref={grid}
        label="Quotes"
        rows={rows}
        rowId={quoteId}
        columns={QUOTE_COLUMNS}
        rowClass={quoteRowClass}
        checkboxes={checkboxes}
        onActiveCell={onActiveCell}
        autoHeightRows={14}
        noRowsText="No quote rows were read from this sheet"
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
