import { describe, expect, it } from 'vitest';
import { clearWrites, copyText, fillDownWrites, pasteWrites, statsOf, type CellAt } from '../../../src/renderer/grid/sheetWrites';
import { parseTsv } from '../../../src/renderer/grid/clipboard';

/**
 * A 4 × 3 grid: column c holds numbers `row*10 + c` as text; column 2 of row 1 takes no entry
 * (an input that row's kind lacks).
 */
const cellAt: CellAt = (row, col) =>
  row < 0 || row > 3 || col < 0 || col > 2
    ? null
    : { rowId: `r${row}`, colId: `c${col}`, editable: !(row === 1 && col === 2), text: String(row * 10 + col), value: row * 10 + col };

describe('planning what a grid action writes', () => {
  it('copies the selection as Excel’s tab-separated text, CRLF after every row', () => {
    expect(copyText({ top: 1, bottom: 2, left: 0, right: 1 }, cellAt)).toBe('10\t11\r\n20\t21\r\n');
  });

  it('clears every cell of the selection that takes entry, and leaves the others', () => {
    expect(clearWrites({ top: 1, bottom: 1, left: 1, right: 2 }, cellAt)).toEqual([{ rowId: 'r1', colId: 'c1', text: null }]);
  });

  it('fills down from the selection’s top row, skipping cells that take no entry', () => {
    expect(fillDownWrites({ top: 0, bottom: 2, left: 1, right: 2 }, cellAt)).toEqual([
      { rowId: 'r1', colId: 'c1', text: '1' },
      { rowId: 'r2', colId: 'c1', text: '1' },
      { rowId: 'r2', colId: 'c2', text: '2' },
    ]);
  });

  it('fills a one-row selection from the row above it, as Excel does, and nothing on the first row', () => {
    expect(fillDownWrites({ top: 2, bottom: 2, left: 0, right: 0 }, cellAt)).toEqual([{ rowId: 'r2', colId: 'c0', text: '10' }]);
    expect(fillDownWrites({ top: 0, bottom: 0, left: 0, right: 2 }, cellAt)).toEqual([]);
  });

  it('lands a block pasted from Excel (CRLF, trailing newline) from the selection’s top-left, clipping at the grid’s edge', () => {
    const block = parseTsv('a\tb\r\nc\td\r\ne\tf\r\n');
    const { writes, clipped } = pasteWrites(block, { top: 2, bottom: 2, left: 1, right: 1 }, { rows: 4, cols: 3 }, cellAt);
    expect(writes).toEqual([
      { rowId: 'r2', colId: 'c1', text: 'a' },
      { rowId: 'r2', colId: 'c2', text: 'b' },
      { rowId: 'r3', colId: 'c1', text: 'c' },
      { rowId: 'r3', colId: 'c2', text: 'd' },
    ]);
    expect(clipped).toBe(2);
  });

  it('repeats one pasted value over a larger selection, skipping cells that take no entry, and pastes blanks as clears', () => {
    const { writes } = pasteWrites(parseTsv('7\r\n'), { top: 0, bottom: 1, left: 1, right: 2 }, { rows: 4, cols: 3 }, cellAt);
    expect(writes.map((w) => `${w.rowId}${w.colId}=${w.text}`)).toEqual(['r0c1=7', 'r0c2=7', 'r1c1=7']);
    expect(pasteWrites(parseTsv(' \r\n'), { top: 0, bottom: 0, left: 0, right: 0 }, { rows: 4, cols: 3 }, cellAt).writes).toEqual([{ rowId: 'r0', colId: 'c0', text: null }]);
  });

  it('counts the status line over the selection, as money only when every number is money in one currency', () => {
    const rect = { top: 0, bottom: 1, left: 0, right: 1 };
    /** The same cells as money: column 0 in the row's own currency (euros on row 1), column 1 in dollars. */
    const priced = (currencyOf: (row: number, col: number) => string | null): CellAt => (row, col) => {
      const cell = cellAt(row, col);
      return cell ? { ...cell, currency: currencyOf(row, col) } : null;
    };
    expect(statsOf(rect, priced(() => 'USD'))).toEqual({ stats: { count: 4, numericCount: 4, sum: 0 + 1 + 10 + 11, average: 5.5, fractional: false }, currency: 'USD' });
    // Plain numbers anywhere in the selection: no currency.
    expect(statsOf(rect, cellAt).currency).toBeNull();
    expect(statsOf(rect, priced((_, col) => (col === 0 ? 'USD' : null))).currency).toBeNull();
    // Dollars and euros do not add up as either.
    expect(statsOf(rect, priced((row) => (row === 1 ? 'EUR' : 'USD'))).currency).toBeNull();
    expect(statsOf({ top: 1, bottom: 1, left: 0, right: 1 }, priced((row) => (row === 1 ? 'EUR' : 'USD'))).currency).toBe('EUR');
  });

  it('names no currency for a selection with no number in it', () => {
    const words: CellAt = (row, col) => ({ rowId: `r${row}`, colId: `c${col}`, editable: false, text: 'Northwind', value: 'Northwind', currency: 'USD' });
    expect(statsOf({ top: 0, bottom: 0, left: 0, right: 1 }, words)).toMatchObject({ stats: { count: 2, average: null }, currency: null });
  });
});
