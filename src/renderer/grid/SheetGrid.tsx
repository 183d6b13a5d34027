import { useCallback, useEffect, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState, type JSX, type ReactNode, type Ref } from 'react';
import { createPortal } from 'react-dom';
import type {
  CellClassParams,
  CellEditRequestEvent,
  CellFocusedEvent,
  CellMouseOverEvent,
  ColDef,
  ColGroupDef,
  Column,
  GridApi,
  GridReadyEvent,
  ICellRendererComp,
  ICellRendererParams,
  IRowNode,
  RowSelectionOptions,
  SelectionChangedEvent,
  SelectionColumnDef,
  SuppressKeyboardEventParams,
} from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import type { Result } from '../../shared/result';
import { redo, undo } from '../store/history';
import { SHEET_THEME } from './agGrid';
import { parseTsv, type CellPosition } from './clipboard';
import { SheetEditor } from './SheetEditor';
import { cellCopyText, cellText, isColumnGroup, leafColumns, type SheetColumn, type SheetColumnDef } from './sheetColumns';
import { clearWrites, copyText, fillDownWrites, pasteWrites, statsOf, type CellAt, type CellRefusal, type CellWrite, type PlannedCell, type WriteAction } from './sheetWrites';
import { checkChanges, checkedIds, type RowCheck } from './rowChecks';
import { extendSelection, rectContains, selectCell, selectionRect, type CellRect, type Selection } from './selection';
import { formatStatus } from './selectionStats';
import './grid.css';

export type { CellRefusal, CellWrite, WriteAction } from './sheetWrites';
export type { SheetColumn, SheetColumnDef, SheetColumnGroup } from './sheetColumns';

/** What a caller may ask of a grid it shows. */
export interface SheetGridHandle {
  /** Moves the keyboard focus (and the selection) to a cell, scrolling it into view. */
  focusCell(rowId: string, colId: string): void;
  /** Opens the cell's editor, as F2 would. */
  startEditing(rowId: string, colId: string): void;
}

/**
 * Tick boxes on the rows, in a column pinned left with a "select all" box in its header: Space
 * on a row ticks it too, Shift+click ticks a run. They are apart from the cell selection: a tick
 * says which rows to act on (add these quotes), the selection what to copy and count.
 */
export interface SheetCheckboxes<Row> {
  /** Whether a row may be ticked; one that may not shows a disabled box. */
  readonly isSelectable: (row: Row) => boolean;
  /** The ids of the rows ticked (memoize it: a new set ticks the rows again). */
  readonly selected: ReadonlySet<string>;
  /** The user ticked or unticked: every id ticked now, in row order. */
  readonly onChange: (ids: string[]) => void;
  /** The tick column's header tooltip. */
  readonly tip?: string;
}

export interface SheetGridProps<Row extends object> {
  /** The grid's accessible name. */
  readonly label: string;
  readonly rows: readonly Row[];
  readonly rowId: (row: Row) => string;
  /** Memoize these: new definitions rebuild every column. */
  readonly columns: readonly SheetColumnDef<Row>[];
  /** Rows pinned under the body (Total, Cumulative); never editable. */
  readonly pinnedBottom?: readonly Row[];
  /** The currency the status line shows money in; null shows plain numbers. */
  readonly currency?: string | null;
  /**
   * Called once per user action (a typed entry, a paste, a fill, a clear) with every cell it
   * writes; make one change() of it, so it is one undo step. Without it the grid is read-only:
   * selection, copy and the status line still work.
   */
  readonly onWrite?: (writes: readonly CellWrite[], action: WriteAction) => Promise<Result<void, CellRefusal>>;
  readonly rowClass?: (row: Row) => string | undefined;
  /** The row holding the keyboard focus changed (null: none). */
  readonly onActiveRow?: (rowId: string | null) => void;
  /** The cell holding the keyboard focus changed: its row and column (the column null on the tick column). */
  readonly onActiveCell?: (rowId: string | null, colId: string | null) => void;
  /** Row tick boxes; none when absent. */
  readonly checkboxes?: SheetCheckboxes<Row>;
  /**
   * Up to this many rows the grid is as tall as its rows, with no scroll bar of its own (a page
   * that scrolls); beyond, it keeps the height its box is given and scrolls inside. Absent: it
   * always fills its box.
   */
  readonly autoHeightRows?: number;
  /** What the grid says when it has no rows. */
  readonly noRowsText?: string;
  /** The pointer is over another row (null: it left the grid). */
  readonly onHoverRow?: (rowId: string | null) => void;
  readonly ref?: Ref<SheetGridHandle>;
}

/** What the cell class rules read: kept in one mutable object handed to AG Grid as its context. */
interface GridContext {
  rect: CellRect | null;
  bodyCount: number;
  colIndex: Map<string, number>;
  refused: { rowId: string; colId: string } | null;
}

const ARROWS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']);

/** Keys the grid handles itself rather than AG Grid: clearing, fill, undo, select all. */
function ownsKey(event: KeyboardEvent, editing: boolean): boolean {
  if (editing) return false;
  if (event.key === 'Delete' || event.key === 'Backspace') return true;
  const mod = event.ctrlKey || event.metaKey;
  return mod && ['z', 'y', 'd', 'a'].includes(event.key.toLowerCase());
}

function suppressKeys(params: SuppressKeyboardEventParams): boolean {
  return ownsKey(params.event, params.editing);
}

function positionOf(context: GridContext, node: IRowNode, column: Column | string | null): CellPosition | null {
  const colId = typeof column === 'string' ? column : column?.getColId();
  const col = colId === undefined ? undefined : context.colIndex.get(colId);
  if (col === undefined || node.rowIndex === null) return null;
  return { row: node.rowPinned === 'bottom' ? context.bodyCount + node.rowIndex : node.rowIndex, col };
}

/** The position of the cell an element is in, read from the DOM (pointer events come before AG Grid's own). */
function positionOfElement(context: GridContext, target: Element): CellPosition | null {
  const cell = target.closest('.ag-cell[col-id]');
  const row = cell?.closest('.ag-row[row-index]');
  const col = context.colIndex.get(cell?.getAttribute('col-id') ?? '');
  const index = Number(row?.getAttribute('row-index'));
  if (!row || col === undefined || !Number.isInteger(index)) return null;
  return { row: row.closest('.ag-floating-bottom') ? context.bodyCount + index : index, col };
}

function where(params: CellClassParams): { context: GridContext; at: CellPosition } | null {
  const context = params.context as GridContext;
  const at = positionOf(context, params.node, params.column);
  return at ? { context, at } : null;
}

function edge(params: CellClassParams, side: 'top' | 'bottom' | 'left' | 'right'): boolean {
  const found = where(params);
  if (!found?.context.rect) return false;
  const { rect } = found.context;
  const { row, col } = found.at;
  if (!rectContains(rect, row, col)) return false;
  return side === 'top' ? row === rect.top : side === 'bottom' ? row === rect.bottom : side === 'left' ? col === rect.left : col === rect.right;
}

/** The selection drawn as classes: a tint inside, a frame on the rectangle's outer edges. */
const SELECTION_RULES = {
  'sheet-selected': (params: CellClassParams): boolean => {
    const found = where(params);
    return Boolean(found?.context.rect && rectContains(found.context.rect, found.at.row, found.at.col));
  },
  'sheet-edge-top': (params: CellClassParams): boolean => edge(params, 'top'),
  'sheet-edge-bottom': (params: CellClassParams): boolean => edge(params, 'bottom'),
  'sheet-edge-left': (params: CellClassParams): boolean => edge(params, 'left'),
  'sheet-edge-right': (params: CellClassParams): boolean => edge(params, 'right'),
  'sheet-refused': (params: CellClassParams): boolean => {
    const refused = (params.context as GridContext).refused;
    return refused !== null && refused.rowId === params.node.id && refused.colId === params.column.getColId();
  },
};

/** A cell that tells screen readers more than its text (`overridden`), without a React root per cell. */
class DescribedCell implements ICellRendererComp {
  private readonly gui = document.createElement('span');

  init(params: ICellRendererParams): void {
    this.show(params);
  }

  getGui(): HTMLElement {
    return this.gui;
  }

  refresh(params: ICellRendererParams): boolean {
    this.show(params);
    return true;
  }

  private show(params: ICellRendererParams): void {
    this.gui.textContent = params.valueFormatted ?? String(params.value ?? '');
    const describe = (params.colDef?.cellRendererParams as { describe?: (row: object) => string | undefined } | undefined)?.describe;
    const description = params.data && describe ? describe(params.data as object) : undefined;
    if (description) params.eGridCell.setAttribute('aria-description', description);
    else params.eGridCell.removeAttribute('aria-description');
  }
}

function colDefOf<Row extends object>(column: SheetColumn<Row>, writable: { current: boolean }): ColDef<Row> {
  const { cellClass, tip, describe, editable, render } = column;
  return {
    colId: column.id,
    headerName: column.header,
    ...(column.headerTip ? { headerTooltip: column.headerTip } : {}),
    ...(column.flex ? { flex: column.flex, minWidth: column.minWidth ?? 80 } : column.width ? { width: column.width } : {}),
    ...(column.pinned ? { pinned: column.pinned } : {}),
    valueGetter: (params) => (params.data ? column.value(params.data) : null),
    valueFormatter: (params) => (params.data ? cellText(column, params.data) : ''),
    editable: (params) => writable.current && params.node.rowPinned == null && params.data !== undefined && (editable?.(params.data) ?? false),
    cellEditor: SheetEditor,
    cellEditorParams: { sheet: column },
    cellClass: (params) => {
      const classes = column.numeric ? ['sheet-number'] : [];
      const extra = params.data ? cellClass?.(params.data) : undefined;
      if (extra) classes.push(extra);
      return classes;
    },
    cellClassRules: SELECTION_RULES,
    ...(column.numeric ? { headerClass: 'sheet-number-header' } : {}),
    ...(tip ? { tooltipValueGetter: (params) => (params.data ? tip(params.data) : undefined) } : {}),
    ...(render
      ? { cellRenderer: (params: ICellRendererParams<Row>): ReactNode => (params.data ? render(params.data) : null) }
      : describe
        ? { cellRenderer: DescribedCell, cellRendererParams: { describe } }
        : {}),
    suppressKeyboardEvent: suppressKeys,
    sortable: false,
    suppressMovable: true,
    suppressHeaderMenuButton: true,
  };
}

function colDefsOf<Row extends object>(defs: readonly SheetColumnDef<Row>[], writable: { current: boolean }): (ColDef<Row> | ColGroupDef<Row>)[] {
  return defs.map((def) =>
    isColumnGroup(def) ? { groupId: def.groupId, headerName: def.header, marryChildren: true, children: colDefsOf(def.children, writable) } : colDefOf(def, writable),
  );
}

/** Whether the OS asks for dark, followed live. */
function usePrefersDark(): boolean {
  const query = useMemo(() => window.matchMedia('(prefers-color-scheme: dark)'), []);
  const [dark, setDark] = useState(query.matches);
  useEffect(() => {
    const follow = (): void => setDark(query.matches);
    query.addEventListener('change', follow);
    return () => query.removeEventListener('change', follow);
  }, [query]);
  return dark;
}

/**
 * A grid with the habits of a spreadsheet: arrows, Tab, Enter, type-to-edit, F2, Escape, Delete
 * clears the selection, a rectangular selection (click, Shift+click, Shift+arrows, drag), copy and
 * paste of tab-separated text to and from Excel, Ctrl+D fill down, undo and redo of whole changes,
 * and a status line with the sum, average and count of the selection. Entry is checked per column
 * and a refused entry is refused in place, with its reason next to the cell.
 */
export function SheetGrid<Row extends object>(props: SheetGridProps<Row>): JSX.Element {
  const { label, rows, rowId, columns, pinnedBottom, currency = null, onWrite, rowClass, onActiveRow, onActiveCell, onHoverRow, checkboxes, autoHeightRows, noRowsText, ref } = props;
  const wrapper = useRef<HTMLDivElement>(null);
  const apiRef = useRef<GridApi<Row> | null>(null);
  const context = useRef<GridContext>({ rect: null, bodyCount: 0, colIndex: new Map(), refused: null }).current;
  const selection = useRef<Selection | null>(null);
  const dragging = useRef(false);
  const [, setTick] = useState(0);
  const [refusal, setRefusal] = useState<(CellRefusal & { rowId: string; colId: string }) | null>(null);
  const dark = usePrefersDark();

  const writable = useRef(onWrite !== undefined);
  writable.current = onWrite !== undefined;
  const latest = useRef({ onWrite, rowId, rowClass, onActiveRow, onActiveCell, onHoverRow, checkboxes });
  latest.current = { onWrite, rowId, rowClass, onActiveRow, onActiveCell, onHoverRow, checkboxes };

  const leaves = useMemo(() => leafColumns(columns), [columns]);
  const byId = useMemo(() => new Map(leaves.map((c) => [c.id, c])), [leaves]);
  const columnDefs = useMemo(() => colDefsOf(columns, writable), [columns]);
  const rowData = useMemo(() => [...rows], [rows]);
  const pinnedData = useMemo(() => (pinnedBottom ? [...pinnedBottom] : undefined), [pinnedBottom]);

  // The grid's own columns only: the tick column is no cell of the selection, copy or status line.
  const displayedColumns = useCallback((): Column[] => (apiRef.current?.getAllDisplayedColumns() ?? []).filter((c) => byId.has(c.getColId())), [byId]);

  const nodeAt = useCallback(
    (row: number): IRowNode<Row> | undefined => {
      const api = apiRef.current;
      if (!api) return undefined;
      return row < context.bodyCount ? api.getDisplayedRowAtIndex(row) : api.getPinnedBottomRow(row - context.bodyCount);
    },
    [context],
  );

  const cellAt: CellAt = useCallback(
    (row: number, col: number): PlannedCell | null => {
      const node = nodeAt(row);
      const colId = displayedColumns()[col]?.getColId();
      const column = colId === undefined ? undefined : byId.get(colId);
      if (!node?.data || !column || node.id === undefined) return null;
      const data = node.data;
      return {
        rowId: node.id,
        colId: column.id,
        editable: writable.current && node.rowPinned == null && (column.editable?.(data) ?? false),
        text: cellCopyText(column, data),
        value: column.value(data),
        currency: column.money ? (column.currencyOf ? column.currencyOf(data) : currency) : null,
      };
    },
    [byId, currency, displayedColumns, nodeAt],
  );

  const counts = useCallback((): { rows: number; cols: number } => {
    const api = apiRef.current;
    context.bodyCount = api?.getDisplayedRowCount() ?? 0;
    return { rows: context.bodyCount + (api?.getPinnedBottomRowCount() ?? 0), cols: displayedColumns().length };
  }, [context, displayedColumns]);

  const select = useCallback(
    (next: Selection | null): void => {
      selection.current = next;
      context.rect = next ? selectionRect(next) : null;
      apiRef.current?.refreshCells();
      setTick((t) => t + 1);
    },
    [context],
  );

  const markRefused = useCallback(
    (next: (CellRefusal & { rowId: string; colId: string }) | null): void => {
      context.refused = next ? { rowId: next.rowId, colId: next.colId } : null;
      setRefusal(next);
      apiRef.current?.refreshCells();
    },
    [context],
  );

  /** Checks every write against its column, then hands them to the caller as one action. */
  const runWrites = useCallback(
    async (writes: readonly CellWrite[], action: WriteAction): Promise<void> => {
      const write = latest.current.onWrite;
      const api = apiRef.current;
      if (!write || !api || writes.length === 0) return;
      for (const w of writes) {
        const data = api.getRowNode(w.rowId)?.data;
        const column = byId.get(w.colId);
        const reason = w.text !== null && data && column?.refuse ? column.refuse(w.text, data) : null;
        if (reason !== null) return markRefused({ reason, rowId: w.rowId, colId: w.colId });
      }
      markRefused(null);
      const done = await write(writes, action);
      const first = writes[0];
      if (!done.ok && first) markRefused({ reason: done.error.reason, rowId: done.error.rowId ?? first.rowId, colId: done.error.colId ?? first.colId });
    },
    [byId, markRefused],
  );

  const currentRect = useCallback((): CellRect | null => (selection.current ? selectionRect(selection.current) : null), []);

  const focusPosition = useCallback(
    (at: CellPosition): void => {
      const api = apiRef.current;
      const node = nodeAt(at.row);
      const column = displayedColumns()[at.col];
      if (!api || !node || node.rowIndex === null || !column) return;
      if (node.rowPinned == null) api.ensureIndexVisible(node.rowIndex);
      api.ensureColumnVisible(column);
      api.setFocusedCell(node.rowIndex, column, node.rowPinned);
    },
    [displayedColumns, nodeAt],
  );

  useImperativeHandle(
    ref,
    (): SheetGridHandle => ({
      focusCell(id, colId) {
        const api = apiRef.current;
        const node = api?.getRowNode(id);
        if (!api || !node || node.rowIndex === null) return;
        api.ensureIndexVisible(node.rowIndex);
        api.ensureColumnVisible(colId);
        api.setFocusedCell(node.rowIndex, colId);
        const at = positionOf(context, node, colId);
        if (at) select(selectCell(at));
      },
      startEditing(id, colId) {
        const api = apiRef.current;
        const node = api?.getRowNode(id);
        if (!api || !node || node.rowIndex === null) return;
        api.ensureIndexVisible(node.rowIndex);
        api.setFocusedCell(node.rowIndex, colId);
        api.startEditingCell({ rowIndex: node.rowIndex, colKey: colId });
      },
    }),
    [context, select],
  );

  // Keys, pointer and clipboard, as native listeners: the grid's own run on its cells first.
  useEffect(() => {
    const root = wrapper.current;
    if (!root) return undefined;
    const editing = (): boolean => (apiRef.current?.getEditingCells().length ?? 0) > 0;
    const inEditor = (target: EventTarget | null): boolean => target instanceof HTMLElement && target.closest('input, textarea, select') !== null;
    // On the window, capturing: AG Grid acts on keys and pointers before they would reach the
    // wrapper, and its focus events come late. Shift+arrows and clicks are read here, first.
    const within = (event: Event): boolean => event.target instanceof Node && root.contains(event.target);
    const onKeyCapture = (event: KeyboardEvent): void => {
      const current = selection.current;
      if (!within(event) || !event.shiftKey || !ARROWS.has(event.key) || !current || editing() || inEditor(event.target)) return;
      event.preventDefault();
      event.stopPropagation();
      const { rows: height, cols: width } = counts();
      const far = event.ctrlKey || event.metaKey;
      let { row, col } = current.focus;
      if (event.key === 'ArrowUp') row = far ? 0 : row - 1;
      else if (event.key === 'ArrowDown') row = far ? height - 1 : row + 1;
      else if (event.key === 'ArrowLeft') col = far ? 0 : col - 1;
      else col = far ? width - 1 : col + 1;
      const to = { row: Math.max(0, Math.min(height - 1, row)), col: Math.max(0, Math.min(width - 1, col)) };
      select(extendSelection(current, to));
      focusPosition(to);
    };
    const onPointerDownCapture = (event: PointerEvent): void => {
      if (event.button !== 0 || !within(event) || !(event.target instanceof Element)) return;
      const at = positionOfElement(context, event.target);
      if (!at) return;
      dragging.current = !event.shiftKey;
      const current = selection.current;
      select(event.shiftKey && current ? extendSelection(current, at) : selectCell(at));
    };
    const onKey = (event: KeyboardEvent): void => {
      if (editing() || inEditor(event.target)) return;
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      const rect = currentRect();
      if (event.key === 'Escape' && context.refused) return markRefused(null);
      if (!ownsKey(event, false)) return;
      event.preventDefault();
      if (mod && key === 'z') return void (event.shiftKey ? redo() : undo());
      if (mod && key === 'y') return void redo();
      if (mod && key === 'a') {
        const { rows: height, cols: width } = counts();
        if (height > 0 && width > 0) select({ anchor: { row: 0, col: 0 }, focus: { row: height - 1, col: width - 1 } });
        return;
      }
      if (!rect) return;
      if (mod && key === 'd') return void runWrites(fillDownWrites(rect, cellAt), 'fill');
      if (event.key === 'Delete' || event.key === 'Backspace') return void runWrites(clearWrites(rect, cellAt), 'clear');
    };
    const onMouseUp = (): void => {
      dragging.current = false;
    };
    const ours = (event: Event): boolean => {
      const active = document.activeElement;
      return active instanceof Node && root.contains(active) && !inEditor(active) && !editing() && !event.defaultPrevented;
    };
    const onCopy = (event: ClipboardEvent, cut: boolean): void => {
      const rect = currentRect();
      if (!ours(event) || !rect || !event.clipboardData) return;
      event.clipboardData.setData('text/plain', copyText(rect, cellAt));
      event.preventDefault();
      if (cut) void runWrites(clearWrites(rect, cellAt), 'cut');
    };
    const onPaste = (event: ClipboardEvent): void => {
      const rect = currentRect();
      if (!ours(event) || !rect || !event.clipboardData) return;
      event.preventDefault();
      const block = parseTsv(event.clipboardData.getData('text/plain'));
      if (block.length === 0) return;
      const bounds = counts();
      const { writes } = pasteWrites(block, rect, bounds, cellAt);
      const blockWidth = block[0]?.length ?? 1;
      const tiles = (rect.bottom - rect.top + 1) % block.length === 0 && (rect.right - rect.left + 1) % blockWidth === 0;
      const area = tiles
        ? rect
        : { top: rect.top, left: rect.left, bottom: Math.min(bounds.rows - 1, rect.top + block.length - 1), right: Math.min(bounds.cols - 1, rect.left + blockWidth - 1) };
      select({ anchor: { row: area.top, col: area.left }, focus: { row: area.bottom, col: area.right } });
      void runWrites(writes, 'paste');
    };
    const copy = (event: ClipboardEvent): void => onCopy(event, false);
    const cut = (event: ClipboardEvent): void => onCopy(event, true);
    window.addEventListener('keydown', onKeyCapture, true);
    root.addEventListener('keydown', onKey);
    window.addEventListener('pointerdown', onPointerDownCapture, true);
    window.addEventListener('mouseup', onMouseUp);
    document.addEventListener('copy', copy);
    document.addEventListener('cut', cut);
    document.addEventListener('paste', onPaste);
    return () => {
      window.removeEventListener('keydown', onKeyCapture, true);
      root.removeEventListener('keydown', onKey);
      window.removeEventListener('pointerdown', onPointerDownCapture, true);
      window.removeEventListener('mouseup', onMouseUp);
      document.removeEventListener('copy', copy);
      document.removeEventListener('cut', cut);
      document.removeEventListener('paste', onPaste);
    };
  }, [cellAt, context, counts, currentRect, focusPosition, markRefused, runWrites, select]);

  const indexColumns = useCallback((): void => {
    context.colIndex = new Map(displayedColumns().map((c, i) => [c.getColId(), i]));
    counts();
    apiRef.current?.refreshCells();
    setTick((t) => t + 1);
  }, [context, counts, displayedColumns]);

  const onCellFocused = useCallback(
    (event: CellFocusedEvent<Row>): void => {
      const api = apiRef.current;
      if (!api || event.rowIndex === null) return;
      // Focus events arrive late: one the grid has already moved past is stale.
      const focused = api.getFocusedCell();
      const colId = typeof event.column === 'string' ? event.column : event.column?.getColId();
      if (!focused || focused.rowIndex !== event.rowIndex || (focused.rowPinned ?? null) !== (event.rowPinned ?? null) || focused.column.getColId() !== colId) return;
      counts();
      const node = event.rowPinned === 'bottom' ? api.getPinnedBottomRow(event.rowIndex) : api.getDisplayedRowAtIndex(event.rowIndex);
      const at = node ? positionOf(context, node, event.column) : null;
      latest.current.onActiveRow?.(node?.id ?? null);
      latest.current.onActiveCell?.(node?.id ?? null, colId !== undefined && byId.has(colId) ? colId : null);
      if (!at) return;
      const current = selection.current;
      // A click or Shift+arrow already set the selection; Tab, Enter and arrows move it here.
      if (current && current.focus.row === at.row && current.focus.col === at.col) return;
      select(selectCell(at));
    },
    [byId, context, counts, select],
  );

  const onCellMouseOver = useCallback(
    (event: CellMouseOverEvent<Row>): void => {
      latest.current.onHoverRow?.(event.node.id ?? null);
      const mouse = event.event as MouseEvent | null | undefined;
      if (!dragging.current || !mouse || (mouse.buttons & 1) === 0) return;
      const at = positionOf(context, event.node, event.column);
      const current = selection.current;
      if (at && current && (current.focus.row !== at.row || current.focus.col !== at.col)) select(extendSelection(current, at));
    },
    [context, select],
  );

  const onCellEditRequest = useCallback(
    (event: CellEditRequestEvent<Row>): void => {
      const column = byId.get(event.column.getColId());
      const id = event.node.id;
      if (!column || id === undefined || !event.data) return;
      const text = typeof event.newValue === 'string' ? event.newValue : event.newValue == null ? '' : String(event.newValue);
      const before = (column.editText ?? column.copyText ?? ((row: Row) => cellText(column, row)))(event.data);
      if (text === before) return;
      void runWrites([{ rowId: id, colId: column.id, text: text.trim() === '' ? null : text }], 'edit');
    },
    [byId, runWrites],
  );

  const onGridReady = useCallback(
    (event: GridReadyEvent<Row>): void => {
      apiRef.current = event.api;
      wrapper.current?.querySelector('[role="grid"], [role="treegrid"]')?.setAttribute('aria-label', label);
      indexColumns();
    },
    [indexColumns, label],
  );

  const getRowId = useCallback((params: { data: Row }): string => latest.current.rowId(params.data), []);
  const getRowClass = useCallback((params: { data: Row | undefined }): string | undefined => (params.data ? latest.current.rowClass?.(params.data) : undefined), []);

  // Rows added or removed shift positions: count them again and redraw the selection.
  useEffect(() => {
    if (!apiRef.current) return;
    counts();
    apiRef.current.refreshCells();
  }, [rowData, pinnedData, counts]);

  const ticking = checkboxes !== undefined;
  const rowSelection = useMemo(
    (): RowSelectionOptions<Row> | undefined =>
      ticking
        ? {
            mode: 'multiRow',
            checkboxes: true,
            headerCheckbox: true,
            enableClickSelection: false,
            hideDisabledCheckboxes: false,
            isRowSelectable: (node) => node.data !== undefined && node.rowPinned == null && (latest.current.checkboxes?.isSelectable(node.data) ?? false),
          }
        : undefined,
    [ticking],
  );
  const selectionColumnDef = useMemo(
    (): SelectionColumnDef => ({ pinned: 'left', width: 44, suppressKeyboardEvent: suppressKeys, ...(checkboxes?.tip ? { headerTooltip: checkboxes.tip } : {}) }),
    [checkboxes?.tip],
  );

  /** The rows' ticks as the grid holds them. */
  const rowChecks = useCallback((): RowCheck[] => {
    const found: RowCheck[] = [];
    apiRef.current?.forEachNode((node) => {
      if (node.id !== undefined) found.push({ id: node.id, selectable: node.selectable, checked: node.isSelected() === true });
    });
    return found;
  }, []);

  /** Ticks the rows the caller says are ticked (after new rows, or a change made elsewhere). */
  const syncChecks = useCallback((): void => {
    const api = apiRef.current;
    const wanted = latest.current.checkboxes?.selected;
    if (!api || !wanted) return;
    const changes = checkChanges(rowChecks(), wanted);
    for (const newValue of [true, false]) {
      const nodes = changes.flatMap((c) => (c.checked === newValue ? [api.getRowNode(c.id)].filter((n) => n !== undefined) : []));
      if (nodes.length > 0) api.setNodesSelected({ nodes, newValue, source: 'api' });
    }
  }, [rowChecks]);

  const selectedIds = checkboxes?.selected;
  useEffect(() => syncChecks(), [selectedIds, rowData, syncChecks]);

  const onSelectionChanged = useCallback(
    (event: SelectionChangedEvent<Row>): void => {
      if (event.source === 'api') return;
      latest.current.checkboxes?.onChange(checkedIds(rowChecks()));
    },
    [rowChecks],
  );

  const autoHeight = autoHeightRows !== undefined && rows.length <= autoHeightRows;
  const noRowsTemplate = useMemo(() => (noRowsText === undefined ? undefined : `<span class="ag-overlay-no-rows-center">${escapeHtml(noRowsText)}</span>`), [noRowsText]);

  const rect = currentRect();
  const status = rect ? statsOf(rect, cellAt) : null;
  const statusText = status ? formatStatus(status.stats, status.currency) : '';

  return (
    <div className="sheet">
      <div
        ref={wrapper}
        className={`sheet-grid ag-theme-mode${autoHeight ? ' sheet-grid-auto' : ''}`}
        data-ag-theme-mode={dark ? 'dark' : 'light'}
        onMouseLeave={() => latest.current.onHoverRow?.(null)}
      >
        <AgGridReact<Row>
          theme={SHEET_THEME}
          rowData={rowData}
          {...(pinnedData ? { pinnedBottomRowData: pinnedData } : {})}
          columnDefs={columnDefs}
          getRowId={getRowId}
          getRowClass={getRowClass}
          {...(rowSelection ? { rowSelection, selectionColumnDef, onSelectionChanged, onRowDataUpdated: syncChecks } : {})}
          {...(noRowsTemplate ? { overlayNoRowsTemplate: noRowsTemplate } : {})}
          domLayout={autoHeight ? 'autoHeight' : 'normal'}
          context={context}
          readOnlyEdit
          stopEditingWhenCellsLoseFocus
          enterNavigatesVertically
          enterNavigatesVerticallyAfterEdit
          suppressDragLeaveHidesColumns
          tooltipShowDelay={400}
          animateRows={false}
          onGridReady={(event) => {
            onGridReady(event);
            syncChecks();
          }}
          onDisplayedColumnsChanged={(event) => {
            apiRef.current = event.api;
            indexColumns();
          }}
          onCellFocused={onCellFocused}
          onCellMouseOver={onCellMouseOver}
          onCellEditRequest={onCellEditRequest}
          onModelUpdated={(event) => {
            apiRef.current = event.api;
            counts();
          }}
        />
      </div>
      <div className="sheet-status" role="status" aria-label={`${label} selection`}>
        {statusText}
      </div>
      {refusal ? <CellRefusalTip root={wrapper.current} refusal={refusal} onDismiss={() => markRefused(null)} /> : null}
    </div>
  );
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** The reason a write was refused, next to the cell it marks (or under the grid when that cell is scrolled away). */
function CellRefusalTip({ root, refusal, onDismiss }: { root: HTMLElement | null; refusal: CellRefusal & { rowId: string; colId: string }; onDismiss: () => void }): JSX.Element {
  const [place, setPlace] = useState<{ left: number; top: number } | null>(null);
  useLayoutEffect(() => {
    const cell = root?.querySelector(`.ag-row[row-id="${CSS.escape(refusal.rowId)}"] .ag-cell[col-id="${CSS.escape(refusal.colId)}"]`);
    const box = (cell ?? root)?.getBoundingClientRect();
    setPlace(box ? { left: box.left, top: cell ? box.bottom + 2 : box.bottom - 40 } : null);
  }, [root, refusal]);
  return createPortal(
    <div className="sheet-refusal" role="alert" style={place ?? { left: 16, bottom: 16 }}>
      <span>{refusal.reason}</span>
      <button type="button" aria-label="Dismiss" onClick={onDismiss}>
        ×
      </button>
    </div>,
    document.body,
  );
}
