import { describe, expect, it } from 'vitest';
import { checkChanges, checkedIds, type RowCheck } from '../../../src/renderer/grid/rowChecks';

const rows: RowCheck[] = [
  { id: 'a', selectable: true, checked: false },
  { id: 'b', selectable: true, checked: true },
  { id: 'c', selectable: false, checked: false },
  { id: 'd', selectable: true, checked: true },
];

describe('row tick boxes following the ticks the caller keeps', () => {
  it('ticks the wanted rows and unticks the others, touching only rows that change', () => {
    expect(checkChanges(rows, new Set(['a', 'b']))).toEqual([
      { id: 'a', checked: true },
      { id: 'd', checked: false },
    ]);
    expect(checkChanges(rows, new Set(['b', 'd']))).toEqual([]);
  });

  it('never ticks a row that may not be ticked, and unticks one that could be before a new read', () => {
    expect(checkChanges(rows, new Set(['c']))).toEqual([
      { id: 'b', checked: false },
      { id: 'd', checked: false },
    ]);
    expect(checkChanges([{ id: 'x', selectable: false, checked: true }], new Set(['x']))).toEqual([{ id: 'x', checked: false }]);
  });

  it('ignores wanted ids of rows no longer shown', () => {
    expect(checkChanges(rows, new Set(['b', 'd', 'gone']))).toEqual([]);
  });

  it('reports the ticked rows in row order, leaving out any that may not be ticked', () => {
    expect(checkedIds([...rows, { id: 'e', selectable: false, checked: true }])).toEqual(['b', 'd']);
    expect(checkedIds([])).toEqual([]);
  });
});
