import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clampRect, extendSelection, rectContains, rectSize, selectCell, selectionEdges, selectionRect } from '../../../src/renderer/grid/selection';

const position = fc.record({ row: fc.nat(50), col: fc.nat(50) });

describe('the rectangular selection', () => {
  it('is one cell after a click', () => {
    expect(selectionRect(selectCell({ row: 3, col: 2 }))).toEqual({ top: 3, bottom: 3, left: 2, right: 2 });
  });

  it('keeps its anchor when Shift+click or Shift+arrow moves its focus, whichever way it goes', () => {
    const up = extendSelection(selectCell({ row: 5, col: 5 }), { row: 2, col: 7 });
    expect(up.anchor).toEqual({ row: 5, col: 5 });
    expect(selectionRect(up)).toEqual({ top: 2, bottom: 5, left: 5, right: 7 });
  });

  it('always holds both its anchor and its focus, and is as large as the span between them', () => {
    fc.assert(
      fc.property(position, position, (anchor, focus) => {
        const rect = selectionRect(extendSelection(selectCell(anchor), focus));
        expect(rectContains(rect, anchor.row, anchor.col) && rectContains(rect, focus.row, focus.col)).toBe(true);
        expect(rectSize(rect)).toEqual({ rows: Math.abs(anchor.row - focus.row) + 1, cols: Math.abs(anchor.col - focus.col) + 1 });
      }),
    );
  });

  it('draws one frame: only cells on the rectangle’s sides carry an edge', () => {
    const rect = { top: 1, bottom: 3, left: 1, right: 2 };
    expect(selectionEdges(rect, 2, 1)).toEqual({ top: false, bottom: false, left: true, right: false });
    expect(selectionEdges(rect, 1, 2)).toEqual({ top: true, bottom: false, left: false, right: true });
    expect(selectionEdges(rect, 0, 1)).toBeNull();
  });

  it('is cut to the grid when rows go away under it, and vanishes when none of it is left', () => {
    expect(clampRect({ top: 2, bottom: 9, left: 0, right: 4 }, 5, 3)).toEqual({ top: 2, bottom: 4, left: 0, right: 2 });
    expect(clampRect({ top: 6, bottom: 9, left: 0, right: 4 }, 5, 3)).toBeNull();
  });
});
